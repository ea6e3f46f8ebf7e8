import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { readFileBytes, readsOpen, statFile } from '../../src/workspace/fileAccess';

describe('Reading notes files from disk', () => {
  it('Node\'s fs gives every notes file the size, modification time and bytes VS Code gives: the notes index stays valid', async () => {
    const uris = await vscode.workspace.findFiles('**/*.md', '**/node_modules/**');
    assert.ok(uris.length >= 10);
    for (const uri of uris) {
      const { size, mtime } = await vscode.workspace.fs.stat(uri);
      assert.deepEqual(await statFile(uri), { size, mtime }, uri.fsPath);
      assert.deepEqual(Buffer.from(await readFileBytes(uri)), Buffer.from(await vscode.workspace.fs.readFile(uri)), uri.fsPath);
    }
  });

  it('a missing file fails the stat and the read, as through VS Code', async () => {
    const missing = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'no-such-notes.md');
    await assert.rejects(statFile(missing));
    await assert.rejects(readFileBytes(missing));
  });

  it('reads at most 32 files at once however many are asked together; a failed read gives its place on', async () => {
    const [uri] = await vscode.workspace.findFiles('**/*.md', '**/node_modules/**', 1);
    const expected = Buffer.from(await vscode.workspace.fs.readFile(uri));
    const missing = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'no-such-notes.md');
    const reads = Array.from({ length: 500 }, (_, i) => (i % 50 === 7 ? readFileBytes(missing).then(() => 'read', () => 'failed') : readFileBytes(uri)));
    assert.equal(readsOpen(), 32);
    const results = await Promise.all(reads);
    assert.equal(readsOpen(), 0);
    assert.equal(results.filter((r) => r === 'failed').length, 10);
    for (const r of results) if (r !== 'failed') assert.deepEqual(Buffer.from(r as Uint8Array), expected);
  });
});
