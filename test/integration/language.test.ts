// Language features in a real VS Code: completion, hovers, diagnostics with quick fixes, symbols and
// the team's vocabulary file. Edits happen in untitled documents, so no fixture is ever changed.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { tagHover } from '../../src/core/render/editor/hoverText';
import { BUILTIN_VOCABULARY } from '../../src/core/vocabulary/vocabulary';
import { api, fixture, openFixture } from './helpers';

const VOCABULARY_FILE = '.facilitator-notes.yaml';

const scratch: vscode.TextDocument[] = [];

async function untitled(content: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  await vscode.window.showTextDocument(doc);
  scratch.push(doc);
  return doc;
}

/** Closes the scratch documents without a save prompt. */
async function discardScratch(): Promise<void> {
  for (const doc of scratch.splice(0)) {
    if (doc.isClosed) continue;
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
}

async function completions(doc: vscode.TextDocument, position: vscode.Position, trigger?: string): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, position, trigger);
  return list.items
    .filter((i) => typeof i.label !== 'string' && i.label.label.startsWith('#'))
    .sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
}

const labelOf = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label);
const endOf = (doc: vscode.TextDocument, line: number) => doc.lineAt(line).range.end;

async function hoverText(doc: vscode.TextDocument, position: vscode.Position): Promise<string[]> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position);
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)));
}

/** Resolves when the document's diagnostics satisfy `ok`, checked now and on every change event. */
function diagnosticsWhere(uri: vscode.Uri, ok: (d: vscode.Diagnostic[]) => boolean, what: string): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const current = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Facilitator Notes');
      if (!ok(current)) return false;
      done(); resolve(current);
      return true;
    };
    const timer = setTimeout(() => { done(); reject(new Error(`timed out waiting for diagnostics: ${what}; have ${JSON.stringify(vscode.languages.getDiagnostics(uri).map((d) => d.message))}`)); }, 10_000);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => { if (e.uris.some((u) => u.toString() === uri.toString())) check(); });
    const done = () => { clearTimeout(timer); sub.dispose(); };
    check();
  });
}

async function setTagLanguage(value: string | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('facilitatorNotes').update('tagLanguage', value, vscode.ConfigurationTarget.Global);
}

