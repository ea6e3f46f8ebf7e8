// A live re-parse mostly changes the text of the observation being typed. Telling VS Code that the whole
// tree changed makes it fetch and redraw every row (and show its progress bar); telling it which nodes
// changed, or nothing when nothing did, keeps the sidebar quiet while the facilitator types.
import type { ObservationNode, TreeNode } from '../core/report/grouping';
import type { Session } from '../core/parse/model';

/**
 * Brings `shown` (the nodes VS Code knows) up to date with `rebuilt` in place when both have the same
 * shape (the same ids in the same places, the same counts and session headers), and returns the
 * observation nodes whose content changed (none: nothing to redraw). Returns undefined, leaving `shown`
 * as it was, when the shape changed: then the whole tree must be replaced.
 */
export function patchTree(shown: TreeNode[], rebuilt: TreeNode[]): ObservationNode[] | undefined {
  const changed: [ObservationNode, ObservationNode][] = [];
  const sessions: [{ session: Session }, Session][] = [];
  const sameShape = (before: TreeNode[], after: TreeNode[]): boolean =>
    before.length === after.length && before.every((node, i) => sameNode(node, after[i]));
  const sameNode = (before: TreeNode, after: TreeNode): boolean => {
    if (before.id !== after.id || before.kind !== after.kind) return false;
    if (before.kind === 'observation' && after.kind === 'observation') {
      if (JSON.stringify(before.observation) !== JSON.stringify(after.observation)) changed.push([before, after]);
      return true;
    }
    if (before.kind === 'observation' || after.kind === 'observation' || before.count !== after.count) return false;
    if (before.kind === 'session' && after.kind === 'session') {
      if (!sameHeader(before.session, after.session)) return false;
      sessions.push([before, after.session]);
    }
    return sameShape(before.children, after.children);
  };
  if (!sameShape(shown, rebuilt)) return undefined;
  for (const [node, session] of sessions) node.session = session;
  for (const [node, now] of changed) node.observation = now.observation;
  return changed.map(([node]) => node);
}

/** What a session row shows. */
function sameHeader(a: Session, b: Session): boolean {
  return a.title === b.title && a.date === b.date && a.file === b.file;
}
