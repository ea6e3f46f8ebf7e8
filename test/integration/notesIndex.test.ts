import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, fixture, waitFor } from './helpers';

/** Workspace notes files that the scan reads from disk (open documents are read as typed, not from the index). */
async function filesOnDisk(): Promise<number> {
  const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
  return (await vscode.workspace.findFiles('**/*.md', '**/node_modules/**')).filter((uri) => !open.has(uri.toString())).length;
}

describe('Notes index', () => {
  it('Rebuild Notes Index parses every file once; later scans parse only a file changed on disk', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const { store } = await api();
    await vscode.commands.executeCommand('facilitatorNotes.rebuildNotesIndex');
    const files = await filesOnDisk();
    const [first, second] = await Promise.all([store.workspaceSummaries(), store.workspaceSummaries()]);
    assert.deepEqual(second.map((n) => n.uri.toString()), first.map((n) => n.uri.toString()), 'scans at the same time see the same files');
    assert.ok(first.length >= 10);
    assert.equal(await store.workspaceFilesParsed(), files);
    await store.workspaceSummaries();
    assert.equal(await store.workspaceFilesParsed(), files, 'a second scan parses nothing');

    const uri = fixture('actions/pact/index-test.md');
    const titles = async (): Promise<string[]> => (await store.workspaceSummaries()).map((n) => n.session.title);
    try {
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('---\ntitle: Index test\n---\n\nA remark #share\n'));
      await waitFor(async () => (await titles()).includes('Index test'), 'the new file in the scan', 6000);
      assert.equal(await store.workspaceFilesParsed(), files + 1);
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('---\ntitle: Index test, edited\n---\n\nA remark #share\n'));
      await waitFor(async () => (await titles()).includes('Index test, edited'), 'the edited file in the scan', 6000);
      assert.equal(await store.workspaceFilesParsed(), files + 2);
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
    await waitFor(async () => !(await titles()).some((t) => t.startsWith('Index test')), 'the deleted file gone from the scan', 6000);
    assert.equal(await store.workspaceFilesParsed(), files + 2);
  });
});
