// The one date a Word file carries (its document properties and its zip entries), so the same notes give the
// same bytes on every run: SOURCE_DATE_EPOCH when set (seconds, as reproducible builds agree), else the
// latest session's date; undefined when neither tells, and the writer uses a fixed date.
import { Session } from '../parse/model';

export function documentDate(sessions: readonly Pick<Session, 'date'>[], sourceDateEpoch?: string): Date | undefined {
  if (sourceDateEpoch !== undefined && /^\d{1,12}$/.test(sourceDateEpoch.trim())) return new Date(Number(sourceDateEpoch.trim()) * 1000);
  const latest = sessions.reduce<string | null>((last, s) => (s.date !== null && (last === null || s.date > last) ? s.date : last), null);
  return latest === null ? undefined : new Date(`${latest}T00:00:00Z`);
}
