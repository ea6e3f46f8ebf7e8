import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { BUILTIN_VOCABULARY, Vocabulary } from '../../src/core/vocabulary/vocabulary';
import { WorkspaceNotes } from '../../src/workspace/workspaceNotes';
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

  it('a warm start parses only the file changed since, also when the vocabulary is made again with the same terms', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const { store } = await api();
    const storage = fs.mkdtempSync(path.join(os.tmpdir(), 'fn-warm-start-'));
    const start = (vocabulary: () => Vocabulary) => new WorkspaceNotes((doc) => store.notes(doc), vocabulary, vscode.Uri.file(storage));
    const edited = fixture('actions/pact/warm-start.md');
    const write = (title: string) => vscode.workspace.fs.writeFile(edited, new TextEncoder().encode(`---\ntitle: ${title}\n---\n\nA remark #share\n`));
    try {
      await write('Warm start');
      const cold = start(() => BUILTIN_VOCABULARY);
      await cold.summaries();
      assert.equal(cold.parsedSinceStart(), await filesOnDisk());
      cold.dispose(); // writes the index at once
      await waitFor(() => fs.existsSync(path.join(storage, 'notes-index.json')), 'the index written', 6000);
      await write('Warm start, edited');
      // A start reads with a vocabulary object of its own; the team's is applied moments later, a new object again.
      let vocabulary = structuredClone(BUILTIN_VOCABULARY);
      const warm = start(() => vocabulary);
      try {
        const titles = async () => (await warm.summaries()).map((n) => n.session.title).filter((t) => t.startsWith('Warm start'));
        assert.deepEqual(await titles(), ['Warm start, edited']);
        // sidebar/latin1.md is not UTF-8: it has no entry, so every start reads it again to say it is skipped.
        assert.equal(warm.parsedSinceStart(), 2, 'only the edited file (and the skipped one) is read');
        vocabulary = structuredClone(BUILTIN_VOCABULARY);
        assert.deepEqual(await titles(), ['Warm start, edited']);
        assert.equal(warm.parsedSinceStart(), 2, 'the same terms in a new object read nothing again');
      } finally {
        warm.dispose();
      }
    } finally {
      await vscode.workspace.fs.delete(edited);
      fs.rmSync(storage, { recursive: true, force: true });
    }
  });
});
