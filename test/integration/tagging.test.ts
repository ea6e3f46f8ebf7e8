import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { isoDate } from '../../src/core/write/template';
import { api, extension, fixture } from './helpers';

const NOTES = '# Session\n\n- Budget worries #belangen\n  and more #process\n- Next item\n\nA paragraph\nover two lines\n';

async function untitled(content: string, line: number): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  const editor = await vscode.window.showTextDocument(doc);
  editor.selection = new vscode.Selection(line - 1, 0, line - 1, 0);
  return editor;
}

async function closeEditor(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

async function withSetting<T>(key: string, value: unknown, run: () => Promise<T>): Promise<T> {
  const config = vscode.workspace.getConfiguration('facilitatorNotes');
  await config.update(key, value, vscode.ConfigurationTarget.Global);
  try {
    return await run();
  } finally {
    await config.update(key, undefined, vscode.ConfigurationTarget.Global);
  }
}

/** Resolves once the tagging commands' quick pick is showing. */
function pickShown(tagging: { onDidShowPick: vscode.Event<unknown> }): Promise<void> {
  return new Promise((resolve) => {
    const listener = tagging.onDidShowPick(() => {
      listener.dispose();
      resolve();
    });
  });
}

describe('live tagging: Tag Observation', () => {
  afterEach(closeEditor);

  it('sets the tags of the list item at the cursor in one edit, touching only its lines, and undo restores the text', async () => {
    await withSetting('tagLanguage', 'en', async () => {
      const editor = await untitled(NOTES, 4);
      const applied = await vscode.commands.executeCommand('facilitatorNotes.tagObservation', ['condition:interests', 'phase:share', 'need:trust']);
      assert.equal(applied, true);
      assert.equal(editor.document.getText(),
        '# Session\n\n- Budget worries #belangen\n  and more #share #need/trust\n- Next item\n\nA paragraph\nover two lines\n');
      await vscode.commands.executeCommand('undo');
      assert.equal(editor.document.getText(), NOTES);
    });
  });

  it('spells added tags in Dutch when tagLanguage is nl, and tags a plain paragraph', async () => {
    await withSetting('tagLanguage', 'nl', async () => {
      const editor = await untitled(NOTES, 7);
      await vscode.commands.executeCommand('facilitatorNotes.tagObservation', ['condition:relationship', 'level:disagreement', 'need:certainty']);
      assert.equal(editor.document.getText(),
        '# Session\n\n- Budget worries #belangen\n  and more #process\n- Next item\n\nA paragraph\nover two lines #relatie #onenigheid #behoefte/zekerheid\n');
      const session = (await api()).store.get(editor.document);
      assert.deepEqual(session?.observations.at(-1)?.conditions, ['relationship']);
    });
  });

  it('keeps CRLF line endings', async () => {
    const editor = await untitled('Point one\r\nstill one\r\n\r\nTwo #ambition\r\n', 1);
    await vscode.commands.executeCommand('facilitatorNotes.tagObservation', ['condition:process']);
    assert.equal(editor.document.getText(), 'Point one\r\nstill one #process\r\n\r\nTwo #ambition\r\n');
  });

  it('tells the user when the cursor is not in a paragraph and changes nothing', async () => {
    const editor = await untitled(NOTES, 2);
    assert.equal(await vscode.commands.executeCommand('facilitatorNotes.tagObservation', ['condition:process']), false);
    assert.equal(editor.document.getText(), NOTES);
  });

  it('the quick pick starts with the present tags ticked: accepting keeps them, unticking the first removes it', async () => {
    await withSetting('tagLanguage', 'en', async () => {
      const editor = await untitled('Point #ambition #explore\n', 1);
      const { tagging } = (await api()).editor;
      const accept = async (...before: string[]): Promise<unknown> => {
        const shown = pickShown(tagging);
        const running = vscode.commands.executeCommand('facilitatorNotes.tagObservation');
        await shown;
        for (const command of before) await vscode.commands.executeCommand(command);
        await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
        return running;
      };
      assert.equal(await accept(), true);
      assert.equal(editor.document.getText(), 'Point #ambition #explore\n');
      assert.equal(await accept('workbench.action.quickOpenSelectNext', 'workbench.action.quickPickManyToggle'), true);
      assert.equal(editor.document.getText(), 'Point #explore\n');
    });
  });
});

describe('live tagging: Set Thermometer', () => {
  afterEach(closeEditor);

  it('inserts a reading on an empty line and puts the cursor after it', async () => {
    await withSetting('tagLanguage', 'en', async () => {
      const editor = await untitled('Intro #process\n\n', 2);
      await vscode.commands.executeCommand('facilitatorNotes.setThermometer', 'watchful', false);
      assert.equal(editor.document.getText(), 'Intro #process\n#watchful\n', 'no trailing space');
      assert.deepEqual([editor.selection.active.line, editor.selection.active.character], [1, 9]);
    });
  });

  it('adds a timed reading as a new paragraph after the block at the cursor; undo removes it', async () => {
    await withSetting('tagLanguage', 'nl', async () => {
      const editor = await untitled('- first\n  more text\n- second\n', 1);
      await vscode.commands.executeCommand('facilitatorNotes.setThermometer', 'conflict');
      const text = editor.document.getText();
      assert.match(text, /^- first\n {2}more text\n\n\d\d:\d\d #conflict\n- second\n$/);
      const session = (await api()).store.get(editor.document);
      assert.deepEqual(session?.readings.map((r) => [r.line, r.level]), [[4, 'conflict']]);
      await vscode.commands.executeCommand('undo');
      assert.equal(editor.document.getText(), '- first\n  more text\n- second\n');
    });
  });
});

describe('live tagging: Mark Phase', () => {
  afterEach(closeEditor);

  it('writes a timed phase marker in the note\'s language after the block at the cursor, as one undoable edit', async () => {
    const notes = '# Overleg\n\n- Kennismaking #verkennen\n- Wie doet wat #proces\n';
    const editor = await untitled(notes, 4);
    assert.equal(await vscode.commands.executeCommand('facilitatorNotes.markPhase', 'share'), true);
    const text = editor.document.getText();
    assert.match(text, /^# Overleg\n\n- Kennismaking #verkennen\n- Wie doet wat #proces\n\n\d\d:\d\d #delen\n$/);
    assert.deepEqual([editor.selection.active.line, editor.selection.active.character], [5, 12]);
    await editor.edit((b) => b.insert(editor.selection.active, '\n\nWe delen de cijfers #belangen\n'));
    const session = (await api()).store.get(editor.document);
    assert.deepEqual(session?.markers.map((m) => [m.line, m.phase, m.level]), [[6, 'share', null]]);
    assert.deepEqual(session?.observations.map((o) => [o.text, o.phase]), [['Kennismaking', 'explore'], ['Wie doet wat', null], ['We delen de cijfers', 'share']]);
    await vscode.commands.executeCommand('undo');
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), notes);
  });

  it('writes an untimed marker on an empty line', async () => {
    await withSetting('tagLanguage', 'en', async () => {
      const editor = await untitled('Intro\n\n', 3);
      await vscode.commands.executeCommand('facilitatorNotes.markPhase', 'agree', false);
      assert.equal(editor.document.getText(), 'Intro\n\n#agree', 'no trailing space');
    });
  });
});

describe('live tagging: New Session Notes', () => {
  const folder = fixture('sidebar/new-notes');

  after(async () => {
    // Close only the notes this suite created: closing all editors could prompt for (or save) another suite's edits.
    for (const doc of vscode.workspace.textDocuments.filter((d) => d.uri.path.startsWith(`${folder.path}/`))) {
      await vscode.window.showTextDocument(doc);
      await closeEditor();
    }
    await vscode.workspace.fs.delete(folder, { recursive: true });
  });

  it('writes YYYY-MM-DD-<slug>.md into the notes folder, never overwrites, and opens it', async () => {
    // Only the Dutch fixture counts as the workspace's notes, so the template is Dutch whatever the UI.
    await withSetting('notesFolder', 'sidebar/new-notes', () => withSetting('files', '{dutch,sidebar/new-notes}/**/*.md', async () => {
      const first = await vscode.commands.executeCommand<vscode.Uri>('facilitatorNotes.newSession', 'Regiotafel: start');
      const second = await vscode.commands.executeCommand<vscode.Uri>('facilitatorNotes.newSession', 'Regiotafel: start');
      const today = isoDate(new Date());
      assert.equal(path.basename(first.fsPath), `${today}-regiotafel-start.md`);
      assert.equal(path.basename(second.fsPath), `${today}-regiotafel-start-2.md`);
      assert.equal(path.dirname(first.fsPath), folder.fsPath);
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), second.toString());
      const text = fs.readFileSync(first.fsPath, 'utf8');
      assert.ok(text.startsWith(`---\ntitel: "Regiotafel: start"\ndatum: ${today}\ntaal: nl\nfacilitator: ""\ndeelnemers: []\nfase: verkennen\nthermometer: vriendschappelijk\n---\n`), text);
      const session = (await api()).store.notes(vscode.window.activeTextEditor!.document);
      assert.deepEqual(session?.problems, []);
      assert.equal(session?.title, 'Regiotafel: start');
    }));
  });
});

