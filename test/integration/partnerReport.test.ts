// The report for the partners covers exactly one session, whatever has the focus (issue 23): the notes
// in the active editor, else the session the panel shows, else the one the user picks; never the workspace.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Exporter } from '../../src/overview/export';
import { renderPartnerReport } from '../../src/core/render/report/partnerReport';
import { api, fixture, openFixture, waitFor } from './helpers';

const FIRST = 'overview/2026-03-02-regiotafel.md';
const SECOND = 'overview/2026-03-16-vervolg.md';

describe('report for partners: one session', () => {
  let dir: string;
  let original: Pick<Exporter, 'askSession' | 'askTarget' | 'askPartnerFormat' | 'notify'>;
  const notified: string[] = [];

  before(async () => {
    const { exporter } = await api();
    original = { askSession: exporter.askSession, askTarget: exporter.askTarget, askPartnerFormat: exporter.askPartnerFormat, notify: exporter.notify };
    exporter.notify = async (message) => {
      notified.push(message);
      return undefined;
    };
  });

  beforeEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fn-partners-'));
    notified.length = 0;
  });

  afterEach(async () => {
    Object.assign((await api()).exporter, { askSession: original.askSession, askTarget: original.askTarget, askPartnerFormat: original.askPartnerFormat });
    fs.rmSync(dir, { recursive: true, force: true });
  });

  after(async () => {
    (await api()).exporter.notify = original.notify;
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  async function expectedReport(relative: string, format: 'html' | 'md', groupBy: 'agenda' | 'condition' = 'agenda'): Promise<string> {
    const a = await api();
    const doc = await vscode.workspace.openTextDocument(fixture(relative));
    return renderPartnerReport({ file: a.store.get(doc)!.file, text: doc.getText() }, { format, lang: 'nl', vocabulary: a.store.vocabulary, groupBy });
  }

  it('with a Markdown preview focused and the panel on a dossier, asks which session (newest first) and writes only that one', async () => {
    const a = await api();
    await a.overview.openDossier('overview');
    await vscode.commands.executeCommand('markdown.showPreview', fixture(FIRST));
    await waitFor(() => vscode.window.activeTextEditor === undefined, 'the Markdown preview to take the focus');
    const offered: string[] = [];
    a.exporter.askSession = async (notes) => {
      offered.push(...notes.map((n) => vscode.workspace.asRelativePath(n.uri)));
      return notes.find((n) => n.uri.path.endsWith(FIRST));
    };
    const target = vscode.Uri.file(path.join(dir, 'verslag.html'));
    const written = await vscode.commands.executeCommand<vscode.Uri>('facilitatorNotes.exportPartnerReport', { target, format: 'html' });
    assert.equal(written?.fsPath, target.fsPath);
    assert.deepEqual(offered.filter((f) => f.startsWith('overview/')), [SECOND, FIRST]);
    const html = fs.readFileSync(target.fsPath, 'utf8');
    assert.equal(html, await expectedReport(FIRST, 'html'));
    assert.ok(html.includes('Regiotafel zorgnetwerk — start'));
    assert.ok(!html.includes('Regiotafel — vervolg'), 'the other session of the dossier stays out');
    assert.deepEqual(notified, [`Report for partners on "Regiotafel zorgnetwerk — start" exported to ${vscode.workspace.asRelativePath(target)}`]);
  });

  it('the notes in the active editor win over the dossier in the panel, without a question; the save dialog names the session', async () => {
    const a = await api();
    await a.overview.openDossier('overview');
    await openFixture(SECOND);
    a.exporter.askSession = async () => assert.fail('asked which session although the editor shows notes');
    const titles: string[] = [];
    const target = vscode.Uri.file(path.join(dir, 'vervolg.md'));
    a.exporter.askTarget = async (options) => {
      titles.push(`${options.title} → ${path.basename(options.defaultUri!.fsPath)}`);
      return target;
    };
    await vscode.commands.executeCommand('facilitatorNotes.exportPartnerReport', { format: 'md' });
    assert.deepEqual(titles, ['Export report for partners: Regiotafel — vervolg → 2026-03-16-vervolg-report.md']);
    assert.equal(fs.readFileSync(target.fsPath, 'utf8'), await expectedReport(SECOND, 'md'));
  });

  it('cancelling the question of which session writes nothing', async () => {
    const a = await api();
    await a.overview.openDossier('overview');
    await vscode.commands.executeCommand('markdown.showPreview', fixture(FIRST));
    await waitFor(() => vscode.window.activeTextEditor === undefined, 'the Markdown preview to take the focus');
    a.exporter.askSession = async () => undefined;
    const target = vscode.Uri.file(path.join(dir, 'none.html'));
    assert.equal(await vscode.commands.executeCommand('facilitatorNotes.exportPartnerReport', { target, format: 'html' }), undefined);
    assert.deepEqual(fs.readdirSync(dir), []);
  });

  it('the facilitator\'s own export says it is for their own use, in the save dialog and the notification', async () => {
    const a = await api();
    await openFixture(FIRST);
    const shown: string[] = [];
    const target = vscode.Uri.file(path.join(dir, 'own.html'));
    a.exporter.askTarget = async (options) => {
      shown.push(options.title ?? '');
      return target;
    };
    await vscode.commands.executeCommand('facilitatorNotes.exportHtml');
    assert.deepEqual(shown, ['Export overview for your own use: contains private notes and coaching']);
    assert.deepEqual(notified, [`Exported to ${vscode.workspace.asRelativePath(target)}, for your own use: contains private notes and coaching`]);
  });

  it('the format question offers each format as the meeting went, then grouped by condition; the pick writes that report', async () => {
    const a = await api();
    await openFixture(FIRST);
    const target = vscode.Uri.file(path.join(dir, 'per-conditie.md'));
    a.exporter.askTarget = async () => target;
    // The quick pick lists HTML, Word, Markdown, then the same grouped by condition: the sixth item.
    const running = vscode.commands.executeCommand<vscode.Uri>('facilitatorNotes.exportPartnerReport');
    await new Promise((r) => setTimeout(r, 800));
    for (let i = 0; i < 5; i++) await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    assert.equal((await running)?.fsPath, target.fsPath);
    const md = fs.readFileSync(target.fsPath, 'utf8');
    assert.equal(md, await expectedReport(FIRST, 'md', 'condition'));
    assert.notEqual(md, await expectedReport(FIRST, 'md'));
  });
});
