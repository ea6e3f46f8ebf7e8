// The notes' language decides for the exports' questions and messages too (issue 24): in an English VS Code,
// Dutch notes get the format questions, save dialogs, notifications, the Replace question, write errors, the
// large-file messages, the preview's buttons and the Markdown preview's chips in Dutch, English notes in English. Without notes active, a
// message (and the walkthrough's sample notes) speaks the language of the workspace's most recent notes.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { BUILTIN_VOCABULARY } from '../../src/core/vocabulary/vocabulary';
import type { Exporter } from '../../src/overview/export';
import type { Message } from '../../src/workspace/messages';
import type { ShownPick } from '../../src/workspace/quickPick';
import { api, fixture, openFixture, waitFor } from './helpers';

const DUTCH = 'dutch/session.md';
const ENGLISH = 'actions/keyed/2026-05-01-keyed.md';
/** Dutch notes dated after every other notes of the workspace: written by a test, removed after it. */
const LATEST_DUTCH = 'dutch/2026-12-01-later.md';

const setSetting = (key: string, value: unknown) =>
  vscode.workspace.getConfiguration('facilitatorNotes').update(key, value, vscode.ConfigurationTarget.Global);

type Dialogs = Pick<Exporter, 'askTarget' | 'notify' | 'askPartnerFormat' | 'confirmOverwrite'>;

/** Runs a command and returns what its first quick pick showed, closing it as Escape does. */
async function shownPick(run: () => Thenable<unknown>): Promise<ShownPick> {
  const { exporter } = await api();
  const shown = new Promise<ShownPick>((resolve) => {
    const listener = exporter.onDidShowPick((pick) => { listener.dispose(); resolve(pick); });
  });
  const running = run();
  const pick = await shown;
  await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
  await running;
  return pick;
}

const described = (pick: ShownPick) => pick.items.map((i) => [i.label, i.description ?? '']);

