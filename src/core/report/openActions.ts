// The Actions view's model: the open actions of every collaboration, grouped by collaboration or by owner,
// overdue first, then by due date (undated last), then in the order they were written.
import { Session } from '../parse/model';
import { Audience, partnerHides } from './audience';
import { Collaboration, TrackedAction } from './collaboration';

export type ActionGrouping = 'collaboration' | 'owner';

export interface OpenAction {
  collaboration: Collaboration;
  action: TrackedAction;
}

export interface ActionGroup {
  /** The collaboration's name, or the owner (null: no owner). */
  name: string | null;
  /** Grouped by collaboration: the collaboration itself. */
  collaboration?: Collaboration;
  actions: OpenAction[];
}

/** Every action of the collaborations once, a carried-over one in its latest state: the workspace's lists of open and done actions. */
export function actionsByStatus(collaborations: readonly Collaboration[]): { open: OpenAction[]; done: OpenAction[] } {
  const all = collaborations.flatMap((collaboration) => collaboration.actions.map((action) => ({ collaboration, action })));
  return { open: all.filter((a) => !a.action.done), done: all.filter((a) => a.action.done) };
}

/**
 * Groups in the order of the collaborations (by collaboration) or by owner name, no owner last. For the partners
 * (a shared screen) without the actions whose latest copy stands in a private scope.
 */
export function openActionGroups(collaborations: readonly Collaboration[], by: ActionGrouping, audience: Audience = 'facilitator'): ActionGroup[] {
  // Owners are one group whatever their case; the group keeps the first spelling.
  const groups = new Map<string | null, ActionGroup>();
  const hides = new Map<Session, (line: number) => boolean>();
  const hidden = (collaboration: Collaboration, action: TrackedAction) => {
    const session = collaboration.sessions[action.latest.session];
    if (!hides.has(session)) hides.set(session, partnerHides(session));
    return action.private || hides.get(session)!(action.latest.line);
  };
  for (const collaboration of collaborations) {
    for (const action of collaboration.actions) {
      if (action.done || (audience === 'partners' && hidden(collaboration, action))) continue;
      const name = by === 'collaboration' ? collaboration.name : action.owner;
      const key = by === 'owner' && name !== null ? name.toLowerCase() : name;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = by === 'collaboration' ? { name, collaboration, actions: [] } : { name, actions: [] }));
      group.actions.push({ collaboration, action });
    }
  }
  const result = [...groups.values()];
  for (const group of result) group.actions.sort(urgentFirst);
  if (by === 'owner') result.sort((a, b) => (a.name === null ? 1 : b.name === null ? -1 : a.name.localeCompare(b.name)));
  return result;
}

/** Stable: actions that tie keep the order they were written in. */
function urgentFirst(a: OpenAction, b: OpenAction): number {
  if (a.action.overdue !== b.action.overdue) return a.action.overdue ? -1 : 1;
  const [x, y] = [a.action.due, b.action.due];
  if (x === y) return 0;
  if (x === null) return 1;
  if (y === null) return -1;
  return x < y ? -1 : 1;
}
