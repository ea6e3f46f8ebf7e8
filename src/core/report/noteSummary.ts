// What the workspace views show of one note, as a text to compare: typing that leaves it the same changes
// nothing in the Actions view, the workspace overview or a dossier, so none of them is rebuilt for it.
import { Observation, Session } from '../parse/model';

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
