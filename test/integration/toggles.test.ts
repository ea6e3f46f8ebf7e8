// Keyboard toggles (issue 11, item 6): Alt+Shift+T then one key puts a condition, phase or level on the
// paragraph at the cursor or takes it off (N and S: a picker of needs or parties); the chord's prefix is free in the default keybindings this
// VS Code reports, and the Tag Observation picker shows each toggle.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMAND_KEYS, TOGGLE_KEYS, TOGGLE_PREFIX } from '../../src/editor/toggleKeys';
import { api, extension, waitFor } from './helpers';

/** The OS the workbench takes itself to run on: code-server's browser poses as macOS or Windows with FN_PLATFORM. */
const PLATFORM = (process.env.FN_PLATFORM || 'linux') as 'linux' | 'mac' | 'windows';
const CURSOR_ABOVE = { linux: 'ctrl+shift+up', mac: 'alt+cmd+up', windows: 'ctrl+alt+up' };

interface Keybinding { command: string; key: string; mac?: string; when?: string; args?: unknown }

let opened = 0;

/**
 * Notes in an untitled editor of their own name: a document opened with only its content takes the first free
 * "Untitled-N", which the last test's (closed, not yet forgotten) may still hold, and would then be read as that one.
 */
async function untitled(content: string, line: number): Promise<vscode.TextEditor> {
  const doc = await vscode.languages.setTextDocumentLanguage(await vscode.workspace.openTextDocument(vscode.Uri.parse(`untitled:toggles-${++opened}.md`)), 'markdown');
  const editor = await vscode.window.showTextDocument(doc);
  await editor.edit((builder) => builder.insert(new vscode.Position(0, 0), content));
  await waitFor(() => vscode.window.activeTextEditor === editor, 'the new notes\' editor active');
  editor.selection = new vscode.Selection(line - 1, 0, line - 1, 0);
  return editor;
}

const toggle = (ref: string) => vscode.commands.executeCommand<boolean>('facilitatorNotes.toggleTag', ref);

/**
 * Runs a picker command, takes the items it shows, moves `down` items down and presses Enter (or Escape
 * when `down` is undefined); resolves with the items and the command's result.
 */
async function throughPicker(command: string, down: number | undefined): Promise<{ items: readonly vscode.QuickPickItem[]; done: boolean }> {
  const { tagging } = (await api()).editor;
  const shown = new Promise<readonly vscode.QuickPickItem[]>((resolve) => {
    const listener = tagging.onDidShowPick(({ items }) => { listener.dispose(); resolve(items); });
  });
  const running = vscode.commands.executeCommand<boolean>(command);
  const items = await shown;
  if (down === undefined) await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
  else {
    for (let i = 0; i < down; i++) await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
  }
  return { items, done: await running };
}

