// A workspace of two folders (test/fixtures/multi-root.code-workspace, run with FN_WORKSPACE=multi-root): each
// team's vocabulary file applies to its own folder's notes only. Team A spells ambition #droom, team B #stip;
// both folders' notes use both spellings. The Observations view (workspace scope) and the Actions view show a row
// per folder above that folder's notes.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { Session } from '../../src/core/parse/model';
import type { ActionsNode, ActionsView } from '../../src/sidebar/actionsView';
import type { ShownPick } from '../../src/workspace/quickPick';
import { unzipSync } from 'fflate';
import MarkdownIt from 'markdown-it';
import { api, treeOutline, waitFor } from './helpers';

const NOTES: Record<string, string> = { 'team-a': '2026-06-01-district-team.md', 'team-b': '2026-06-02-care-table.md' };

function folderFile(folder: string): vscode.Uri {
  const root = vscode.workspace.workspaceFolders?.find((f) => f.name === folder);
  if (!root) throw new Error(`the multi-root run has no folder ${folder}`);
  return vscode.Uri.joinPath(root.uri, NOTES[folder]);
}

/** Each tag as written with the term it was read as ('' when the vocabulary does not know it). */
const terms = (session: Session | undefined) => session?.tags.map((t) => `${t.raw}=${t.dimension ?? ''}/${t.value ?? ''}`);

/** The rows of the collaborations table as text, cells joined by ' | ', in a list per row group with its attributes first. */
function collaborationRows(html: string): string[][] {
  const table = /<table class="sessions collaborations">([\s\S]*?)<\/table>/.exec(html)?.[1] ?? '';
  const rowText = (row: string) => [...row.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => c[1].replace(/<[^>]*>/g, '')).join(' | ');
  return [...table.matchAll(/<tbody([^>]*)>([\s\S]*?)<\/tbody>/g)].map((m) => [m[1], ...[...m[2].matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((r) => rowText(r[1]))]);
}

/** Each folder's one collaboration (named after its folder: one session, no key), under the folder's name. */
const FOLDER_ROWS = [
  [' class="folder" data-folder="team-a"', 'team-a', 'team-a | 1 | 1 June 2026 | — | — | 1 | 0'],
  [' class="folder" data-folder="team-b"', 'team-b', 'team-b | 1 | 2 June 2026 | — | — | 1 | 0'],
];

describe('multi-root workspace: a team vocabulary per folder', () => {
  before(async () => {
    await (await api()).vocabulary.reload();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens both folders', () => {
    assert.deepEqual(vscode.workspace.workspaceFolders?.map((f) => f.name), ['team-a', 'team-b']);
  });

  it('the workspace scan reads each folder\'s notes with that folder\'s vocabulary', async () => {
    const notes = await (await api()).store.workspaceNotes();
    const byFile = Object.fromEntries(notes.map((n) => [vscode.workspace.asRelativePath(n.uri, true), terms(n.session)]));
    assert.deepEqual(byFile, {
      'team-a/2026-06-01-district-team.md': ['droom=condition/ambition', 'housing=theme/housing', 'subsidy=/', 'stip=/'],
      'team-b/2026-06-02-care-table.md': ['droom=/', 'stip=condition/ambition', 'housing=/', 'subsidy=funding/subsidy'],
    });
  });

  it('an open notes file is read with its folder\'s vocabulary, and its hover speaks of the term', async () => {
    const { store } = await api();
    for (const [folder, known] of [['team-a', 'droom'], ['team-b', 'stip']]) {
      const doc = await vscode.workspace.openTextDocument(folderFile(folder));
      await vscode.window.showTextDocument(doc);
      const session = store.notes(doc);
      assert.deepEqual(terms(session)?.filter((t) => t.endsWith('/ambition')), [`${known}=condition/ambition`], folder);
      const tag = session!.tags.find((t) => t.raw === known)!;
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(tag.line - 1, tag.column + 2));
      const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
      assert.match(text, /Ambition/, `${folder}: the hover on #${known}`);
    }
  });

  it('the workspace keeps every folder\'s terms for what speaks for all notes', async () => {
    const { store } = await api();
    const ambition = store.vocabulary.dimensions.find((d) => d.id === 'condition')?.terms.find((t) => t.id === 'ambition');
    assert.ok(ambition?.aliases.includes('droom') && ambition.aliases.includes('stip'), JSON.stringify(ambition?.aliases));
    assert.notEqual(store.vocabularyFor(folderFile('team-a')), store.vocabularyFor(folderFile('team-b')));
  });

  it('the Observations view of the whole workspace shows a row per folder above its sessions', async () => {
    const tree = (await api()).sidebar.observations;
    await tree.setScope('workspace');
    try {
      await waitFor(() => tree.getChildren().length === 2, 'the two folder rows');
      // One observation each (its paragraph holds both tags), read as ambition by its own folder's spelling.
      assert.deepEqual(treeOutline(tree).filter((line) => !line.startsWith('      ')), [
        'team-a [1]', '  District team north [1 Jun 2026 · 1]', '    Ambition [1]',
        'team-b [1]', '  Care table south [2 Jun 2026 · 1]', '    Ambition [1]',
      ]);
    } finally {
      await tree.setScope('file');
    }
  });

  it('the Actions view shows a row per folder above its collaborations and their actions', async () => {
    const view: ActionsView = (await api()).sidebar.actions;
    const lines = async (nodes: ActionsNode[], depth = 0): Promise<string[]> => (await Promise.all(nodes.map(async (node) => {
      const item = view.getTreeItem(node);
      return [`${'  '.repeat(depth)}${item.label} [${item.description}]`, ...await lines(await view.getChildren(node), depth + 1)];
    }))).flat();
    assert.deepEqual(await lines(await view.nodes()), [
      'team-a [1]', '  team-a [1 · named after its folder]', '    Send the minutes to the partners @Sam [Sam]',
      'team-b [1]', '  team-b [1 · named after its folder]', '    Book the room for the next session @Noor [Noor]',
    ]);
    const [, teamB] = await view.nodes();
    const collaboration = teamB.kind === 'folder' ? teamB.children[0] : undefined;
    assert.equal(collaboration && view.getParent(collaboration)?.id, teamB.id, 'a collaboration row\'s parent is its folder row');
  });

  it('the workspace overview lists each folder\'s collaborations under the folder\'s name', async () => {
    const shown = await (await api()).overview.open('workspace', false);
    assert.deepEqual(collaborationRows(shown.main), FOLDER_ROWS);
  });

  it('the workspace overview exported as HTML lists them the same way', async () => {
    const target = vscode.Uri.file(path.join(os.tmpdir(), `fn-multi-root-${process.pid}.html`));
    try {
      const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('facilitatorNotes.exportHtml', { workspace: true, target });
      assert.equal(written?.fsPath, target.fsPath);
      assert.deepEqual(collaborationRows(fs.readFileSync(target.fsPath, 'utf8')), FOLDER_ROWS);
    } finally {
      fs.rmSync(target.fsPath, { force: true });
    }
  });
});

