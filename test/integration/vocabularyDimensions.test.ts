// A team's own dimension from .facilitator-notes.yaml in the tree's grouping, the filter and the
// overview panel. The vocabulary file is removed and the tree reset after each test.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { OverviewRender } from '../../src/overview/overviewPanel';
import { api, expectTreeOutline as expectOutline, fixture, openFixture, waitFor } from './helpers';

const NOTES = 'custom/2026-05-04-custom.md';
const VOCABULARY = '.facilitator-notes.yaml';
const PARTY = 'dimensions:\n  - id: party\n    label: { en: Party, nl: Partij }\n    prefixes: [party, partij]\n'
  + '    values:\n      - id: city\n        label: { en: City, nl: Gemeente }\n      - id: school\n        label: School\n';

const BY_PARTY = [
  'City [2]', '  The city pays the first year [line 10]', '  Both agree on the goal [line 13]',
  'School [2]', '  The school wants a say [line 11]', '  Both agree on the goal [line 13]',
  'No Party [1]', '  Opening round [line 6]',
];
const BY_CONDITION = [
  'Ambition [1]', '  No phase [1]', '    The city pays the first year [line 10]',
  'Interests [1]', '  No phase [1]', '    The school wants a say [line 11]',
  'Process [1]', '  No phase [1]', '    Opening round [line 6]',
  'Untagged condition [1]', '  Agree [1]', '    Both agree on the goal [line 13]',
];

async function writeVocabulary(text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(fixture(VOCABULARY), new TextEncoder().encode(text));
  await (await api()).vocabulary.reload();
}

async function removeVocabulary(): Promise<void> {
  try { await vscode.workspace.fs.delete(fixture(VOCABULARY)); } catch { /* already gone */ }
  await (await api()).vocabulary.reload();
}

/** The <section> of the overview with this id, '' when there is none. */
function section(html: string, id: string): string {
  const start = html.indexOf(`<section id="${id}"`);
  return start < 0 ? '' : html.slice(start, html.indexOf('</section>', start) + '</section>'.length);
}

describe('custom vocabulary: the team\'s own dimension', () => {
  beforeEach(async () => {
    await writeVocabulary(PARTY);
    assert.deepEqual((await api()).store.vocabulary.dimensions.map((d) => d.id), ['condition', 'phase', 'level', 'need', 'signal', 'private', 'decision', 'party']);
  });

  afterEach(async () => {
    const { sidebar } = await api();
    await removeVocabulary();
    await sidebar.observations.setGrouping('condition');
    await sidebar.observations.setFilter({});
    await sidebar.observations.setScope('file');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('groups the tree by the dimension chosen in "Group by…", and falls back to condition while the dimension is gone', async () => {
    await openFixture(NOTES);
    const tree = (await api()).sidebar.observations;
    await expectOutline(BY_CONDITION, 'the condition grouping first');
    // The quick pick lists condition, phase, level, signal, then (after a separator) Party: the fifth item.
    const running = vscode.commands.executeCommand('facilitatorNotes.groupBy');
    await new Promise((r) => setTimeout(r, 600));
    for (let i = 0; i < 4; i++) await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await running;
    assert.equal(tree.grouping, 'party');
    await expectOutline(BY_PARTY, 'the party grouping');
    const none = tree.getTreeItem(tree.getChildren()[2]);
    assert.equal((none.iconPath as vscode.ThemeIcon).id, 'tag');

    await removeVocabulary();
    await expectOutline(BY_CONDITION, 'the condition grouping once the dimension is gone');
    assert.equal(tree.grouping, 'condition');
    await writeVocabulary(PARTY);
    await expectOutline(BY_PARTY, 'the remembered party grouping when the dimension is back');
    assert.equal(tree.grouping, 'party');

    await vscode.commands.executeCommand('facilitatorNotes.groupByCondition');
    await expectOutline(BY_CONDITION, 'the toolbar toggle back to condition');
  });

  it('filters by a value of the dimension, with the filtered state shown', async () => {
    await openFixture(NOTES);
    const tree = (await api()).sidebar.observations;
    await vscode.commands.executeCommand('facilitatorNotes.filter', { party: ['school'] });
    await expectOutline([
      'Interests [1]', '  No phase [1]', '    The school wants a say [line 11]',
      'Untagged condition [1]', '  Agree [1]', '    Both agree on the goal [line 13]',
    ], 'the tree filtered on party school');
    assert.equal(tree.view.description, 'Filtered');
    await vscode.commands.executeCommand('facilitatorNotes.groupBy', 'party');
    await expectOutline([
      'City [1]', '  Both agree on the goal [line 13]',
      'School [2]', '  The school wants a say [line 11]', '  Both agree on the goal [line 13]',
    ], 'the filtered tree grouped by party');
    await vscode.commands.executeCommand('facilitatorNotes.clearFilter');
    await expectOutline(BY_PARTY, 'the whole party grouping again');
    assert.equal(tree.view.description, undefined);
  });

  it('shows the observations per value in the session and workspace overview', async () => {
    await openFixture(NOTES);
    const { overview } = await api();
    await vscode.commands.executeCommand('facilitatorNotes.openOverviewToSide');
    const session = await waitFor(() => {
      const r = overview.current;
      return r?.mode === 'session' && r.uris[0]?.toString() === fixture(NOTES).toString() && section(r.main, 'facet-0') ? r : undefined;
    }, 'the session overview with the party section') as OverviewRender;
    assert.equal(section(session.main, 'facet-0'), '<section id="facet-0" aria-labelledby="h-facet-0"><h2 id="h-facet-0">Party</h2>\n'
      + '<ul class="plain counts"><li>City: <strong>2</strong></li><li>School: <strong>2</strong></li><li>No party: <strong>1</strong></li></ul>\n</section>');
    assert.equal(section(session.main, 'facet-1'), '');

    // The panel's own "Workspace overview" button (a simulated click: it re-renders in place).
    await overview.receive({ type: 'mode', mode: 'workspace' });
    const workspace = await waitFor(() => (overview.current?.mode === 'workspace' ? overview.current : undefined), 'the workspace overview') as OverviewRender;
    const observations = workspace.sessions.reduce((n, s) => n + s.observations.length, 0);
    // Only this suite's notes use the party tags: every other observation counts as "None".
    assert.equal(section(workspace.main, 'facet-0'), '<section id="facet-0" aria-labelledby="h-facet-0"><h2 id="h-facet-0">Party</h2>\n'
      + `<ul class="plain counts"><li>City: <strong>2</strong></li><li>School: <strong>2</strong></li><li>No party: <strong>${observations - 3}</strong></li></ul>\n</section>`);

    await removeVocabulary();
    await waitFor(() => overview.current && !section(overview.current.main, 'facet-0'), 'the party section to go with the dimension', 6000);
  });
});