describe('keyboard toggles', () => {
  before(async () => { await api(); });
  afterEach(async () => { await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor'); });

  it('the manifest binds exactly the toggle table behind one prefix, two keystrokes each', () => {
    const bindings: Keybinding[] = extension().packageJSON.contributes.keybindings;
    const chorded = bindings.filter((b) => b.key.startsWith(`${TOGGLE_PREFIX.key} `));
    const expected = [
      ...Object.entries(COMMAND_KEYS).map(([k, command]) => [k, command, null]),
      ...Object.entries(TOGGLE_KEYS).map(([k, ref]) => [k, 'facilitatorNotes.toggleTag', ref]),
    ].map(([k, command, args]) => [`${TOGGLE_PREFIX.key} ${k}`, `${TOGGLE_PREFIX.mac} ${k}`, command, args]);
    const sorted = (rows: unknown[][]) => rows.map((r) => JSON.stringify(r)).sort();
    assert.deepEqual(sorted(chorded.map((b) => [b.key, b.mac, b.command, b.args ?? null])), sorted(expected));
    assert.equal(chorded.length, 23);
    assert.equal(new Set(chorded.map((b) => b.when)).size, 1);
    assert.equal(bindings.some((b) => b.key === 'ctrl+alt+t' || b.key === 'ctrl+alt+m'), false, 'Ctrl+Alt+T opens a terminal on Linux desktops');
  });

  it(`the prefix clashes with none of the default keybindings VS Code reports (${PLATFORM})`, async () => {
    await vscode.commands.executeCommand('workbench.action.openDefaultKeybindingsFile');
    const doc = vscode.window.activeTextEditor?.document;
    assert.equal(doc?.uri.toString(), 'vscode://defaultsettings/keybindings.json');
    const bindings = [...doc.getText().matchAll(/\{ "key": "([^"]+)",\s*"command": "([^"]+)"/g)].map((m) => ({ key: m[1], command: m[2] }));
    // The defaults are those of the OS the workbench runs on: its Add Cursor Above key tells which.
    assert.deepEqual(bindings.filter((b) => b.command === 'editor.action.insertCursorAbove').map((b) => b.key)[0], CURSOR_ABOVE[PLATFORM]);
    const defaults = bindings.filter((b) => !b.command.startsWith('facilitatorNotes.')).map((b) => b.key);
    assert.ok(defaults.length > 300, `read ${defaults.length} default keybindings`);
    const prefix = PLATFORM === 'mac' ? TOGGLE_PREFIX.mac : TOGGLE_PREFIX.key;
    const clashes = defaults.filter((key) => key === prefix || key.startsWith(`${prefix} `));
    assert.deepEqual(clashes, []);
  });

  it('puts a condition on the paragraph at the cursor in the note\'s language and takes it off again', async () => {
    const editor = await untitled('Het vertrouwen groeit #relatie\n\nDe gemeente twijfelt\nover geld\n', 4);
    assert.equal(await toggle('condition:interests'), true);
    assert.equal(editor.document.getText(), 'Het vertrouwen groeit #relatie\n\nDe gemeente twijfelt\nover geld #belangen\n');
    assert.equal(await toggle('condition:interests'), true);
    assert.equal(editor.document.getText(), 'Het vertrouwen groeit #relatie\n\nDe gemeente twijfelt\nover geld\n');
  });

  it('a phase or level replaces the paragraph\'s other phase or level; conditions add up', async () => {
    const editor = await untitled('Trust grows #relationship #explore\n', 1);
    await toggle('phase:share');
    await toggle('condition:process');
    await toggle('level:watchful');
    assert.equal(editor.document.getText(), 'Trust grows #relationship #share #process #watchful\n');
    await toggle('level:conflict');
    assert.equal(editor.document.getText(), 'Trust grows #relationship #share #process #conflict\n');
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), 'Trust grows #relationship #share #process #watchful\n');
  });

  it('the Tag Observation picker shows each toggle beside its tag', async () => {
    await untitled('Trust grows #relationship\n', 1);
    const { tagging } = (await api()).editor;
    const shown = new Promise<readonly vscode.QuickPickItem[]>((resolve) => {
      const listener = tagging.onDidShowPick(({ items }) => { listener.dispose(); resolve(items); });
    });
    const running = vscode.commands.executeCommand('facilitatorNotes.tagObservation');
    const items = await shown;
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await running;
    const described = (label: string) => items.find((i) => i.label === label)?.description;
    assert.equal(described('#ambition'), 'Ambitie · ⌨ Alt+Shift+T A');
    assert.equal(described('#explore'), 'Verkennen · ⌨ Alt+Shift+T 1');
    assert.equal(described('#conflict'), '⌨ Alt+Shift+T C');
    assert.equal(described('#need/trust'), 'Trust · Vertrouwen · #behoefte/vertrouwen');
    assert.equal(described('#private'), 'Privé · ⌨ Alt+Shift+T X');
    assert.equal(described('#decision'), 'Besluit · ⌨ Alt+Shift+T K');
  });

  it('X makes the paragraph private and K a decision, in the note\'s language; again takes them off', async () => {
    const editor = await untitled('De wethouder twijfelt #relatie\n\nWe kiezen variant B #organisatie\n', 3);
    assert.equal(await toggle('private:private'), true);
    assert.equal(await toggle('decision:decision'), true);
    assert.equal(editor.document.getText(), 'De wethouder twijfelt #relatie\n\nWe kiezen variant B #organisatie #privé #besluit\n');
    const session = (await api()).store.get(editor.document)!;
    assert.deepEqual(session.observations.map((o) => [o.text, o.private, o.decision]), [['De wethouder twijfelt', false, false], ['We kiezen variant B', true, true]]);
    assert.equal(await toggle('private:private'), true);
    assert.equal(editor.document.getText(), 'De wethouder twijfelt #relatie\n\nWe kiezen variant B #organisatie #besluit\n');
  });

  it('N opens the twelve needs in the note\'s language: picking one puts it on, picking it again (checked) takes it off, one undo step each', async () => {
    const editor = await untitled('Het vertrouwen groeit #relatie\n\nDe wethouder wil gehoord worden\n', 3);
    const first = await throughPicker('facilitatorNotes.toggleNeed', 9);
    assert.deepEqual(first.items.map((i) => i.label), ['vrijheid', 'invloed', 'vertrouwen', 'erkenning', 'respect', 'waardering', 'zekerheid', 'veiligheid', 'hoop', 'aandacht', 'steun', 'zorgzaamheid']
      .map((n) => `#behoefte/${n}`));
    assert.deepEqual([first.items[9].description, first.items[9].detail], ['Attention · #need/attention', 'Being seen and heard.']);
    assert.equal(first.done, true);
    assert.equal(editor.document.getText(), 'Het vertrouwen groeit #relatie\n\nDe wethouder wil gehoord worden #behoefte/aandacht\n');
    assert.equal(await vscode.commands.executeCommand('facilitatorNotes.toggleNeed', 'trust'), true);
    assert.equal(editor.document.getText(), 'Het vertrouwen groeit #relatie\n\nDe wethouder wil gehoord worden #behoefte/aandacht #behoefte/vertrouwen\n');
    const again = await throughPicker('facilitatorNotes.toggleNeed', 9);
    assert.deepEqual(again.items.filter((i) => i.label.startsWith('$(check) ')).map((i) => i.label), ['$(check) #behoefte/vertrouwen', '$(check) #behoefte/aandacht']);
    assert.equal(editor.document.getText(), 'Het vertrouwen groeit #relatie\n\nDe wethouder wil gehoord worden #behoefte/vertrouwen\n');
    assert.deepEqual((await api()).store.get(editor.document)!.observations.map((o) => o.needs), [[], ['trust']]);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), 'Het vertrouwen groeit #relatie\n\nDe wethouder wil gehoord worden #behoefte/aandacht #behoefte/vertrouwen\n');
    const dismissed = await throughPicker('facilitatorNotes.toggleNeed', undefined);
    assert.equal(dismissed.done, false);
    // S in notes without participants says how to name them (a message) and changes nothing.
    assert.equal(await vscode.commands.executeCommand('facilitatorNotes.toggleParty'), false);
    assert.equal(editor.document.getText(), 'Het vertrouwen groeit #relatie\n\nDe wethouder wil gehoord worden #behoefte/aandacht #behoefte/vertrouwen\n');
  });

  it('S opens the session\'s participants with their aliases: picking one puts its party tag on, picking it again takes it off, one undo step each', async () => {
    const notes = (tags: string) => `---\ntaal: nl\ndeelnemers:\n  - { name: Gemeente Rivierstad, aliases: [Gemeente] }\n  - Wijkteam Oost\n---\n\nWe willen eerst de cijfers zien #relatie${tags}\n`;
    const editor = await untitled(notes(''), 8);
    const first = await throughPicker('facilitatorNotes.toggleParty', 1);
    assert.deepEqual(first.items.map((i) => [i.label, i.description]), [
      ['Gemeente Rivierstad', 'Gemeente · #partij/gemeente-rivierstad'], ['Wijkteam Oost', '#partij/wijkteam-oost']]);
    assert.equal(first.done, true);
    assert.equal(editor.document.getText(), notes(' #partij/wijkteam-oost'));
    assert.equal(await vscode.commands.executeCommand('facilitatorNotes.toggleParty', 'gemeente'), true);
    assert.equal(editor.document.getText(), notes(' #partij/wijkteam-oost #partij/gemeente-rivierstad'));
    assert.deepEqual((await api()).store.get(editor.document)!.observations.map((o) => o.parties), [['Wijkteam Oost', 'Gemeente Rivierstad']]);
    const again = await throughPicker('facilitatorNotes.toggleParty', 1);
    assert.deepEqual(again.items.map((i) => i.label), ['$(check) Gemeente Rivierstad', '$(check) Wijkteam Oost']);
    assert.equal(editor.document.getText(), notes(' #partij/gemeente-rivierstad'));
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), notes(' #partij/wijkteam-oost #partij/gemeente-rivierstad'));
  });
});