describe('language features', () => {
  before(async () => { await api(); });
  after(async () => {
    await setTagLanguage(undefined);
    await discardScratch();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    assert.deepEqual(vscode.workspace.textDocuments.filter((d) => d.isUntitled && !d.isClosed).map((d) => d.getText()), []);
  });

  describe('completion', () => {
    it('offers every tag after # grouped by dimension, in the tag language, and the session\'s free tags', async () => {
      await setTagLanguage('en');
      const doc = await openFixture('language/session.md');
      const copy = await untitled(`${doc.getText()}\nMore about it #`);
      const all = await completions(copy, endOf(copy, copy.lineCount - 1), '#');
      assert.deepEqual(all.slice(0, 6).map(labelOf), ['#ambition', '#interests', '#relationship', '#organisation', '#process', '#explore']);
      assert.equal(all.length, BUILTIN_VOCABULARY.dimensions.flatMap((d) => d.terms).length + 1);
      assert.equal(labelOf(all[all.length - 1]), '#budget');
      const ambition = all[0];
      assert.deepEqual(ambition.label, { label: '#ambition', description: 'Condition' });
      assert.equal(ambition.insertText, 'ambition');
      assert.equal(ambition.filterText, 'ambition ambitie');
      assert.equal(ambition.detail, 'The shared goal that gives the partnership direction.');
      const range = ambition.range as { inserting: vscode.Range; replacing: vscode.Range };
      assert.deepEqual([range.inserting.start.line, range.inserting.start.character, range.inserting.end.character], [copy.lineCount - 1, 15, 15]);
      assert.deepEqual([...new Set(all.map((i) => (i.label as vscode.CompletionItemLabel).description))], ['Condition', 'Phase', 'Thermometer', 'Need', 'Signal', 'Private', 'Decision', 'Tag in this session']);

      // The setting spells the tags of notes whose own tags do not tell their language.
      await setTagLanguage('nl');
      const blank = await untitled('More about it #');
      const dutch = await completions(blank, endOf(blank, 0), '#');
      assert.deepEqual(dutch.slice(0, 6).map(labelOf), ['#ambitie', '#belangen', '#relatie', '#organisatie', '#proces', '#verkennen']);
      assert.equal(dutch[0].filterText, 'ambitie ambition');
      assert.equal(labelOf(dutch.find((i) => i.insertText === 'behoefte/vertrouwen')!), '#behoefte/vertrouwen');
    });

    it('offers the needs after #need/ and #behoefte/, replacing the value being typed', async () => {
      await setTagLanguage('en');
      const doc = await untitled('Nobody listens #need/tr\nGeen steun #behoefte/\n');
      const en = await completions(doc, endOf(doc, 0), '/');
      assert.deepEqual(en.map(labelOf), ['#need/freedom', '#need/influence', '#need/trust', '#need/recognition', '#need/respect',
        '#need/appreciation', '#need/certainty', '#need/safety', '#need/hope', '#need/attention', '#need/support', '#need/care']);
      const trust = en[2];
      assert.equal(trust.insertText, 'trust');
      assert.equal(trust.filterText, 'trust vertrouwen');
      const range = trust.range as { inserting: vscode.Range; replacing: vscode.Range };
      assert.deepEqual([range.replacing.start.character, range.replacing.end.character], [21, 23]);
      const nl = await completions(doc, endOf(doc, 1), '/');
      assert.deepEqual(nl.slice(0, 3).map(labelOf), ['#behoefte/vrijheid', '#behoefte/invloed', '#behoefte/vertrouwen']);
    });
  });

  describe('hover', () => {
    it('explains one tag of each dimension in the UI language (English in this host)', async () => {
      assert.equal(vscode.env.language.startsWith('nl'), false, 'this host runs VS Code in English');
      const doc = await openFixture('language/session.md');
      const at = (line: number, tag: string) => new vscode.Position(line, doc.lineAt(line).text.indexOf(tag) + 2);
      const first = async (line: number, tag: string) => (await hoverText(doc, at(line, tag))).find((t) => t.startsWith('**')) ?? '';
      assert.equal(await first(7, '#ambition'), tagHover(BUILTIN_VOCABULARY, 'condition', 'ambition', 'en'));
      assert.equal((await first(7, '#ambition')).split('\n\n')[0], '**Ambition** · condition of the collaboration model');
      assert.equal((await first(5, '#explore')).split('\n\n')[0], '**Explore** · phase 1 of 5 of the collaboration process');
      assert.equal((await first(9, '#waakzaam')).split('\n\n')[0], '**Watchful** · thermometer level 2 of 4');
      assert.equal(await first(9, '#need/trust'), '**Trust** · psychological need\n\nBeing able to rely on the others.\n\nWritten as: `#need/trust` · `#behoefte/vertrouwen` · `#need/vertrouwen`');
      assert.deepEqual(await hoverText(doc, at(7, '#budget')), [], 'a free tag has no hover');
    });

    it('gives the Dutch texts through the same function the hover calls (the Dutch host run checks them through VS Code: dutch.test.ts)', () => {
      const nl = (dimension: string, term: string) => tagHover(BUILTIN_VOCABULARY, dimension, term, 'nl')!.split('\n\n')[0];
      assert.equal(nl('condition', 'ambition'), '**Ambitie** · conditie van het samenwerkingsmodel');
      assert.equal(nl('phase', 'explore'), '**Verkennen** · fase 1 van 5 van het samenwerkingsproces');
      assert.equal(nl('level', 'watchful'), '**Waakzaam** · thermometerstand 2 van 4');
      assert.equal(tagHover(BUILTIN_VOCABULARY, 'need', 'trust', 'nl'), '**Vertrouwen** · psychologische behoefte\n\nOp de ander kunnen bouwen.\n\nGeschreven als: `#behoefte/vertrouwen` · `#need/trust` · `#need/vertrouwen`');
    });
  });

  describe('diagnostics and quick fixes', () => {
    it('flags a near-miss tag while typing, fixes it with the quick fix, and the diagnostic goes away', async () => {
      const doc = await untitled('# Round one\n\nThe goal is vague. #ambitoin #explore\n');
      const [d] = await diagnosticsWhere(doc.uri, (ds) => ds.length === 1, 'the near-miss tag');
      assert.equal(d.message, 'Unknown tag #ambitoin: did you mean #ambition?');
      assert.equal(d.code, 'near-miss-tag');
      assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
      assert.deepEqual([d.range.start.line, d.range.start.character, d.range.end.character], [2, 19, 28]);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
      const fix = actions.find((a) => a.title === 'Replace with #ambition');
      assert.ok(fix?.edit, `quick fix offered; got ${actions.map((a) => a.title).join(' | ')}`);
      assert.equal(fix.isPreferred, true);
      assert.equal(await vscode.workspace.applyEdit(fix.edit), true);
      assert.equal(doc.lineAt(2).text, 'The goal is vague. #ambition #explore');
      await diagnosticsWhere(doc.uri, (ds) => ds.length === 0, 'no diagnostics after the fix');
    });

    it('flags a typo as it is typed and clears it when the text is corrected by hand', async () => {
      const doc = await untitled('Money talk #organisation\n');
      await diagnosticsWhere(doc.uri, (ds) => ds.length === 0, 'a clean start');
      const editor = await vscode.window.showTextDocument(doc);
      await editor.edit((e) => e.insert(endOf(doc, 0), ' #waakzam'));
      const [d] = await diagnosticsWhere(doc.uri, (ds) => ds.length === 1, 'the typo');
      assert.equal(d.message, 'Unknown tag #waakzam: did you mean #waakzaam?');
      await editor.edit((e) => e.insert(endOf(doc, 0), 'x'));
      await diagnosticsWhere(doc.uri, (ds) => ds.length === 1 && ds[0].message.includes('#waakzamx'), 'the typo growing');
      await editor.edit((e) => e.replace(new vscode.Range(0, 25, 0, 34), '#waakzaam'));
      assert.equal(doc.lineAt(0).text, 'Money talk #organisation #waakzaam');
      await diagnosticsWhere(doc.uri, (ds) => ds.length === 0, 'the typo fixed');
    });

    it('offers the known values for an unknown front matter value and applies the chosen one', async () => {
      await setTagLanguage('en');
      const doc = await untitled('---\ntitle: Kick-off\nphase: lunch\n---\n\nFirst notes #ambition\n');
      const [d] = await diagnosticsWhere(doc.uri, (ds) => ds.some((x) => x.code === 'front-matter-field'), 'the front matter value');
      assert.equal(d.range.start.line, 2);
      assert.equal(d.message, 'Unknown phase \'lunch\', ignored: use one of explore, share, agree, shape, execute (or verkennen, delen, overeenkomen, vormgeven, uitvoeren)');
      assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
      assert.deepEqual(actions.map((a) => a.title), ['Change phase to explore', 'Change phase to share', 'Change phase to agree', 'Change phase to shape', 'Change phase to execute']);
      assert.equal(await vscode.workspace.applyEdit(actions[1].edit!), true);
      assert.equal(doc.lineAt(2).text, 'phase: share');
      await diagnosticsWhere(doc.uri, (ds) => ds.length === 0, 'the front matter fixed');
    });
  });

  describe('document symbols', () => {
    it('lists headings with their tags and the tagged observations under them', async () => {
      const doc = await openFixture('language/session.md');
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
      const ours = symbols.filter((s) => s.detail === '#explore');
      assert.equal(ours.length, 1, `our heading symbol; got ${symbols.map((s) => `${s.name}|${s.detail}`).join(', ')}`);
      const shape = (s: vscode.DocumentSymbol): unknown => [s.name, s.detail, s.range.start.line, s.children.map(shape)];
      assert.deepEqual(shape(ours[0]), ['Round one', '#explore', 5, [
        ['The shared goal is still vague.', '#ambition #budget', 7, []],
        ['Tension about money.', '#waakzaam #need/trust', 9, []],
      ]]);
    });
  });

  describe('the team\'s vocabulary file', () => {
    const file = () => fixture(VOCABULARY_FILE);
    const write = (text: string) => vscode.workspace.fs.writeFile(file(), new TextEncoder().encode(text));

    afterEach(async () => {
      try { await vscode.workspace.fs.delete(file()); } catch { /* already gone */ }
      await (await api()).vocabulary.reload();
    });

    it('adds a custom dimension and aliases to completion, and removing the file restores the built-in vocabulary', async () => {
      const { vocabulary, store } = await api();
      await write('aliases:\n  ambition: [ambities]\ndimensions:\n  - id: party\n    label: { en: Party, nl: Partij }\n    prefixes: [party, partij]\n    values: [city, school]\n');
      await vocabulary.reload();
      assert.deepEqual(store.vocabulary.dimensions.map((d) => d.id), ['condition', 'phase', 'level', 'need', 'signal', 'private', 'decision', 'party']);
      await setTagLanguage('en');
      const doc = await untitled('The city says no #');
      const items = await completions(doc, endOf(doc, 0), '#');
      assert.deepEqual(items.filter((i) => (i.label as vscode.CompletionItemLabel).description === 'Party').map(labelOf), ['#party/city', '#party/school']);
      assert.equal(items[0].filterText, 'ambition ambitie ambities');
      const session = store.get(await untitled('Budget #partij/school #ambities\n'))!;
      assert.deepEqual(session.observations[0].facets, { party: ['school'] });
      assert.deepEqual(session.observations[0].conditions, ['ambition']);

      await vscode.workspace.fs.delete(file());
      await vocabulary.reload();
      assert.deepEqual(store.vocabulary.dimensions.map((d) => d.id), ['condition', 'phase', 'level', 'need', 'signal', 'private', 'decision', 'party']);
      const after = await completions(doc, endOf(doc, 0), '#');
      assert.equal(after.some((i) => labelOf(i).startsWith('#party/')), false);
    });

    it('reports a broken file in that file while the built-in vocabulary keeps working', async () => {
      const { vocabulary, store } = await api();
      await write('# typo below\nneeds: maybe\n');
      await vocabulary.reload();
      const ds = await diagnosticsWhere(file(), (x) => x.length === 1, 'the vocabulary file\'s error');
      assert.deepEqual(ds.map((d) => [d.range.start.line, d.range.start.character, d.range.end.character, d.message, d.severity]), [
        [1, 7, 12, 'Invalid input: expected boolean, received string', vscode.DiagnosticSeverity.Error],
      ]);
      assert.deepEqual(store.vocabulary, BUILTIN_VOCABULARY);
      const doc = await untitled('Still working #');
      assert.equal((await completions(doc, endOf(doc, 0), '#')).length, 30);

      await write('aliases:\n  ambition: [ambities]\n');
      await vocabulary.reload();
      await diagnosticsWhere(file(), (x) => x.length === 0, 'the fixed vocabulary file');
      assert.deepEqual(store.vocabulary.dimensions[0].terms[0].aliases, ['ambition', 'ambitie', 'ambities']);
    });
  });
});
