// Dates as people read them, in every readable output (overview, dossier, reports, views): written out in the
// notes' language. ISO dates stay in the data formats (JSON, CSV) and in file names.
import { Lang } from '../../vocabulary/vocabulary';

const WORDS: Record<Lang, { weekdays: string[]; months: string[]; short: string[] }> = {
  en: {
    weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    short: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  },
  nl: {
    weekdays: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
    months: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
    short: ['jan.', 'feb.', 'mrt.', 'apr.', 'mei', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'],
  },
};

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day of an ISO date, or undefined when the text is no real 'YYYY-MM-DD' day. */
function dayOf(iso: string): { year: number; month: number; day: number; weekday: number } | undefined {
  const m = ISO_DAY.exec(iso);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 ? { year, month, day, weekday: date.getUTCDay() } : undefined;
}

/** '2026-10-06' written out: "dinsdag 6 oktober 2026" / "Tuesday 6 October 2026"; without the weekday when asked. Other text stays as it is. */
export function longDate(iso: string, lang: Lang, weekday = true): string {
  const d = dayOf(iso);
  if (!d) return iso;
  const words = WORDS[lang];
  const date = `${d.day} ${words.months[d.month - 1]} ${d.year}`;
  return weekday ? `${words.weekdays[d.weekday]} ${date}` : date;
}

/** Where room is short (tables, chart labels, the views): "6 okt. 2026" / "6 Oct 2026". Other text stays as it is. */
export function shortDate(iso: string, lang: Lang): string {
  const d = dayOf(iso);
  return d ? `${d.day} ${WORDS[lang].short[d.month - 1]} ${d.year}` : iso;
}

/** The short form of a date that may be missing: `none` then ("geen datum", "—"). */
export function shortDateOr(iso: string | null, lang: Lang, none: string): string {
  return iso === null ? none : shortDate(iso, lang);
}
