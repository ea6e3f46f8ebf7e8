// The one order of sessions by date: the tree lists them newest first, reports oldest first;
// undated sessions come last either way, ties go by file name.
import { Session } from '../parse/model';

export function bySessionDate(order: 'oldest' | 'newest'): (a: Session, b: Session) => number {
  const sign = order === 'oldest' ? 1 : -1;
  return (a, b) => {
    if (a.date !== b.date) {
      if (a.date === null) return 1;
      if (b.date === null) return -1;
      return (a.date < b.date ? -1 : 1) * sign;
    }
    return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
  };
}