describe('multi-root workspace: each folder\'s features speak its own terms', () => {
  // Team A has the dimension theme (#housing), team B funding (#subsidy) and calls process "Way of working".
  const open = async (folder: string): Promise<vscode.TextEditor> => {
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(folderFile(folder)));
    await waitFor(async () => (await api()).sidebar.observations.vocabulary === (await api()).store.vocabularyFor(editor.document.uri), `the views on ${folder}'s notes`);
    return editor;
  };
  /** The tag mention `#name` in the open notes: the position just after its '#'. */
  const hashAt = (editor: vscode.TextEditor, name: string): vscode.Position => {
    const line = editor.document.getText().split('\n').findIndex((l) => l.includes(`#${name}`));
    return new vscode.Position(line, editor.document.lineAt(line).text.indexOf(`#${name}`) + 1);
  };
  const teamTerms = (labels: string[]) => labels.filter((l) => /housing|subsidy/i.test(l));

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('Tag Observation names the terms as the notes\' folder does', async () => {
    const { tagging } = (await api()).editor;
    const offered: Record<string, string | undefined> = {};
    for (const folder of ['team-a', 'team-b']) {
      const editor = await open(folder);
      editor.selection = new vscode.Selection(hashAt(editor, 'housing'), hashAt(editor, 'housing'));
      const shown = new Promise<ShownPick>((resolve) => { const l = tagging.onDidShowPick((p) => { l.dispose(); resolve(p); }); });
      const running = vscode.commands.executeCommand('facilitatorNotes.tagObservation');
      offered[folder] = (await shown).items.find((i) => i.label === '#process')?.description?.split(' · ')[0];
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      assert.equal(await running, false);
    }
    assert.deepEqual(offered, { 'team-a': 'Proces', 'team-b': 'Way of working' });
  });

  it('tag completion offers the team terms of the notes\' folder only', async () => {
    const offered: Record<string, string[]> = {};
    // In each folder's notes, at the other team's spelling of ambition: a free tag there, so the terms are offered.
    for (const [folder, free] of [['team-a', 'stip'], ['team-b', 'droom']]) {
      const editor = await open(folder);
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, hashAt(editor, free), '#');
      const terms = list.items.filter((i) => i.kind === vscode.CompletionItemKind.EnumMember);
      offered[folder] = teamTerms(terms.map((i) => (typeof i.label === 'string' ? i.label : i.label.label)));
    }
    assert.deepEqual(offered, { 'team-a': ['#housing'], 'team-b': ['#subsidy'] });
  });

  it('Group by a team\'s own dimension holds in that team\'s notes; in the other folder\'s notes the view groups by condition', async () => {
    const tree = (await api()).sidebar.observations;
    await open('team-a');
    await tree.setGrouping('theme');
    try {
      assert.equal(tree.grouping, 'theme');
      await waitFor(() => treeOutline(tree)[0] === 'Housing [1]', 'team A\'s notes grouped by theme');
      await open('team-b');
      assert.equal(tree.grouping, 'condition');
    } finally {
      await tree.setGrouping('condition');
    }
  });

  it('F2 on a team term renames it in its own folder: that folder\'s notes and vocabulary file', async () => {
    const editor = await open('team-b');
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', editor.document.uri, hashAt(editor, 'subsidy'), 'grant');
    assert.deepEqual(edit.entries().map(([uri, edits]) => [vscode.workspace.asRelativePath(uri, true), edits.map((e) => e.newText.slice(0, 40))]), [
      ['team-b/2026-06-02-care-table.md', ['#grant']],
      ['team-b/.facilitator-notes.yaml', [(await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folderFile('team-b'), '..', '.facilitator-notes.yaml'))).getText().replace('subsidy', 'grant').slice(0, 40)]],
    ]);
  });

  it('a collaboration\'s dossier speaks its folder\'s labels', async () => {
    const { overview } = await api();
    const notDiscussed = async (name: string) => /<section id="[^"]*conditions"[^>]*>([\s\S]*?)<\/section>/.exec((await overview.openDossier(name)).main)?.[1]
      .match(/data-condition="process">([^<]*)</)?.[1];
    assert.deepEqual([await notDiscussed('team-a'), await notDiscussed('team-b')], ['Process', 'Way of working']);
  });

  it('a note\'s session overview names the terms as its folder does', async () => {
    const { overview } = await api();
    const named: Record<string, boolean[]> = {};
    for (const folder of ['team-a', 'team-b']) {
      await open(folder);
      const { main } = await overview.open('session', false);
      named[folder] = [main.includes('>Process<'), main.includes('>Way of working<')];
    }
    assert.deepEqual(named, { 'team-a': [true, false], 'team-b': [false, true] });
  });

  it('the Markdown preview shows the folder\'s team terms as tags', async () => {
    const chips: Record<string, string[]> = {};
    for (const folder of ['team-a', 'team-b']) {
      // As VS Code's preview renders a notes file: its markdown-it, with the document named in the render's env.
      const md = (await api()).extendMarkdownIt(new MarkdownIt());
      const html = md.render(fs.readFileSync(folderFile(folder).fsPath, 'utf8'), { currentDocument: folderFile(folder) });
      chips[folder] = teamTerms([...html.matchAll(/<span class="fn-tag fn-tag-(?!free)[^"]*"[^>]*>#(\w+)<\/span>/g)].map((m) => m[1]));
    }
    assert.deepEqual(chips, { 'team-a': ['housing'], 'team-b': ['subsidy'] });
  });

  it('a collaboration exported for QDA software has its folder\'s codes; the whole workspace every folder\'s', async () => {
    const codes = async (args: { scope: string }) => {
      const target = vscode.Uri.file(path.join(os.tmpdir(), `fn-multi-root-${process.pid}-${args.scope}.qdpx`));
      await vscode.commands.executeCommand('facilitatorNotes.exportQdpx', { includePrivate: true, target, ...args });
      const project = new TextDecoder().decode(unzipSync(fs.readFileSync(target.fsPath))['project.qde']);
      fs.rmSync(target.fsPath, { force: true });
      return teamTerms([...project.matchAll(/<Code [^>]*name="([^"]*)"/g)].map((m) => m[1]));
    };
    await open('team-b');
    // Team B's notes write #housing as a free tag (a code of its own, lower case); team A's term Housing is not among them.
    assert.deepEqual(await codes({ scope: 'collaboration' }), ['Subsidy', 'housing']);
    assert.deepEqual(await codes({ scope: 'workspace' }), ['Housing', 'Subsidy', 'housing', 'subsidy']);
  });
});
