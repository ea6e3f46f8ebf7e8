// Tags follow the note's own language (issue 11, item 2): completion, Tag Observation, Set Thermometer,
// snippets, quick fixes and New Session spell tags as the notes do, whatever the UI language (English
// in this host) or facilitatorNotes.tagLanguage; the pickers find an item by either language's words.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { api, fixture, waitFor } from './helpers';

const DUTCH = '# Overleg\n\nHet vertrouwen groeit #relatie\n\nDe gemeente twijfelt #waakzaam #belangen\n\nNieuw punt\n';
const ENGLISH = '# Meeting\n\nTrust grows #relationship\n\nThe council hesitates #watchful #interests\n\nNew point\n';

const scratch: vscode.TextDocument[] = [];

async function untitled(content: string, line: number): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  scratch.push(doc);
  const editor = await vscode.window.showTextDocument(doc);
  editor.selection = new vscode.Selection(line - 1, 0, line - 1, 0);
  return editor;
}

async function setting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('facilitatorNotes').update(key, value, vscode.ConfigurationTarget.Global);
}

async function tagLabels(doc: vscode.TextDocument, position: vscode.Position): Promise<string[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, position, '#');
  return list.items
    .filter((i) => typeof i.label !== 'string' && i.label.label.startsWith('#'))
    .sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''))
    .map((i) => (i.label as vscode.CompletionItemLabel).label);
}

/** Runs a picker command and returns the items it showed, dismissing the pick. */
async function pickerItems(command: string): Promise<readonly vscode.QuickPickItem[]> {
  const { tagging } = (await api()).editor;
  const shown = new Promise<readonly vscode.QuickPickItem[]>((resolve) => {
    const listener = tagging.onDidShowPick(({ items }) => {
      listener.dispose();
      resolve(items);
    });
  });
  const running = vscode.commands.executeCommand(command);
  const items = await shown;
  await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
  await running;
  return items;
}

describe('tags in the note\'s own language', () => {
  before(async () => {
    await api();
    await setting('tagLanguage', 'en');
  });
  afterEach(async () => {
    for (const doc of scratch.splice(0).filter((d) => !d.isClosed)) {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });
  after(async () => {
    await setting('tagLanguage', undefined);
  });

  it('completion spells tags as a Dutch note does, though the UI and the setting are English', async () => {
    assert.equal(vscode.env.language.startsWith('nl'), false);
    const editor = await untitled(`${DUTCH}Nog iets #`, 9);
    const labels = await tagLabels(editor.document, new vscode.Position(8, 10));
    assert.deepEqual(labels.slice(0, 6), ['#ambitie', '#belangen', '#relatie', '#organisatie', '#proces', '#verkennen']);
  });

  it('and an English note gets English tags when the setting says Dutch', async () => {
    await setting('tagLanguage', 'nl');
    try {
      const editor = await untitled(`${ENGLISH}More #`, 9);
      const labels = await tagLabels(editor.document, new vscode.Position(8, 6));
      assert.deepEqual(labels.slice(0, 3), ['#ambition', '#interests', '#relationship']);
    } finally {
      await setting('tagLanguage', 'en');
    }
  });

  it('a front matter taal: nl decides before any tag is written', async () => {
    const editor = await untitled('---\ntaal: nl\n---\n\nEerste punt\n', 5);
    await vscode.commands.executeCommand('facilitatorNotes.tagObservation', ['condition:process', 'phase:agree']);
    assert.equal(editor.document.getText(), '---\ntaal: nl\n---\n\nEerste punt #proces #overeenkomen\n');
  });

  it('Tag Observation and Set Thermometer write Dutch tags into a Dutch note', async () => {
    const editor = await untitled(DUTCH, 7);
    await vscode.commands.executeCommand('facilitatorNotes.tagObservation', ['condition:organisation', 'need:trust']);
    await vscode.commands.executeCommand('facilitatorNotes.setThermometer', 'disagreement', false);
    assert.equal(editor.document.getText(), DUTCH.replace('Nieuw punt\n', 'Nieuw punt #organisatie #behoefte/vertrouwen\n\n#onenigheid\n'));
  });

  it('the Tag Observation picker shows Dutch tags with the English names beside them, so either finds them', async () => {
    await untitled(DUTCH, 3);
    const items = await pickerItems('facilitatorNotes.tagObservation');
    const agree = items.find((i) => i.label === '#overeenkomen');
    assert.deepEqual([agree?.label, agree?.description], ['#overeenkomen', 'Agree · ⌨ Alt+Shift+T 3']);
    const trust = items.find((i) => i.label === '#behoefte/vertrouwen');
    assert.equal(trust?.description, 'Trust · #need/trust');
  });

  it('the Set Thermometer picker lists each level with both spellings', async () => {
    await untitled(DUTCH, 3);
    const items = await pickerItems('facilitatorNotes.setThermometer');
    assert.deepEqual(items.map((i) => i.description), [
      '#vriendschappelijk', '#waakzaam', '#onenigheid', '#conflict']);
    assert.deepEqual(items.map((i) => i.label.replace(/^\$\([\w-]+\) /, '')), ['Friendly', 'Watchful', 'Disagreement', 'Conflict']);
  });

  it('snippets and the front matter quick fixes follow the note\'s language', async () => {
    const editor = await untitled(`---\nphase: verkenen\n---\n\n${DUTCH}`, 1);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(11, 0));
    const snippets = list.items.filter((i) => i.kind === vscode.CompletionItemKind.Snippet && typeof i.label !== 'string' && i.label.description?.includes('(tags: '));
    assert.ok(snippets.length > 0, 'the extension offers snippets spelled for the notes');
    assert.deepEqual([...new Set(snippets.map((i) => (i.label as vscode.CompletionItemLabel).description?.replace(/^.*\(tags: (\w+)\)$/, '$1')))], ['nl']);
    const diagnostic = await waitFor(() => vscode.languages.getDiagnostics(editor.document.uri).find((d) => d.range.start.line === 1), 'a diagnostic on phase: verkenen');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, diagnostic!.range);
    assert.deepEqual(actions.map((a) => a.title).filter((t) => t.startsWith('Change phase')).slice(0, 2), ['Change phase to verkennen', 'Change phase to delen']);
  });
});

describe('New Session Notes in the language of the workspace\'s notes', () => {
  const folder = fixture('dutch/new-notes');
  after(async () => {
    for (const doc of vscode.workspace.textDocuments.filter((d) => d.uri.path.startsWith(`${folder.path}/`))) {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    await vscode.workspace.fs.delete(folder, { recursive: true });
    await setting('files', undefined);
    await setting('notesFolder', undefined);
    await setting('tagLanguage', undefined);
  });

  it('writes Dutch notes with facilitator and participants fields after Dutch notes, opened pinned', async () => {
    await setting('tagLanguage', 'en');
    await setting('files', 'dutch/**/*.md');
    await setting('notesFolder', 'dutch/new-notes');
    const uri = await vscode.commands.executeCommand<vscode.Uri>('facilitatorNotes.newSession', 'Regiotafel');
    const text = fs.readFileSync(uri.fsPath, 'utf8');
    assert.deepEqual(text.split('\n').slice(0, 9), ['---', 'titel: Regiotafel', `datum: ${text.split('\n')[2].slice(7)}`, 'taal: nl',
      'facilitator: ""', 'deelnemers: []', 'fase: verkennen', 'thermometer: vriendschappelijk', '---']);
    const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
    assert.equal((tab?.input as vscode.TabInputText | undefined)?.uri.toString(), uri.toString());
    assert.equal(tab?.isPreview, false);
  });
});
