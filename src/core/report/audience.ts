// Who a report is for. The partners never see what the facilitator marked private: not its text and
// not its counts, so their view of a session is the session without those items.
import { Session, TagMention } from '../parse/model';

export type Audience = 'facilitator' | 'partners';

export const AUDIENCES: readonly Audience[] = ['facilitator', 'partners'];

/** The session as the partners may see it: private observations, actions and decisions gone, and their tags; no problems. */
export function partnerView(session: Session): Session {
  const hidden = (line: number) => session.observations.some((o) => o.private && line >= o.startLine && line <= o.endLine)
    || session.actions.some((a) => a.private && a.line === line)
    || session.decisions.some((d) => d.private && d.line === line);
  const visible = (tag: TagMention) => !hidden(tag.line);
  return {
    ...session,
    observations: session.observations.filter((o) => !o.private),
    actions: session.actions.filter((a) => !a.private),
    decisions: session.decisions.filter((d) => !d.private),
    tags: session.tags.filter(visible),
    problems: [],
  };
}

/** Each session in the audience's view. */
export function forAudience(sessions: readonly Session[], audience: Audience): Session[] {
  return audience === 'partners' ? sessions.map(partnerView) : [...sessions];
}
