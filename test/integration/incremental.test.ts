import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parseSession } from '../../src/core/parse/parser';
import { api, waitFor } from './helpers';

const section = (n: number) => `## Deel ${n} #relatie\n\nDe gemeente wil eerst cijfers. #belangen\n\n- punt ${n} #proces\n  - genest #delen\n\n`;
const NOTES = `---\ntitle: Proef\nthermometer: vriendschappelijk\n---\n\n${Array.from({ length: 30 }, (_, i) => section(i)).join('')}`;

describe('incremental re-parse in the store', () => {
  after(() => vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor'));

  it('gives the session a full parse gives after edits, several in one event, typing and Enter', async () => {
    const { store } = await api();
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: NOTES });
    const editor = await vscode.window.showTextDocument(doc);
    assert.ok(store.get(doc));
    const full = () => parseSession(doc.getText(), { file: vscode.workspace.asRelativePath(doc.uri), vocabulary: store.vocabulary });
    /** Waits for the store's own re-parse after typing pauses (made from the changes it was told), then compares it with a full parse. */
    const settled = async (what: string) => {
      await waitFor(() => store.latestNotes(doc)?.lineCount === doc.lineCount, what);
      assert.deepStrictEqual(store.get(doc), full(), what);
    };

    const insert = new vscode.WorkspaceEdit();
    insert.insert(doc.uri, new vscode.Position(40, 0), '08:13 #onenigheid\n\n');
    await vscode.workspace.applyEdit(insert);
    await settled('a marker inserted');

    const several = new vscode.WorkspaceEdit();
    several.replace(doc.uri, new vscode.Range(60, 0, 61, 0), '```\n');
    several.insert(doc.uri, new vscode.Position(20, 0), '# Titel #ambitie\n\n');
    several.delete(doc.uri, new vscode.Range(100, 0, 103, 0));
    await vscode.workspace.applyEdit(several);
    await settled('three edits in one');

    // The blank line after the first section (the fence opened above swallows all below line 60): the text
    // typed there continues the nested item above it lazily, so the reading is that item's, on line 11.
    editor.selection = new vscode.Selection(11, 0, 11, 0);
    for (const char of 'Nu #waakzaam') await vscode.commands.executeCommand('type', { text: char });
    await vscode.commands.executeCommand('type', { text: '\n' });
    await settled('a tag typed and an Enter');
    assert.deepEqual(store.get(doc)!.readings.map((r) => [r.line, r.level]).slice(0, 2), [[11, 'watchful'], [44, 'disagreement']]);

    await vscode.commands.executeCommand('undo');
    await settled('undone');
  });
});

describe('the store while someone types steadily', () => {
  after(() => vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor'));

  it('tells the views at least every 1.5 s, though typing never pauses 150 ms', async () => {
    const { store } = await api();
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: NOTES });
    const editor = await vscode.window.showTextDocument(doc);
    editor.selection = new vscode.Selection(6, 0, 6, 0);
    const told: number[] = [];
    const listener = store.onDidChange((uri) => uri.toString() === doc.uri.toString() && told.push(Date.now()));
    try {
      const start = Date.now();
      // A key every 60 ms for 3.2 s.
      while (Date.now() - start < 3_200) {
        await vscode.commands.executeCommand('type', { text: 'x' });
        await new Promise((resolve) => setTimeout(resolve, 60));
      }
      const end = Date.now();
      const during = told.filter((t) => t <= end);
      const points = [start, ...during, end];
      const gaps = points.slice(1).map((t, i) => t - points[i]);
      assert.ok(during.length >= 2, `told ${during.length} times while typing`);
      assert.ok(Math.max(...gaps) <= 1_500, `gaps ${gaps.join(', ')} ms`);
    } finally {
      listener.dispose();
    }
  });
});
