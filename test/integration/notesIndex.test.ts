import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { BUILTIN_VOCABULARY, Vocabulary } from '../../src/core/vocabulary/vocabulary';
import { SessionStore } from '../../src/workspace/sessionStore';
import { VocabularyConfig } from '../../src/workspace/vocabularyConfig';
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
    const worker = path.join(__dirname, '../../notesWorker.js');
    const start = (vocabulary: () => Vocabulary) => new WorkspaceNotes((doc) => store.notes(doc), vocabulary, vscode.Uri.file(storage), worker);
    const edited = fixture('actions/pact/warm-start.md');
    const write = (title: string) => vscode.workspace.fs.writeFile(edited, new TextEncoder().encode(`---\ntitle: ${title}\n---\n\nA remark #share\n`));
    try {
      await write('Warm start');
      const cold = start(() => BUILTIN_VOCABULARY);
      await cold.summaries();
      assert.equal(cold.parsedSinceStart(), await filesOnDisk());
      // In this extension host's Node the files went to a worker thread (the first few of a scan may be parsed in-process).
      const files = await filesOnDisk();
      assert.ok(cold.parsedOffThread() > files - 8 && cold.parsedOffThread() <= files, `${cold.parsedOffThread()} of ${files} parsed off the main thread`);
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

  it('a warm start with a team vocabulary file parses no unchanged file, though the first scan begins before the file is read', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const storage = fs.mkdtempSync(path.join(os.tmpdir(), 'fn-warm-team-'));
    const teamFile = fixture('.facilitator-notes.yaml');
    // As activate() wires them: the store, then the vocabulary's first load, not awaited.
    const start = () => {
      const store = new SessionStore(vscode.Uri.file(storage));
      const vocabulary = new VocabularyConfig(store);
      return { store, vocabulary, loading: vocabulary.reload(), dispose: () => { vocabulary.dispose(); store.dispose(); } };
    };
    await vscode.workspace.fs.writeFile(teamFile, new TextEncoder().encode('aliases:\n  ambition: [droom]\n'));
    try {
      const cold = start();
      await cold.loading;
      assert.deepEqual(cold.store.vocabulary.dimensions.find((d) => d.id === 'condition')?.terms.find((t) => t.id === 'ambition')?.aliases.includes('droom'), true);
      await cold.store.workspaceSummaries();
      assert.equal(cold.store.workspaceFilesParsed(), await filesOnDisk());
      cold.dispose(); // writes the index at once
      await waitFor(() => fs.existsSync(path.join(storage, 'notes-index.json')), 'the index written', 6000);

      const warm = start();
      try {
        const first = await warm.store.workspaceSummaries();
        await warm.loading;
        assert.ok(first.length >= 10);
        // sidebar/latin1.md is not UTF-8: it has no entry, so every start reads it again to say it is skipped.
        assert.equal(warm.store.workspaceFilesParsed(), 1, 'only the skipped file is read again');
      } finally {
        warm.dispose();
      }
    } finally {
      await vscode.workspace.fs.delete(teamFile);
      fs.rmSync(storage, { recursive: true, force: true });
      await (await api()).vocabulary.reload();
    }
  });

  it('a scan begun while the vocabulary is being read waits for it: a warm start keeps the index written with the team\'s terms', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const { store } = await api();
    const storage = fs.mkdtempSync(path.join(os.tmpdir(), 'fn-warm-wait-'));
    const team = structuredClone(BUILTIN_VOCABULARY);
    team.dimensions.find((d) => d.id === 'condition')!.terms.find((t) => t.id === 'ambition')!.aliases.push('droom');
    try {
      const cold = new WorkspaceNotes((doc) => store.notes(doc), () => team, vscode.Uri.file(storage));
      await cold.summaries();
      cold.dispose();
      await waitFor(() => fs.existsSync(path.join(storage, 'notes-index.json')), 'the index written', 6000);
      // The start reads with the built-in terms until the team's file is read, a while after the first scan began.
      let vocabulary = BUILTIN_VOCABULARY;
      let read!: () => void;
      const warm = new WorkspaceNotes((doc) => store.notes(doc), () => vocabulary, vscode.Uri.file(storage));
      warm.waitForVocabulary(new Promise<void>((resolve) => { read = resolve; }));
      try {
        const scan = warm.summaries();
        await new Promise((resolve) => setTimeout(resolve, 1500));
        assert.equal(warm.parsedSinceStart(), 0, 'nothing parsed while the vocabulary is read');
        vocabulary = team;
        read();
        assert.ok((await scan).length >= 10);
        assert.equal(warm.parsedSinceStart(), 1, 'only the skipped sidebar/latin1.md is read again');
      } finally {
        warm.dispose();
      }
    } finally {
      fs.rmSync(storage, { recursive: true, force: true });
    }
  });
});
