// When the thermometer calls for attention in the moment: the level now is disagreement or worse, or it
// rose two steps within the session. The status bar and the Thermometer view then offer that level's
// "what you can do" list, in the notes' language; nothing modal, nothing that takes focus.
import { Session } from '../core/parse/model';
import { Lang, Vocabulary } from '../core/vocabulary/vocabulary';

export interface Escalation {
  level: string;
  /** What you can do, from the vocabulary. */
  actions: string[];
}

/** The level in force now: the last reading, else the start level. */
export function levelNow(session: Session): string | null {
  return session.readings.at(-1)?.level ?? session.startLevel;
}

export function escalation(session: Session, vocabulary: Vocabulary, lang: Lang): Escalation | undefined {
  const terms = vocabulary.dimensions.find((d) => d.role === 'level')?.terms ?? [];
  const rank = (level: string | null) => terms.findIndex((t) => t.id === level);
  const course = [session.startLevel, ...session.readings.map((r) => r.level)].map(rank).filter((i) => i >= 0);
  const now = levelNow(session);
  const at = rank(now);
  if (at < 0 || course.length === 0) return undefined;
  const severe = rank('disagreement');
  const rose = at - course.reduce((a, b) => Math.min(a, b));
  if (!((severe >= 0 && at >= severe) || rose >= 2)) return undefined;
  return { level: terms[at].id, actions: terms[at].actions?.[lang] ?? [] };
}
