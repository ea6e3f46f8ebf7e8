// What the workspace views show of one note: the note summary the notes index keeps (the session without its
// texts and tag places), and, as a text to compare, what typing must change before a view is rebuilt for it.
import { Observation, Session } from '../parse/model';
import { Vocabulary } from '../vocabulary/vocabulary';
import { countedMention } from './overview';

/**
 * An observation as the workspace views count it: its tags and flags, without its text, lines or tag places, so
 * observations alike are one object (the notes index stores each kind once).
 */
export type CountedObservation = Omit<Observation, 'text' | 'tags' | 'startLine' | 'endLine'> & { text: ''; tags: []; startLine: 0; endLine: 0 };

/**
 * What the notes index keeps of a note: a Session without what only the note's own page, the editor and the exports
 * read (observation texts, tag places, headings, front matter fields, private scopes), its tag mentions only those
 * the workspace overview counts (needs, unknown tags). It serves the Actions view, the workspace overview and the
 * collaboration lists; it never reaches an export or a page that shows observations: those parse the note itself.
 */
export interface NoteSummary extends Omit<Session, 'frontMatter' | 'headings' | 'privateScopes' | 'observations'> {
  frontMatter: Record<string, never>;
  headings: [];
  privateScopes: [];
  observations: CountedObservation[];
}

/** Written out field by field (no rest copies: V8 copies those slowly, and a cold scan makes 100,000s). */
export function noteSummary(s: Session, vocabulary: Vocabulary): NoteSummary {
  return {
    file: s.file, title: s.title, date: s.date, lineCount: s.lineCount, frontMatter: {}, frontMatterLines: s.frontMatterLines,
    startLevel: s.startLevel, facilitator: s.facilitator, participants: s.participants, lang: s.lang,
    collaboration: s.collaboration, currentPhase: s.currentPhase, observations: s.observations.map(countedObservation),
    readings: s.readings, markers: s.markers, decisions: s.decisions, actions: s.actions, headings: [],
    tags: s.tags.filter((tag) => countedMention(tag, vocabulary)), problems: s.problems, private: s.private, privateScopes: [],
  };
}

function countedObservation(o: Observation): CountedObservation {
  return {
    startLine: 0, endLine: 0, text: '', conditions: o.conditions, phase: o.phase, level: o.level, needs: o.needs,
    otherTags: o.otherTags, facets: o.facets, tags: [], parties: o.parties, private: o.private, decision: o.decision,
  };
}

/** The header of a note: what names it and its collaboration in every workspace view. */
function header(s: Session): unknown[] {
  return [s.collaboration, s.title, s.date, s.facilitator, s.participants, s.startLevel, s.lang];
}

/** All the Actions view shows of a note (and what its actions are grouped and dated by); '' for no notes. */
export function actionsSummary(session: Session | undefined): string {
  return session ? JSON.stringify([header(session), session.actions]) : '';
}

/**
 * All the workspace overview and a dossier show of a note: header, actions, decisions, readings, phases and
 * what each observation counts as, without its text. With `observationText` (a page that lists
 * observations: a workspace of one collaboration) their text and lines too.
 */
export function workspaceSummary(session: Session | undefined, observationText: boolean): string {
  if (!session) return '';
  const counted = (o: Observation) => [o.conditions, o.phase, o.level, o.needs, o.otherTags, o.facets, o.parties, o.private, o.decision];
  const observations = session.observations.map((o) => (observationText ? [...counted(o), o.text, o.startLine, o.endLine] : counted(o)));
  return JSON.stringify([header(session), session.actions, session.decisions, session.readings, session.markers, session.currentPhase, observations]);
}
