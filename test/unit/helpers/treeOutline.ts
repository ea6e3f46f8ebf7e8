import { TreeNode } from '../../../src/core/report/grouping';

/** A tree model as 'dimension:value (count)' lines (sessions by title, folders as 'folder name'), observations as 'L<line>'. */
export function outline(nodes: TreeNode[], depth = 0): string[] {
  return nodes.flatMap((n) => {
    const pad = '  '.repeat(depth);
    if (n.kind === 'observation') return [`${pad}L${n.observation.startLine}`];
    const name = n.kind === 'session' ? n.session.title : n.kind === 'folder' ? `folder ${n.name}` : `${n.dimension}:${n.value ?? 'none'}`;
    return [`${pad}${name} (${n.count})`, ...outline(n.children, depth + 1)];
  });
}
