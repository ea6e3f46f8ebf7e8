import * as assert from 'node:assert/strict';
import { parseSession } from '../../../src/core/parse/parser';
import { BUILTIN_VOCABULARY } from '../../../src/core/vocabulary/vocabulary';
import {
  GroupNode, SessionNode, TreeNode, buildFileTree, buildWorkspaceTree, isFilterEmpty, matchesFilter, observationAt, shorten, underFolders,
} from '../../../src/core/report/grouping';
import { outline } from '../helpers/treeOutline';

const NOTES = [
  '---',
  'title: Regiotafel',
  'date: 2026-03-02',
  'thermometer: friendly',
  '---',
  '',
  '## Start #explore',
  '',
  '- Everyone wants fewer waiting lists #ambition',
  '- Budget worries #interests #organisation #need/certainty',
  '',
  'Tension about money #watchful #share',
  '',
  '- Who leads? #relationship #money',
  '',
  'Just a remark #lunch',
].join('\n');

const session = parseSession(NOTES, { file: 'a.md' });
const entry = { key: 'file:///a.md', session };

describe('grouping', () => {
  it('groups condition → phase → observation in vocabulary order, untagged last', () => {
    assert.deepEqual(outline(buildFileTree(entry, 'condition', {}, BUILTIN_VOCABULARY)), [
      'condition:ambition (1)', '  phase:explore (1)', '    L9',
      'condition:interests (1)', '  phase:explore (1)', '    L10',
      'condition:relationship (1)', '  phase:explore (1)', '    L14',
      'condition:organisation (1)', '  phase:explore (1)', '    L10',
      'condition:none (1)', '  phase:share (1)', '    L12',
    ]);
  });

  it('groups phase → condition', () => {
    assert.deepEqual(outline(buildFileTree(entry, 'phase', {}, BUILTIN_VOCABULARY)), [
      'phase:explore (3)', '  condition:ambition (1)', '    L9', '  condition:interests (1)', '    L10',
      '  condition:relationship (1)', '    L14', '  condition:organisation (1)', '    L10',
      'phase:share (1)', '  condition:none (1)', '    L12',
    ]);
  });

  it('groups by the level in force', () => {
    assert.deepEqual(outline(buildFileTree(entry, 'level', {}, BUILTIN_VOCABULARY)), [
      'level:friendly (2)', '  L9', '  L10',
      'level:watchful (2)', '  L12', '  L14',
    ]);
  });

  it('shows a "none" group for observations without phase or level', () => {
    const bare = parseSession('Plain #ambition\n\nMore #process', { file: 'b.md' });
    const tree = buildFileTree({ key: 'b', session: bare }, 'level', {}, BUILTIN_VOCABULARY);
    assert.deepEqual(outline(tree), ['level:none (2)', '  L1', '  L3']);
    assert.deepEqual(outline(buildFileTree({ key: 'b', session: bare }, 'phase', {}, BUILTIN_VOCABULARY)),
      ['phase:none (2)', '  condition:ambition (1)', '    L1', '  condition:process (1)', '    L3']);
  });

  it('gives every node an id unique in the tree', () => {
    const ids: string[] = [];
    const walk = (nodes: TreeNode[]): void => nodes.forEach((n) => { ids.push(n.id); if (n.kind !== 'observation') walk(n.children); });
    walk(buildFileTree(entry, 'condition', {}, BUILTIN_VOCABULARY));
    assert.equal(new Set(ids).size, ids.length);
    assert.equal(ids.length, 15);
  });

  it('filters: any value within a facet, every facet', () => {
    const pick = (filter: Parameters<typeof matchesFilter>[1]): number[] =>
      session.observations.filter((o) => matchesFilter(o, filter)).map((o) => o.startLine);
    assert.deepEqual(pick({}), [9, 10, 12, 14]);
    assert.deepEqual(pick({ condition: ['ambition', 'relationship'] }), [9, 14]);
    assert.deepEqual(pick({ condition: ['interests'], need: ['certainty'] }), [10]);
    assert.deepEqual(pick({ level: ['watchful'], phase: ['explore'] }), [14]);
    assert.deepEqual(pick({ tag: ['money'] }), [14]);
    assert.deepEqual(pick({ tag: ['lunch'] }), []);
    assert.equal(isFilterEmpty({ condition: [], tag: [] }), true);
    assert.equal(isFilterEmpty({ level: ['conflict'] }), false);
    assert.deepEqual(outline(buildFileTree(entry, 'level', { condition: ['relationship'] }, BUILTIN_VOCABULARY)), ['level:watchful (1)', '  L14']);
  });

  it('workspace tree: sessions newest first, undated last, empty ones hidden only when filtered', () => {
    const older = parseSession('---\ndate: 2026-01-10\ntitle: Older\n---\nA #process', { file: 'older.md' });
    const undated = parseSession('# Undated\n\nB #relationship', { file: 'undated.md' });
    const empty = parseSession('---\ntitle: Empty\ndate: 2026-02-01\n---\nnothing tagged', { file: 'empty.md' });
    const entries = [{ key: 'u', session: undated }, { key: 'o', session: older }, entry, { key: 'e', session: empty }];
    const tree: SessionNode[] = buildWorkspaceTree(entries, 'condition', {}, BUILTIN_VOCABULARY);
    assert.deepEqual(tree.map((n) => `${n.session.title} (${n.count})`), ['Regiotafel (4)', 'Empty (0)', 'Older (1)', 'Undated (1)']);
    const filtered = buildWorkspaceTree(entries, 'condition', { condition: ['process'] }, BUILTIN_VOCABULARY);
    assert.deepEqual(outline(filtered), ['Older (1)', '  condition:process (1)', '    phase:none (1)', '      L5']);
    assert.equal((tree[0].children[0] as GroupNode).id, 'file:///a.md|condition:ambition');
  });

  it('workspace tree of several folders: the sessions under their folder, in the folders\' order; notes outside every folder last', () => {
    const older = parseSession('---\ndate: 2026-01-10\ntitle: Older\n---\nA #process', { file: 'older.md' });
    const loose = parseSession('---\ndate: 2026-02-10\ntitle: Loose\n---\nB #relationship', { file: 'loose.md' });
    const entries = [{ key: 'b/older.md', session: older }, { key: 'a/a.md', session }, { key: 'untitled:1', session: loose }];
    const folders = [{ id: 'a', name: 'Team A' }, { id: 'b', name: 'Team B' }, { id: 'c', name: 'Team C' }];
    const tree = underFolders(buildWorkspaceTree(entries, 'level', {}, BUILTIN_VOCABULARY), folders, (key) => (key.includes('/') ? key.split('/')[0] : undefined));
    assert.deepEqual(outline(tree).filter((line) => !line.startsWith('      ')), [
      'folder Team A (4)', '  Regiotafel (4)', '    level:friendly (2)', '    level:watchful (2)',
      'folder Team B (1)', '  Older (1)', '    level:none (1)',
      'Loose (1)', '  level:none (1)', '    L5',
    ]);
    assert.equal(tree[0].id, 'folder:a');
  });

  it('finds the observation at a line', () => {
    assert.equal(observationAt(session, 10)?.startLine, 10);
    assert.equal(observationAt(session, 11), undefined);
  });

  it('shortens at a word boundary', () => {
    assert.equal(shorten('short text'), 'short text');
    assert.equal(shorten('one two three four five six', 14), 'one two three…');
    assert.equal(shorten('a\n  b'), 'a b');
    assert.equal(shorten('abcdefghijklmnopqrstuvwxyz', 10), 'abcdefghij…');
  });
});
