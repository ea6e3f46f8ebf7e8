// The notes' language decides (issue 24): VS Code runs in English here, yet Dutch notes get a Dutch overview,
// hovers, problems and quick fixes, Thermometer view and status bar. facilitatorNotes.language is auto in
// this suite (the English run's other suites pin it to en) and overrides the notes when set.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { BUILTIN_VOCABULARY } from '../../src/core/vocabulary/vocabulary';
import type { ShownPick } from '../../src/workspace/quickPick';
import { api, openFixture, waitFor } from './helpers';

const SESSION = 'dutch/session.md';

const setLanguage = (value: string) =>
  vscode.workspace.getConfiguration('facilitatorNotes').update('language', value, vscode.ConfigurationTarget.Global);

/** The vocabulary's English labels that differ from the Dutch ones: none may show for Dutch notes. */
const ENGLISH_LABELS = BUILTIN_VOCABULARY.dimensions.flatMap((d) => [d.label, ...d.terms.map((t) => t.label)])
  .filter((l) => l.en !== l.nl).map((l) => l.en);

const englishIn = (text: string): string[] => ENGLISH_LABELS.filter((w) => new RegExp(`\\b${w}\\b`).test(text));

async function firstHoverLine(doc: vscode.TextDocument, line: number, character: number): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(line, character));
  const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).find((t) => t.startsWith('**')) ?? '';
  return text.split('\n\n')[0];
}

/** Runs a picker command and returns what its quick pick showed, closing it as Escape does. */
async function shownPick(command: string, onDidShowPick: vscode.Event<ShownPick>): Promise<ShownPick> {
  const shown = new Promise<ShownPick>((resolve) => {
    const listener = onDidShowPick((pick) => { listener.dispose(); resolve(pick); });
  });
  const running = vscode.commands.executeCommand(command);
  const pick = await shown;
  await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
  await running;
  return pick;
}

const labels = (pick: ShownPick): string[] => pick.items.map((i) => i.label);
const item = (pick: ShownPick, label: string) => {
  const found = pick.items.find((i) => i.label === label);
  return found && [found.description, found.detail];
};

