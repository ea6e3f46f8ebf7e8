// The Dutch UI inside a real VS Code: this suite runs only in the Dutch run (FN_LOCALE=nl, npm test's
// "integration-nl" stage), where code-server starts with --locale nl. It checks what users see:
// manifest strings from package.nls.nl.json, l10n bundle strings and the core's Dutch texts.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, expectTreeOutline, extension, openFixture, waitFor } from './helpers';

const SESSION = 'dutch/session.md';

describe('Dutch UI (VS Code display language nl)', () => {
  before(async () => {
    assert.equal(vscode.env.language, 'nl', 'this suite needs the Dutch run: FN_LOCALE=nl npm run test:integration');
    await api();
  });
  after(async () => {
    await (await api()).sidebar.observations.setGrouping('condition');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('takes command titles and view names from package.nls.nl.json and strings from the Dutch l10n bundle', () => {
    const contributes = extension().packageJSON.contributes;
    const title = (id: string) => contributes.commands.find((c: { command: string }) => c.command === id).title;
    assert.deepEqual(title('facilitatorNotes.newSession'), { value: 'Nieuwe sessienotities', original: 'New Session Notes' });
    assert.deepEqual(title('facilitatorNotes.tagObservation'), { value: 'Observatie taggen…', original: 'Tag Observation…' });
    assert.deepEqual(contributes.views.facilitatorNotes.map((v: { name: string }) => v.name), ['Observaties', 'Thermometer', 'Acties']);
    assert.deepEqual(title('facilitatorNotes.carryOver'), { value: 'Openstaande acties meenemen', original: 'Carry Over Open Actions' });
    assert.equal(vscode.l10n.uri?.path.endsWith('/l10n/bundle.l10n.nl.json'), true, `bundle ${vscode.l10n.uri}`);
  });

  it('shows the level now, at the cursor when different, and the count in Dutch in the status bar', async () => {
    const doc = await openFixture(SESSION);
    const editor = await vscode.window.showTextDocument(doc);
    const statusBar = (await api()).sidebar.statusBar;
    editor.selection = new vscode.Selection(4, 0, 4, 0);
    await waitFor(() => statusBar.item.text.includes('Geen stand'), `'Geen stand' in the status bar; have '${statusBar.item.text}'`);
    assert.equal(statusBar.item.text, '$(eye) Waakzaam (cursor: Geen stand) · 3 observaties');
    assert.equal(statusBar.item.tooltip, 'De thermometerstand nu. Klik om een stand te noteren.');
    editor.selection = new vscode.Selection(10, 0, 10, 0);
    await waitFor(() => statusBar.item.text === '$(eye) Waakzaam · 3 observaties', `'$(eye) Waakzaam · 3 observaties' in the status bar; have '${statusBar.item.text}'`);
  });

  it('labels the Observations tree in Dutch, with "Geen fase" for notes before the first phase', async () => {
    await openFixture(SESSION);
    await vscode.commands.executeCommand('facilitatorNotes.groupByPhase');
    await expectTreeOutline([
      'Verkennen [2]', '  Ambitie [1]', '    Het gezamenlijke doel is nog vaag. [regel 9]',
      '  Belangen [1]', '    Spanning over geld. [regel 11]',
      'Geen fase [1]', '  Relatie [1]', '    Iedereen is er op tijd. [regel 5]',
    ], 'the phase grouping in Dutch');
  });

  it('explains tags in Dutch on hover, whatever language the tag is written in', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'Doel #ambitie\n\nRonde #explore\n' });
    const hover = async (line: number) => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(line, 8));
      const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).find((t) => t.startsWith('**')) ?? '';
      return text.split('\n\n')[0];
    };
    assert.equal(await hover(0), '**Ambitie** · conditie van het samenwerkingsmodel');
    assert.equal(await hover(2), '**Verkennen** · fase 1 van 5 van het samenwerkingsproces');
  });

  it('reports a near-miss tag in Dutch and offers a Dutch quick fix', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'Het doel is vaag. #ambitei #verkennen\n' });
    const d = (await waitFor(() => vscode.languages.getDiagnostics(doc.uri).find((x) => x.source === 'Facilitator Notes'), 'the near-miss diagnostic'))!;
    assert.equal(d.message, 'Onbekende tag #ambitei: bedoel je #ambitie?');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
    assert.deepEqual(actions.map((a) => a.title), ['Vervangen door #ambitie']);
  });

  it('speaks English for English notes (issue 24): status bar, Thermometer view, hover, problem and quick fix', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'The goal is vague. #ambitoin #explore\n\nMoney is tight. #watchful #interests\n' });
    const editor = await vscode.window.showTextDocument(doc);
    const { statusBar, thermometer } = (await api()).sidebar;
    editor.selection = new vscode.Selection(2, 0, 2, 0);
    await waitFor(() => statusBar.item.text === '$(eye) Watchful · 2 observations', `English status bar; have '${statusBar.item.text}'`);
    assert.equal(statusBar.item.tooltip, 'Thermometer level now. Click to set the thermometer.');
    assert.deepEqual(thermometer.rows().map((r) => thermometer.getTreeItem(r).label), ['Start: No level', 'Watchful', 'Now: Watchful']);
    const d = (await waitFor(() => vscode.languages.getDiagnostics(doc.uri).find((x) => x.source === 'Facilitator Notes'), 'the near-miss diagnostic'))!;
    assert.equal(d.message, 'Unknown tag #ambitoin: did you mean #ambition?');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
    assert.deepEqual(actions.map((a) => a.title), ['Replace with #ambition']);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(2, 20));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).find((t) => t.startsWith('**')) ?? '';
    assert.equal(text.split('\n\n')[0], '**Watchful** · thermometer level 2 of 4');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('opens the walkthrough\'s sample notes in Dutch, although the workspace\'s most recent notes are English', async () => {
    const title = extension().packageJSON.contributes.commands.find((c: { command: string }) => c.command === 'facilitatorNotes.openSampleNotes').title;
    assert.deepEqual(title, { value: 'Voorbeeldnotities openen', original: 'Open Sample Notes' });
    const uri = await vscode.commands.executeCommand<vscode.Uri>('facilitatorNotes.openSampleNotes');
    // The editor the command showed: a closed untitled document of the same name may linger in textDocuments.
    const doc = vscode.window.activeTextEditor!.document;
    assert.equal(doc.uri.toString(), uri.toString());
    assert.deepEqual(doc.getText().split('\n').slice(1, 4).filter((l) => !l.startsWith('datum')), ['titel: "Voorbeeld: eerste overleg buurtzorg"', 'taal: nl']);
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
