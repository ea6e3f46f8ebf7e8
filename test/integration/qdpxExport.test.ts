// "Export for Qualitative Analysis (REFI-QDA)…" in a real VS Code: the project is written, unzips and parses,
// holds the scope's sessions, leaves private notes out unless asked, and never replaces a file unasked.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { DOMParser } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';
import type { QdpxExportArgs } from '../../src/overview/qdpxExport';
import { api, fixture, openFixture, waitFor } from './helpers';

const NOTES = 'overview/2026-03-02-regiotafel.md';

function read(file: string): { doc: Document; sources: string } {
  const entries = unzipSync(fs.readFileSync(file));
  const text = (name: string) => new TextDecoder().decode(entries[name]);
  const sources = Object.keys(entries).filter((n) => n.startsWith('sources/')).map(text).join('\n');
  return { doc: new DOMParser().parseFromString(text('project.qde'), 'text/xml') as unknown as Document, sources };
}

const exportQdpx = (args: QdpxExportArgs) => vscode.commands.executeCommand<vscode.Uri | undefined>('facilitatorNotes.exportQdpx', args);

describe('export for qualitative analysis (REFI-QDA)', () => {
  let dir: string;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fn-qdpx-'));
  });

  after(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('writes the active session as a project that parses: one source, its observations as coded selections, private text only when asked', async () => {
    // An untitled copy with a private remark added, so nothing can reach the fixture on disk.
    const content = `${fs.readFileSync(fixture(NOTES).fsPath, 'utf8')}\nJan drijft zijn kastanjes door. #privé #relatie\n`;
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content });
    await vscode.window.showTextDocument(doc);
    const session = await waitFor(async () => (await api()).store.get(doc), 'the notes parsed');
    const hidden = session!.observations.filter((x) => x.private).map((o) => o.text);
    assert.deepEqual(hidden, ['Jan drijft zijn kastanjes door.']);
    const target = vscode.Uri.file(path.join(dir, 'session.qdpx'));
    const written = await exportQdpx({ scope: 'session', includePrivate: false, target });
    assert.equal(written?.fsPath, target.fsPath);
    const { doc: project, sources } = read(target.fsPath);
    assert.equal(project.documentElement.namespaceURI, 'urn:QDA-XML:project:1.0');
    assert.deepEqual(Array.from(project.getElementsByTagName('TextSource')).map((s) => s.getAttribute('name')), [session!.title]);
    const shared = session!.observations.filter((x) => !x.private);
    assert.equal(shared.length, 8);
    for (const o of shared) assert.ok(sources.includes(o.text), o.text);
    assert.ok(!sources.includes('kastanjes'));
    const all = vscode.Uri.file(path.join(dir, 'session-all.qdpx'));
    await exportQdpx({ scope: 'session', includePrivate: true, target: all });
    assert.ok(read(all.fsPath).sources.includes('Jan drijft zijn kastanjes door.'));
  });

  it('refuses notes private as a whole unless private notes are included, and writes nothing', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '---\ntitle: Overnameplan\nprivé: ja\n---\n\nWe praten over kastanjes. #relatie\n' });
    await vscode.window.showTextDocument(doc);
    await waitFor(async () => (await api()).store.get(doc)?.private, 'the notes parsed');
    const target = vscode.Uri.file(path.join(dir, 'secret.qdpx'));
    assert.equal(await exportQdpx({ scope: 'session', includePrivate: false, target }), undefined);
    assert.ok(!fs.existsSync(target.fsPath));
    assert.equal((await exportQdpx({ scope: 'session', includePrivate: true, target }))?.fsPath, target.fsPath);
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('writes every session of the workspace', async () => {
    const target = vscode.Uri.file(path.join(dir, 'workspace.qdpx'));
    await exportQdpx({ scope: 'workspace', includePrivate: false, target });
    const sessions = await (await api()).store.workspaceSessions();
    assert.ok(sessions.length > 3);
    assert.deepEqual(Array.from(read(target.fsPath).doc.getElementsByTagName('TextSource')).map((s) => s.getAttribute('name')), sessions.map((s) => s.title || s.file));
  });

  it('replaces an existing file only when the question is answered yes', async () => {
    const a = await api();
    const original = a.exporter.confirmOverwrite;
    const target = vscode.Uri.file(path.join(dir, 'taken.qdpx'));
    fs.writeFileSync(target.fsPath, 'mine');
    try {
      await openFixture(NOTES);
      a.exporter.confirmOverwrite = async () => false;
      assert.equal(await exportQdpx({ scope: 'collaboration', includePrivate: false, target }), undefined);
      assert.equal(fs.readFileSync(target.fsPath, 'utf8'), 'mine');
      a.exporter.confirmOverwrite = async () => true;
      assert.equal((await exportQdpx({ scope: 'collaboration', includePrivate: false, target }))?.fsPath, target.fsPath);
      assert.ok(read(target.fsPath).doc.getElementsByTagName('TextSource').length >= 1);
    } finally {
      a.exporter.confirmOverwrite = original;
    }
  });
});
