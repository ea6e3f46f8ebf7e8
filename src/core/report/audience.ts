// Who a report is for. The facilitator sees everything; the partners never see what the notes mark
// private: not its text, not its counts. Every renderer takes the partners' session from here.
import { Session } from '../parse/model';

export type Audience = 'facilitator' | 'partners';

export const AUDIENCES: readonly Audience[] = ['facilitator', 'partners'];

/**
 * The session as the partners may see it: private observations, actions and decisions gone, and the tags,
 * readings, markers and headings on private lines (a private heading's whole section); no problems.
 */
export function partnerView(session: Session): Session {
  const hidden = privateLines(session);
  const shown = (line: number) => !hidden.some(([from, to]) => line >= from && line <= to);
  return {
    ...session,
    observations: session.observations.filter((o) => !o.private),
    actions: session.actions.filter((a) => !a.private),
    decisions: session.decisions.filter((d) => !d.private),
    readings: session.readings.filter((r) => shown(r.line)),
    markers: session.markers.filter((m) => shown(m.line)),
    headings: session.headings.filter((h) => shown(h.line)),
    tags: session.tags.filter((t) => shown(t.line)),
    problems: [],
  };
}

/** Each session in the audience's view; the facilitator's are the sessions themselves. */
export function forAudience(sessions: readonly Session[], audience: Audience = 'facilitator'): Session[] {
  return audience === 'partners' ? sessions.map(partnerView) : [...sessions];
}

/** Line ranges of everything private: observations, actions, decisions, headings' sections and #private lines. */
function privateLines(session: Session): [number, number][] {
  const ranges: [number, number][] = [];
  for (const o of session.observations) if (o.private) ranges.push([o.startLine, o.endLine]);
  for (const a of session.actions) if (a.private) ranges.push([a.line, a.line]);
  for (const d of session.decisions) if (d.private) ranges.push([d.line, d.line]);
  for (const h of session.headings) if (h.tags.some((t) => t.dimension === 'private')) ranges.push([h.line, h.endLine]);
  // A private block that is no observation ('Ik ben moe #privé #koffie') still hides its line's tags.
  for (const t of session.tags) if (t.dimension === 'private') ranges.push([t.line, t.line]);
  return ranges;
}