describe('the notes\' language decides, in an English VS Code', () => {
  before(async () => {
    assert.equal(vscode.env.language.startsWith('nl'), false);
    await api();
    await setLanguage('auto');
  });
  after(async () => {
    await setLanguage('en');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('Dutch notes: status bar, its tooltip and the Thermometer view in Dutch', async () => {
    const doc = await openFixture(SESSION);
    const editor = await vscode.window.showTextDocument(doc);
    const { sidebar } = await api();
    editor.selection = new vscode.Selection(10, 0, 10, 0);
    await waitFor(() => sidebar.statusBar.item.text === '$(eye) Waakzaam · 3 observaties', `Dutch status bar; have '${sidebar.statusBar.item.text}'`);
    assert.equal(sidebar.statusBar.item.tooltip, 'De thermometerstand nu. Klik om een stand te noteren.');
    const rows = sidebar.thermometer.rows().map((r) => {
      const item = sidebar.thermometer.getTreeItem(r);
      return [item.label, item.description ?? '', item.command?.title ?? ''];
    });
    assert.deepEqual(rows, [
      ['Begin: Geen stand', '', 'Naar thermometerstand gaan'],
      ['Waakzaam', 'regel 11 · Spanning over geld.', 'Naar thermometerstand gaan'],
      ['Nu: Waakzaam', '', ''],
    ]);
  });

  it('Dutch notes: hovers, problems and quick fixes in Dutch, whatever language a tag is written in', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'Het doel is vaag. #ambitei #verkennen\n\nRonde #ambition #relatie #waakzaam\n' });
    const d = (await waitFor(() => vscode.languages.getDiagnostics(doc.uri).find((x) => x.source === 'Facilitator Notes'), 'the near-miss diagnostic'))!;
    assert.equal(d.message, 'Onbekende tag #ambitei: bedoel je #ambitie?');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
    assert.deepEqual(actions.map((a) => a.title), ['Vervangen door #ambitie']);
    assert.equal(await firstHoverLine(doc, 2, 9), '**Ambitie** · conditie van het samenwerkingsmodel');
    assert.equal(await firstHoverLine(doc, 2, 29), '**Waakzaam** · thermometerstand 2 van 4');
  });

  it('Dutch notes: the overview panel in Dutch, no English label of the model in it', async () => {
    await vscode.window.showTextDocument(await openFixture(SESSION));
    const { overview } = await api();
    await vscode.commands.executeCommand('facilitatorNotes.openOverview');
    const r = (await waitFor(() => overview.current, 'the overview'))!;
    assert.equal(overview.webviewPanel?.title, 'Overzicht: Regiotafel in het Nederlands');
    assert.ok(r.main.includes('<button type="button" data-command="exportPartners">Verslag voor partners…</button>'), r.main.slice(0, 400));
    assert.deepEqual(englishIn(r.main.replace(/<[^>]*>/g, ' ')), []);
  });

  it('Dutch notes: front matter completion offers the Dutch keys not there yet', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '---\ntitel: Stuurgroep\ndatum: 2026-10-06\nde\n---\n\nWe willen één loket. #ambitie #delen\n' });
    await vscode.window.showTextDocument(doc);
    const keys = async () => {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(3, 2));
      return list.items.filter((i) => typeof i.label !== 'string' && i.label.description === 'Front matter')
        .sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
    };
    // The store parses the new notes shortly after they open: until then there is no front matter to complete in.
    const items = (await waitFor(async () => { const found = await keys(); return found.length ? found : undefined; }, 'front matter keys offered'))!;
    assert.deepEqual(items.map((i) => (i.label as vscode.CompletionItemLabel).label), ['facilitator', 'deelnemers', 'fase', 'thermometer', 'taal', 'samenwerking', 'locatie', 'afwezig', 'volgende', 'samenvatting']);
    assert.equal(items[1].insertText, 'deelnemers: ');
    assert.equal(items[1].detail, 'De partijen aan tafel');
  });

  it('Dutch notes: the Group by, filter and Tag Observation pickers in Dutch', async () => {
    const doc = await openFixture(SESSION);
    const editor = await vscode.window.showTextDocument(doc);
    editor.selection = new vscode.Selection(8, 0, 8, 0);
    const { sidebar, editor: { tagging } } = await api();
    await waitFor(() => sidebar.statusBar.item.text.includes('observaties'), 'the Dutch notes to be active');

    const groupBy = await shownPick('facilitatorNotes.groupBy', sidebar.onDidShowPick);
    assert.deepEqual([groupBy.title, groupBy.placeholder], ['Observaties groeperen', 'Kies hoe de weergave Observaties de notities groepeert']);
    assert.deepEqual(labels(groupBy).slice(0, 5), ['Conditie → fase', 'Fase → conditie', 'Thermometerstand', 'Partij → conditie', 'Signaal']);
    assert.equal(groupBy.items[0].description, 'nu gekozen');

    const filter = await shownPick('facilitatorNotes.filter', sidebar.onDidShowPick);
    assert.deepEqual([filter.title, filter.placeholder], ['Observaties filteren', 'Alleen observaties met deze tags tonen (geen aangevinkt: alles tonen)']);
    assert.deepEqual(labels(filter).slice(0, 3), ['Conditie', 'Ambitie', 'Belangen']);
    assert.deepEqual(item(filter, 'Ambitie'), ['Het gezamenlijke doel dat de samenwerking richting geeft.', undefined]);
    assert.ok(labels(filter).includes('Vriendschappelijk'), labels(filter).join(', '));

    const tag = await shownPick('facilitatorNotes.tagObservation', tagging.onDidShowPick);
    assert.deepEqual([tag.title, tag.placeholder], ['Observatie taggen', 'Vink de tags aan die deze alinea moet hebben; niet aangevinkte tags worden verwijderd']);
    assert.deepEqual(labels(tag).slice(0, 2), ['Conditie', '#ambitie']);
    assert.deepEqual(item(tag, '#ambitie'), ['Ambition · ⌨ Alt+Shift+T A', 'Het gezamenlijke doel dat de samenwerking richting geeft.']);
    assert.equal(tag.items.find((i) => i.label === '#ambitie')?.picked, true);
    assert.deepEqual(labels(tag).slice(-3), ['Signaal', '#spraakverwarring', '#schijnsamenwerking']);
    assert.deepEqual(item(tag, '#spraakverwarring'), ['Cross purposes · #cross-purposes', 'De partners gebruiken dezelfde woorden, maar bedoelen er iets anders mee.']);
    assert.equal(doc.isDirty, false);
  });

  it('Dutch notes: the partner preview\'s title in Dutch', async () => {
    await vscode.window.showTextDocument(await openFixture(SESSION));
    const { partnerPreview } = await api();
    await vscode.commands.executeCommand('facilitatorNotes.previewPartnerReport');
    await waitFor(() => partnerPreview.current, 'the preview');
    assert.equal(partnerPreview.panelTitle, 'Verslag voor partners: Regiotafel in het Nederlands');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('facilitatorNotes.language: en overrides Dutch notes', async () => {
    await setLanguage('en');
    try {
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'Het doel is vaag. #ambitie #verkennen\n' });
      assert.equal(await firstHoverLine(doc, 0, 20), '**Ambition** · condition of the collaboration model');
    } finally {
      await setLanguage('auto');
    }
  });
});