describe('the exports\' questions and messages speak the notes\' language, in an English VS Code', () => {
  let dir: string;
  let original: Dialogs;
  let originalShow: (m: Message) => Thenable<string | undefined>;
  /** What the save dialogs, notifications and messages said; `answer` answers the messages. */
  const seen: { dialogs: vscode.SaveDialogOptions[]; notified: string[][]; messages: Message[] } = { dialogs: [], notified: [], messages: [] };
  let answer: string | undefined;

  before(async () => {
    assert.equal(vscode.env.language.startsWith('nl'), false);
    const a = await api();
    original = { askTarget: a.exporter.askTarget, notify: a.exporter.notify, askPartnerFormat: a.exporter.askPartnerFormat, confirmOverwrite: a.exporter.confirmOverwrite };
    originalShow = a.messages.show;
    await setSetting('language', 'auto');
  });

  beforeEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fn-export-lang-'));
    Object.assign(seen, { dialogs: [], notified: [], messages: [] });
    answer = undefined;
    const a = await api();
    a.exporter.askTarget = async (options) => (seen.dialogs.push(options), undefined);
    a.exporter.notify = async (message, ...items) => (seen.notified.push([message, ...items]), undefined);
    a.messages.show = async (message) => (seen.messages.push(message), answer);
  });

  afterEach(async () => {
    const a = await api();
    Object.assign(a.exporter, original);
    a.messages.show = originalShow;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  after(async () => {
    await setSetting('language', 'en');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('Dutch notes: the partner report\'s format question, save dialog and notification in Dutch', async () => {
    await openFixture(DUTCH);
    const pick = await shownPick(() => vscode.commands.executeCommand('facilitatorNotes.exportPartnerReport'));
    assert.deepEqual([pick.title, pick.placeholder], ['Verslag voor partners exporteren: Regiotafel in het Nederlands', 'Formaat van het verslag']);
    assert.deepEqual(described(pick), [
      ['HTML', 'één bestand dat je in elke browser opent en afdrukt'],
      ['Word (.docx)', 'koppen, lijsten en tabellen om in Word te bewerken'],
      ['Markdown', 'platte tekst met koppen en tabellen'],
      ['HTML, per conditie', 'wat er besproken is, per conditie van het model'],
      ['Word (.docx), per conditie', 'wat er besproken is, per conditie van het model'],
      ['Markdown, per conditie', 'wat er besproken is, per conditie van het model'],
    ]);
    const target = vscode.Uri.file(path.join(dir, 'verslag.md'));
    (await api()).exporter.askTarget = async (options) => (seen.dialogs.push(options), target);
    await vscode.commands.executeCommand('facilitatorNotes.exportPartnerReport', { format: 'md' });
    assert.deepEqual(seen.dialogs.map((d) => [d.title, d.saveLabel, d.filters]), [
      ['Verslag voor partners exporteren: Regiotafel in het Nederlands', 'Exporteren', { Markdown: ['md'] }],
    ]);
    assert.deepEqual(seen.notified, [[`Verslag voor partners over "Regiotafel in het Nederlands" geëxporteerd naar ${vscode.workspace.asRelativePath(target)}`, 'Openen']]);
  });

  it('English notes: the partner report\'s format question, save dialog and notification in English', async () => {
    await openFixture(ENGLISH);
    const pick = await shownPick(() => vscode.commands.executeCommand('facilitatorNotes.exportPartnerReport'));
    assert.deepEqual([pick.title, pick.placeholder], ['Export report for partners: Keyed start', 'Format of the report']);
    assert.deepEqual(described(pick).slice(0, 4), [
      ['HTML', 'one file that opens and prints in any browser'],
      ['Word (.docx)', 'headings, lists and tables to edit in Word'],
      ['Markdown', 'plain text with headings and tables'],
      ['HTML, grouped by condition', 'what was discussed, per condition of the model'],
    ]);
    const target = vscode.Uri.file(path.join(dir, 'report.html'));
    (await api()).exporter.askTarget = async (options) => (seen.dialogs.push(options), target);
    await vscode.commands.executeCommand('facilitatorNotes.exportPartnerReport', { format: 'html' });
    assert.deepEqual(seen.dialogs.map((d) => [d.title, d.saveLabel]), [['Export report for partners: Keyed start', 'Export']]);
    assert.deepEqual(seen.notified, [[`Report for partners on "Keyed start" exported to ${vscode.workspace.asRelativePath(target)}`, 'Open']]);
  });

  it('the overview\'s, the dossier\'s and the REFI-QDA export\'s save dialogs and the questions of the dossier and REFI-QDA exports follow the notes', async () => {
    const dialogsOf = async (notes: string) => {
      await openFixture(notes);
      seen.dialogs.length = 0;
      await vscode.commands.executeCommand('facilitatorNotes.exportCsv');
      await vscode.commands.executeCommand('facilitatorNotes.exportDossier', { format: 'md' });
      await vscode.commands.executeCommand('facilitatorNotes.exportQdpx', { scope: 'session', includePrivate: false });
      const picks = [
        await shownPick(() => vscode.commands.executeCommand('facilitatorNotes.exportDossier')),
        await shownPick(() => vscode.commands.executeCommand('facilitatorNotes.exportQdpx')),
        await shownPick(() => vscode.commands.executeCommand('facilitatorNotes.exportQdpx', { scope: 'session' })),
      ];
      return { dialogs: seen.dialogs.map((d) => [d.title, d.saveLabel, d.filters]), picks: picks.map((p) => [p.title, p.placeholder, ...described(p).flat()]) };
    };
    assert.deepEqual(await dialogsOf(DUTCH), {
      dialogs: [
        ['Overzicht voor eigen gebruik exporteren: bevat privénotities en coaching', 'Exporteren', { 'CSV (kommagescheiden)': ['csv'] }],
        ['Dossier exporteren', 'Exporteren', { MD: ['md'] }],
        ['Notities voor kwalitatieve analyse exporteren', 'Exporteren', { 'REFI-QDA': ['qdpx'] }],
      ],
      picks: [
        ['Dossier exporteren', 'Formaat van het dossier', 'Markdown', '', 'HTML', '', 'JSON', ''],
        ['Notities voor kwalitatieve analyse exporteren', 'Welke notities?', 'Alle notities in de werkruimte', '', 'De samenwerking van de actieve notities', '', 'Alleen de actieve notities', ''],
        ['Notities voor kwalitatieve analyse exporteren', 'Ook privénotities?', 'Privénotities weglaten', 'om te delen met onderzoekers of partners', 'Privénotities meenemen', 'alleen voor je eigen analyse'],
      ],
    });
    assert.deepEqual(await dialogsOf(ENGLISH), {
      dialogs: [
        ['Export overview for your own use: contains private notes and coaching', 'Export', { 'CSV (comma-separated)': ['csv'] }],
        ['Export dossier', 'Export', { MD: ['md'] }],
        ['Export for qualitative analysis', 'Export', { 'REFI-QDA': ['qdpx'] }],
      ],
      picks: [
        ['Export dossier', 'Format of the dossier', 'Markdown', '', 'HTML', '', 'JSON', ''],
        ['Export for qualitative analysis', 'Which notes?', 'All notes in the workspace', '', 'The collaboration of the active notes', '', 'The active notes only', ''],
        ['Export for qualitative analysis', 'Private notes too?', 'Leave private notes out', 'for sharing with researchers or partners', 'Include private notes', 'for your own analysis only'],
      ],
    });
    assert.deepEqual(seen.messages, [], 'no error on the way');
  });

  it('the Replace question and a write error in the notes\' language; nothing is replaced unasked', async () => {
    const a = await api();
    const questions = async (notes: string) => {
      const doc = await openFixture(notes);
      const taken = path.join(dir, `${path.basename(notes, '.md')}.html`);
      fs.writeFileSync(taken, 'mine');
      seen.messages.length = 0;
      answer = undefined;
      await vscode.commands.executeCommand('facilitatorNotes.exportHtml', { target: vscode.Uri.file(taken) });
      await vscode.commands.executeCommand('facilitatorNotes.exportDossier', { format: 'html', target: vscode.Uri.file(taken) });
      assert.equal(fs.readFileSync(taken, 'utf8'), 'mine');
      // Untrusted, an export outside the workspace's folders is refused.
      a.trust.isTrusted = () => false;
      try {
        await vscode.commands.executeCommand('facilitatorNotes.exportPartnerReport', { source: doc.uri, format: 'md', target: vscode.Uri.file(path.join(dir, 'new.md')) });
      } finally {
        a.trust.isTrusted = () => vscode.workspace.isTrusted;
      }
      assert.ok(!fs.existsSync(path.join(dir, 'new.md')));
      return seen.messages.map((m) => [m.kind, m.text, ...(m.items ?? []), m.modal ?? false]);
    };
    assert.deepEqual(await questions(DUTCH), [
      ['warning', 'session.html bestaat al. Wil je het vervangen?', 'Vervangen', true],
      ['warning', 'session.html bestaat al. Wil je het vervangen?', 'Vervangen', true],
      ['error', `Kan ${path.join(dir, 'new.md')} niet schrijven: in een werkruimte die je niet vertrouwt, komen exports alleen in de mappen ervan`, false],
    ]);
    assert.deepEqual(await questions(ENGLISH), [
      ['warning', '2026-05-01-keyed.html already exists. Do you want to replace it?', 'Replace', true],
      ['warning', '2026-05-01-keyed.html already exists. Do you want to replace it?', 'Replace', true],
      ['error', `Could not write ${path.join(dir, 'new.md')}: in a workspace you have not trusted, exports are written only inside its folders`, false],
    ]);
  });

  /** Runs `check` while the workspace's most recent notes are Dutch (dated after every fixture), then removes them. */
  async function withLatestDutchNotes(check: () => Promise<void>): Promise<void> {
    const { store } = await api();
    const later = fixture(LATEST_DUTCH);
    const listed = async () => (await store.workspaceSummaries()).find((n) => n.uri.toString() === later.toString());
    fs.writeFileSync(later.fsPath, '---\ntitel: Later overleg\ndatum: 2026-12-01\n---\n\nHet doel is helder. #ambitie #delen\n');
    try {
      // The watcher may see the file first as created empty: wait until the index has read it whole.
      await waitFor(async () => (await listed())?.session.lang === 'nl', 'the new notes in the workspace', 10_000);
      await check();
    } finally {
      fs.rmSync(later.fsPath, { force: true });
      await waitFor(async () => !await listed(), 'the new notes gone from the workspace', 10_000);
    }
  }

  it('with no notes open: the session question and "open a notes file first" in the language of the workspace\'s most recent notes', async () => {
    const noNotes = async () => {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      seen.messages.length = 0;
      const pick = await shownPick(() => vscode.commands.executeCommand('facilitatorNotes.exportPartnerReport'));
      await vscode.commands.executeCommand('facilitatorNotes.tagObservation');
      await waitFor(() => seen.messages.length > 0, 'the message');
      return [pick.title, pick.placeholder, ...seen.messages.map((m) => m.text)];
    };
    // The fixtures' most recent notes (custom/2026-05-04-custom.md) are English.
    assert.deepEqual(await noNotes(), ['Export report for partners', 'Which session is the report about?', 'Open a notes file first.']);
    await withLatestDutchNotes(async () => {
      assert.deepEqual(await noNotes(), ['Verslag voor partners exporteren', 'Over welke sessie gaat het verslag?', 'Open eerst een notitiebestand.']);
    });
  });

  it('with no notes open: Carry Over Open Actions\' message in the language of the workspace\'s most recent notes', async () => {
    const carried = async () => {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      seen.messages.length = 0;
      assert.equal(await vscode.commands.executeCommand('facilitatorNotes.carryOver'), 0);
      await waitFor(() => seen.messages.length > 0, 'the message');
      return seen.messages.map((m) => `${m.kind}: ${m.text}`);
    };
    assert.deepEqual(await carried(), ['info: Open the new session notes to carry open actions into.']);
    await withLatestDutchNotes(async () => {
      assert.deepEqual(await carried(), ['info: Open eerst de notities van de nieuwe sessie: daar komen de openstaande acties in.']);
    });
  });

  it('the walkthrough\'s sample notes: Dutch when the workspace\'s most recent notes are, else English (VS Code being English)', async () => {
    const sample = async () => {
      const uri = await vscode.commands.executeCommand<vscode.Uri>('facilitatorNotes.openSampleNotes');
      // The editor the command showed: a closed untitled document of the same name may linger in textDocuments.
      const doc = vscode.window.activeTextEditor!.document;
      assert.equal(doc.uri.toString(), uri.toString());
      assert.equal(doc.isUntitled, true, 'nothing is written until the facilitator saves');
      const lines = doc.getText().split('\n');
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      return [lines[1], lines[3], lines[9], lines[13], lines[15]];
    };
    assert.deepEqual(await sample(), ['title: "Sample: first meeting on care in the neighbourhood"', 'lang: en',
      '# Sample: first meeting on care in the neighbourhood', '## Getting acquainted #explore',
      'The municipality wants older residents to keep living in their own neighbourhood for longer. #ambition']);
    await withLatestDutchNotes(async () => {
      assert.deepEqual(await sample(), ['titel: "Voorbeeld: eerste overleg buurtzorg"', 'taal: nl',
        '# Voorbeeld: eerste overleg buurtzorg', '## Kennismaking #verkennen',
        'De gemeente wil dat ouderen langer in hun eigen wijk kunnen blijven wonen. #ambitie']);
    });
  });

  it('a file above facilitatorNotes.maxLiveParseBytes: the status bar\'s hint and the tag command\'s warning in the notes\' language', async () => {
    const { sidebar } = await api();
    await setSetting('maxLiveParseBytes', 100);
    const large = async (name: string, content: string, counted: string) => {
      seen.messages.length = 0;
      // Large notes as opened from disk (read whole then), with a change not saved yet.
      const file = path.join(dir, `${name}.md`);
      fs.writeFileSync(file, content);
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
      await vscode.window.showTextDocument(doc);
      const edit = new vscode.WorkspaceEdit();
      edit.insert(doc.uri, new vscode.Position(0, 0), ' ');
      await vscode.workspace.applyEdit(edit);
      assert.equal(doc.isDirty, true, 'the change is not saved');
      const item = sidebar.statusBar.item;
      await waitFor(() => item.text.endsWith(`${counted} $(history)`), `the status bar of large notes; have '${item.text}'`);
      const tooltip = item.tooltip;
      await vscode.commands.executeCommand('facilitatorNotes.tagObservation');
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      return [tooltip, ...seen.messages.map((m) => `${m.kind}: ${m.text}`)];
    };
    try {
      assert.deepEqual(await large('groot', `Het doel is nog vaag voor iedereen aan tafel. #ambitie #verkennen\n\n${'Wie doet wat? #proces\n\n'.repeat(5)}`, 'observaties'), [
        'De thermometerstand nu. Klik om een stand te noteren.\n\nDit bestand is te groot om bij te houden terwijl je typt: de zijbalk werkt bij wanneer je opslaat (instelling facilitatorNotes.maxLiveParseBytes).',
        'warning: Dit bestand is te groot om tijdens het typen opnieuw te lezen: sla het eerst op en tag dan.',
      ]);
      assert.deepEqual(await large('large', `The goal is still vague for everyone. #ambition #explore\n\n${'Who does what? #process\n\n'.repeat(5)}`, 'observations'), [
        'Thermometer level now. Click to set the thermometer.\n\nThis file is larger than facilitatorNotes.maxLiveParseBytes: the sidebar updates when you save.',
        'warning: This file is too large to re-read while typing: save it first, then tag.',
      ]);
    } finally {
      await setSetting('maxLiveParseBytes', undefined);
    }
  });

  it('Rename Tag…, Merge Tags… and Split Tag…: their refusals in the notes\' language; nothing changes', async () => {
    const refusals = async (notes: string) => {
      const text = (await openFixture(notes)).getText();
      seen.messages.length = 0;
      const results = [
        await vscode.commands.executeCommand('facilitatorNotes.renameTag', { from: 'ambitie', preview: false }),
        await vscode.commands.executeCommand('facilitatorNotes.renameTag', { from: 'geldzorg', to: 'geld zorg', preview: false }),
        await vscode.commands.executeCommand('facilitatorNotes.renameTag', { from: 'nergens-gebruikt', to: 'ook-niet', preview: false }),
        await vscode.commands.executeCommand('facilitatorNotes.mergeTags', { from: 'budget', to: 'budget', preview: false }),
        await vscode.commands.executeCommand('facilitatorNotes.splitTag', { from: 'budget', into: ['geld'] }),
      ];
      await waitFor(() => seen.messages.length === 5, 'the five refusals');
      assert.deepEqual(results, [false, false, false, false, false]);
      assert.equal((await openFixture(notes)).getText(), text);
      return seen.messages.map((m) => [m.kind, m.text, ...(m.items ?? [])]);
    };
    assert.deepEqual(await refusals(DUTCH), [
      ['warning', '#ambitie is een term van het model: de schrijfwijzen komen uit de woordenlijst. Zet je eigen schrijfwijze liever onder aliases in .facilitator-notes.yaml.'],
      ['warning', 'Een tag bestaat uit letters, cijfers, - en _, zonder spaties.'],
      ['warning', 'Geen enkele notitie gebruikt deze tag.'],
      ['warning', 'Kies twee verschillende tags om samen te voegen.'],
      ['warning', 'Noem twee of meer nieuwe tags, anders dan de tag zelf.'],
    ]);
    assert.deepEqual(await refusals(ENGLISH), [
      ['warning', '#ambition is a term of the model: its spellings come from the vocabulary. Add your spelling under aliases in .facilitator-notes.yaml instead.'],
      ['warning', 'A tag is letters, digits, - and _, without spaces.'],
      ['warning', 'No notes use this tag.'],
      ['warning', 'Choose two different tags to merge.'],
      ['warning', 'Name two or more new tags, other than the tag itself.'],
    ]);
  });

  it('Rename Tag… with errors in the team vocabulary file: the refusal in the notes\' language', async () => {
    const file = path.join(vscode.workspace.workspaceFolders![0].uri.fsPath, '.facilitator-notes.yaml');
    fs.writeFileSync(file, 'dimensions: [\n');
    try {
      const refusal = async (notes: string) => {
        await openFixture(notes);
        seen.messages.length = 0;
        assert.equal(await vscode.commands.executeCommand('facilitatorNotes.renameTag', { from: 'budget', to: 'geld', preview: false }), false);
        await waitFor(() => seen.messages.length > 0, 'the refusal');
        return seen.messages.map((m) => m.text);
      };
      // The YAML parser's own words stay as it writes them.
      const parser = 'Flow sequence in block collection must be sufficiently indented and end with a ]';
      assert.deepEqual(await refusal(DUTCH), [`De woordenlijst in .facilitator-notes.yaml, regel 2 bevat fouten, dus er is geen tag gewijzigd: YAML-syntaxis: ${parser}`]);
      assert.deepEqual(await refusal(ENGLISH), [`The vocabulary in .facilitator-notes.yaml, line 2 has errors, so no tag was changed: YAML syntax: ${parser}`]);
    } finally {
      fs.rmSync(file, { force: true });
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.fsPath === file);
      if (doc) await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
  });

  it('Present to the Room: the status bar\'s text and tooltip and the panel\'s switch in the notes\' language', async () => {
    const a = await api();
    const presenting = async (notes: string) => {
      await openFixture(notes);
      await vscode.commands.executeCommand('facilitatorNotes.openOverviewToSide');
      await openFixture(notes);
      const off = a.sidebar.presenting.item.tooltip;
      await vscode.commands.executeCommand('facilitatorNotes.presentToRoom');
      try {
        const shown = await waitFor(() => (a.overview.current?.presenting ? a.overview.current : undefined), 'the panel presenting');
        return [off, a.sidebar.presenting.item.text, a.sidebar.presenting.item.tooltip, /<button[^>]*>([^<]*)<\/button>/.exec(shown!.main)?.[1]];
      } finally {
        a.room.toggle(false);
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      }
    };
    assert.deepEqual(await presenting(DUTCH), [
      'Aan de zaal presenteren: privénotities, coaching en aandachtspunten verbergen',
      '$(device-desktop) Je presenteert aan de zaal',
      'Privénotities zijn verborgen. Klik om te stoppen met presenteren.',
      'Presentatie stoppen',
    ]);
    assert.deepEqual(await presenting(ENGLISH), [
      'Present to the Room: hide private notes, coaching and hints',
      '$(device-desktop) Presenting to the room',
      'Private notes are hidden. Click to stop presenting.',
      'Stop presenting',
    ]);
  });

  it('the partner preview\'s buttons in the notes\' language', async () => {
    const { partnerPreview } = await api();
    const buttons = async (notes: string) => {
      await openFixture(notes);
      await vscode.commands.executeCommand('facilitatorNotes.previewPartnerReport');
      const shown = (await waitFor(() => (partnerPreview.current?.uri.path.endsWith(notes) ? partnerPreview.current : undefined), 'the preview'))!;
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      return [...new Set([...shown.page.matchAll(/<button type="button"[^>]*>([^<]*)<\/button>/g)].map((m) => m[1]))];
    };
    assert.deepEqual(await buttons(DUTCH), ['Exporteren…', 'Weglaten']);
    assert.deepEqual(await buttons(ENGLISH), ['Export…', 'Leave out']);
  });

  it('the Markdown preview\'s chips in the notes\' language (VS Code\'s preview names the notes in its render env)', async () => {
    const summary = (id: string) => BUILTIN_VOCABULARY.dimensions.find((d) => d.id === 'condition')!.terms.find((t) => t.id === id)!.summary;
    const chipTitle = async (notes: string, tag: string) => {
      // VS Code's own Markdown renderer, given the notes' document as its preview does.
      const html = await vscode.commands.executeCommand<string>('markdown.api.render', await openFixture(notes));
      return new RegExp(`<span class="[^"]*" title="([^"]*)">${tag}</span>`).exec(html)?.[1];
    };
    assert.equal(await chipTitle(DUTCH, '#ambitie'), `Conditie: Ambitie. ${summary('ambition').nl}`);
    assert.equal(await chipTitle(ENGLISH, '#relationship'), `Condition: Relationship. ${summary('relationship').en}`);
  });
});

describe('New Session Notes asks in the language the new notes will be written in, in an English VS Code', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await setSetting('files', undefined);
  });

  /** The start question of New Session Notes: its title, placeholder and last item (label and description). */
  async function startQuestion(): Promise<string[]> {
    const { editor, store } = await api();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await waitFor(async () => (await store.workspaceSummaries()).length > 0, 'the workspace\'s notes');
    const shown = new Promise<ShownPick>((resolve) => {
      const listener = editor.newSession.onDidShowPick((pick) => { listener.dispose(); resolve(pick); });
    });
    const running = vscode.commands.executeCommand('facilitatorNotes.newSession');
    const pick = await shown;
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.equal(await running, undefined, 'dismissed: nothing written');
    const last = pick.items.at(-1)!;
    return [pick.title, pick.placeholder, String(pick.items[0].label).split(' ').slice(0, 3).join(' '), last.label, last.description ?? ''];
  }

  it('English notes: English; only Dutch notes in the workspace: Dutch', async () => {
    assert.deepEqual(await startQuestion(), ['New Session Notes', 'Continue a collaboration, or start empty notes', 'Next session of', 'Empty notes', 'a new collaboration']);
    await setSetting('files', 'dutch/**/*.md');
    const { store } = await api();
    await waitFor(async () => (await store.workspaceSummaries()).every((n) => n.uri.path.includes('/dutch/')), 'only the Dutch notes in the workspace', 10_000);
    assert.deepEqual(await startQuestion(), ['Nieuwe sessienotities', 'Kies een samenwerking om mee verder te gaan, of begin met lege notities', 'Volgende sessie van', 'Lege notities', 'een nieuwe samenwerking']);
  });
});

