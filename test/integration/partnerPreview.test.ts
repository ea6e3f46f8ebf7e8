// Preview Report for Partners (issue 23): exactly the HTML the export writes; "Leave out" marks that notes
// line private as one undoable edit, and the preview follows the notes; "Export…" writes the same session.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { renderPartnerReport } from '../../src/core/render/report/partnerReport';
import type { PreviewRender } from '../../src/overview/partnerPreview';
import { api, waitFor } from './helpers';

const NOTES = [
  '---', 'title: Werkoverleg wijkzorg', 'date: 2026-10-06', 'lang: nl', '---', '# Werkoverleg wijkzorg', '',
  '## Kennismaking', '',
  'De gemeente wil snel starten met de wijkaanpak. #ambitie #verkennen', '',
  '- Huisartsen willen eerst de financiering rond. #belangen', '',
  'Ik vind de wethouder ongeduldig. #privé', '',
  'We starten in november. #besluit', '',
].join('\n');

describe('preview of the report for partners', () => {
  let doc: vscode.TextDocument;

  before(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: NOTES });
    await vscode.window.showTextDocument(doc);
  });

  after(async () => {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  async function expectedReport(): Promise<string> {
    const a = await api();
    return renderPartnerReport({ file: a.store.get(doc)!.file, text: doc.getText() }, { format: 'html', lang: 'nl', vocabulary: a.store.vocabulary });
  }

  async function previewShowing(check: (r: PreviewRender) => boolean, what: string): Promise<PreviewRender> {
    const preview = (await api()).partnerPreview;
    return (await waitFor(() => (preview.current && check(preview.current) ? preview.current : undefined), what))!;
  }

  it('shows exactly what the export writes, with Leave out on each paragraph and list item of the notes', async () => {
    await vscode.commands.executeCommand('facilitatorNotes.previewPartnerReport');
    const shown = await previewShowing(() => true, 'the preview');
    assert.equal(shown.uri.toString(), doc.uri.toString());
    assert.equal(shown.report, await expectedReport());
    assert.deepEqual(shown.lines, [10, 12, 16]);
    assert.ok(!shown.report.includes('wethouder'), 'the private paragraph is not in the report');
    assert.equal((await api()).partnerPreview.panelTitle, 'Report for partners: Werkoverleg wijkzorg');
  });

  it('Leave out adds #privé to that line as one edit, Ctrl+Z takes it away, and the preview follows', async () => {
    const preview = (await api()).partnerPreview;
    await preview.receive({ type: 'leaveOut', line: 12 });
    assert.equal(doc.lineAt(11).text, '- Huisartsen willen eerst de financiering rond. #belangen #privé');
    assert.equal(doc.getText(), NOTES.replace('rond. #belangen', 'rond. #belangen #privé'));
    let shown = await previewShowing((r) => !r.report.includes('Huisartsen'), 'the preview without the item left out');
    assert.deepEqual(shown.lines, [10, 16]);
    assert.equal(shown.report, await expectedReport());
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), NOTES);
    shown = await previewShowing((r) => r.report.includes('Huisartsen'), 'the preview with the item back');
    assert.deepEqual(shown.lines, [10, 12, 16]);
  });

  it('a line no button names is never changed', async () => {
    const preview = (await api()).partnerPreview;
    for (const line of [2, 8, 14, 99, Number.NaN]) await preview.receive({ type: 'leaveOut', line });
    assert.equal(doc.getText(), NOTES);
  });

  it('Export… writes the report of the previewed notes', async () => {
    const a = await api();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fn-preview-'));
    const target = vscode.Uri.file(path.join(dir, 'verslag.html'));
    const original = { format: a.exporter.askPartnerFormat, target: a.exporter.askTarget };
    a.exporter.askPartnerFormat = async () => 'html';
    a.exporter.askTarget = async () => target;
    try {
      await a.partnerPreview.receive({ type: 'export' });
    } finally {
      Object.assign(a.exporter, { askPartnerFormat: original.format, askTarget: original.target });
    }
    assert.equal(fs.readFileSync(target.fsPath, 'utf8'), await expectedReport());
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