describe('snippets', () => {
  const manifest = (): { contributes: { snippets: { language: string; path: string }[] } } => extension().packageJSON;

  it('the manifest contributes one valid Markdown snippets file', () => {
    const contributed = manifest().contributes.snippets;
    assert.deepEqual(contributed, [{ language: 'markdown', path: './snippets/markdown.code-snippets' }]);
    const parsed = JSON.parse(fs.readFileSync(path.join(extension().extensionPath, contributed[0].path), 'utf8'));
    assert.equal(Object.keys(parsed).length, 10);
  });

  it('every snippet expands in the editor to notes whose tags the parser knows', async () => {
    const file = path.join(extension().extensionPath, manifest().contributes.snippets[0].path);
    const snippets = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, { body: string[] }>;
    const { store } = await api();
    const known: string[] = [];
    for (const [name, snippet] of Object.entries(snippets)) {
      const editor = await untitled('', 1);
      assert.ok(await editor.insertSnippet(new vscode.SnippetString(snippet.body.join('\n'))), `${name} inserts`);
      const session = store.get(editor.document);
      assert.ok(session, name);
      assert.deepEqual(session.problems, [], `${name}: no problems in\n${editor.document.getText()}`);
      assert.deepEqual(session.tags.filter((t) => !t.dimension).map((t) => t.raw), [], `${name}: only known tags`);
      known.push(`${name}: ${session.tags.map((t) => `${t.dimension}:${t.value}`).join(' ')}`);
      await closeEditor();
    }
    assert.deepEqual(known, [
      'New session notes (en): ',
      'Observation (en): condition:ambition phase:explore level:friendly',
      'Thermometer reading (en): level:friendly',
      'Action item (en): ',
      'Phase section (en): phase:explore',
      'Nieuwe sessienotities (nl): ',
      'Observatie (nl): condition:ambition phase:explore level:friendly',
      'Thermometerstand (nl): level:friendly',
      'Actie (nl): ',
      'Fasesectie (nl): phase:explore',
    ]);
  });

  it('the session snippet dates the notes today', async () => {
    const body = (JSON.parse(fs.readFileSync(path.join(extension().extensionPath, 'snippets/markdown.code-snippets'), 'utf8')) as Record<string, { body: string[] }>)['New session notes (en)'].body;
    const editor = await untitled('', 1);
    await editor.insertSnippet(new vscode.SnippetString(body.join('\n')));
    const session = (await api()).store.get(editor.document);
    assert.equal(session?.date, isoDate(new Date()));
    assert.equal(session?.startLevel, 'friendly');
    await closeEditor();
  });
});
