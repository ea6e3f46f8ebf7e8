// What a report's header says about the meeting, from the front matter: where, who came and who did not,
// the next meeting and the summary. Each key in English or in Dutch (location/locatie, ...).
import { isoDate } from '../parse/dates';
import { Session } from '../parse/model';
import { partyNamed } from '../parse/parties';

export interface NextMeeting {
  /** 'YYYY-MM-DD' when the text starts with a date. */
  date: string | null;
  /** 'HH:MM' when a clock time follows that date. */
  time: string | null;
  /** What follows the date and time (the place, a remark); the whole text when it starts with no date. */
  text: string;
}

export interface Meeting {
  location: string | null;
  /** The participants minus the absent ones, by their front matter names. */
  present: string[];
  /** The absent ones: a participant's name when the entry names one (or its alias), else the entry as written. */
  absent: string[];
  next: NextMeeting | null;
  summary: string | null;
}

export function meetingOf(session: Session): Meeting {
  const fields = session.frontMatter;
  const absent = [...new Set(names(fields.absent ?? fields.afwezig).map((n) => partyNamed(n, session.participants)?.name ?? n))];
  const nextText = text(fields.next ?? fields.volgende);
  return {
    location: text(fields.location ?? fields.locatie),
    present: session.participants.map((p) => p.name).filter((n) => !absent.includes(n)),
    absent,
    next: nextText === null ? null : nextMeeting(nextText),
    summary: text(fields.summary ?? fields.samenvatting),
  };
}

const LEADING_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T]+((?:[01]?\d|2[0-3])[:.][0-5]\d))?(?![\d:])[\s,;–-]*/;

/** '2026-11-03 14:00, stadskantoor' read as its date, time and the rest; a text without a leading date stays text. */
export function nextMeeting(written: string): NextMeeting {
  const m = LEADING_DATE.exec(written);
  const date = m ? isoDate(+m[1], +m[2], +m[3]) : null;
  if (!m || date === null) return { date: null, time: null, text: written };
  const time = m[4] ? m[4].replace('.', ':').padStart(5, '0') : null;
  return { date, time, text: written.slice(m[0].length).trim() };
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

function names(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map(text).filter((n): n is string => n !== null);
}
