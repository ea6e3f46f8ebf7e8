// A folder VS Code does not trust, for real (FN_TRUST=untrusted: workspace trust on, never asked, and
// test/fixtures/untrusted not trusted). The extension runs in its limited mode: the folder's vocabulary file is not
// read, the vocabulary in its .vscode/settings.json (a restricted setting, package.json capabilities) is ignored,
// and exports are written only inside the folder. trust.test.ts checks the same rules by replacing the trust reading.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { Session } from '../../src/core/parse/model';
import { api, extension, fixture } from './helpers';

const NOTES = '2026-07-01-neighbourhood.md';
const BUILT_IN = ['condition', 'phase', 'level', 'need', 'signal', 'private', 'decision', 'party'];

/** Each tag as written with the term it was read as ('' when the vocabulary does not know it). */
const terms = (session: Session) => session.tags.map((t) => `${t.raw}=${t.dimension ?? ''}/${t.value ?? ''}`);

describe('untrusted folder: the limited mode in a VS Code that does not trust the folder', () => {
  it('VS Code does not trust the folder, and the extension is active in it', async () => {
    assert.equal(vscode.workspace.isTrusted, false);
    const { trust } = await api();
    assert.equal(extension().isActive, true);
    assert.equal(trust.isTrusted(), false);
  });

  it('the folder\'s vocabulary file is not read: its term is a free tag, and the model is the built-in one', async () => {
    const { store, vocabulary } = await api();
    await vocabulary.reload();
    assert.deepEqual(store.vocabulary.dimensions.map((d) => d.id), BUILT_IN);
    const notes = await store.workspaceNotes();
    assert.deepEqual(notes.map((n) => [vscode.workspace.asRelativePath(n.uri), terms(n.session)]),
      [[NOTES, ['ambition=condition/ambition', 'housing=/', 'ster=/']]]);
  });

  it('the vocabulary in the folder\'s settings is ignored (a restricted setting): #ster stays a free tag', async () => {
    const config = vscode.workspace.getConfiguration('facilitatorNotes');
    assert.deepEqual(config.get('vocabulary'), config.inspect('vocabulary')?.defaultValue);
    const ambition = (await api()).store.vocabulary.dimensions.find((d) => d.id === 'condition')?.terms.find((t) => t.id === 'ambition');
    assert.equal(ambition?.aliases.includes('ster'), false);
  });

  it('writes an export inside the folder, and refuses one outside it', async () => {
    const outside = vscode.Uri.file(path.join(os.tmpdir(), `fn-untrusted-real-${process.pid}.md`));
    const inside = fixture('untrusted-export.md');
    try {
      const source = fixture(NOTES);
      assert.equal(await vscode.commands.executeCommand('facilitatorNotes.exportMarkdown', { source, target: outside }), undefined);
      assert.equal(fs.existsSync(outside.fsPath), false, 'nothing written outside the folder');
      const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('facilitatorNotes.exportMarkdown', { source, target: inside });
      assert.equal(written?.toString(), inside.toString());
      assert.match(fs.readFileSync(inside.fsPath, 'utf8'), /^# Session overview\n\n## Neighbourhood table\n/);
    } finally {
      fs.rmSync(outside.fsPath, { force: true });
      fs.rmSync(inside.fsPath, { force: true });
    }
  });
});
