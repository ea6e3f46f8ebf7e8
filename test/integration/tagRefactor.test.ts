// Rename Tag… and Merge Tags… across the fixture workspace: one workspace edit over every notes file that uses
// the tag, nothing saved; refused renames change no file.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { SplitTagArgs, TagRefactorArgs } from '../../src/editor/tagRefactor';
import { api, fixture, openFixture, waitFor } from './helpers';

const FILES = ['language/session.md', 'sidebar/2026-03-02-regiotafel.md'];

const run = (command: 'renameTag' | 'mergeTags', args: TagRefactorArgs) =>
  vscode.commands.executeCommand<boolean>(`facilitatorNotes.${command}`, { preview: false, ...args });

async function texts(): Promise<string[]> {
  const docs: vscode.TextDocument[] = [];
  for (const f of FILES) docs.push(await vscode.workspace.openTextDocument(fixture(f)));
  return docs.map((d) => d.getText());
}

describe('tag rename and merge across the workspace', () => {
  const touched = [...FILES, 'overview/2026-03-02-regiotafel.md'];
  const onDisk = touched.map((f) => fs.readFileSync(fixture(f).fsPath, 'utf8'));
  const files = vscode.workspace.getConfiguration('files');
  let autoSave: unknown;

  // The edits must stay unsaved: with auto save on, the host would write them into the fixtures.
  before(async () => {
    autoSave = files.inspect('autoSave')?.globalValue;
    await files.update('autoSave', 'off', vscode.ConfigurationTarget.Global);
  });

  after(async () => {
    await files.update('autoSave', autoSave, vscode.ConfigurationTarget.Global);
    touched.forEach((f, i) => assert.equal(fs.readFileSync(fixture(f).fsPath, 'utf8'), onDisk[i], `${f} unchanged on disk`));
  });

  afterEach(async () => {
    for (const f of touched) {
      await vscode.window.showTextDocument(await openFixture(f));
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  // VS Code undoes a workspace edit across files after a question the test host refuses to show, so undo is
  // checked in test/e2e/tagUndo.test.ts, where a person's click answers it.
  it('renames a free tag in every notes file as one edit, leaving the files on disk unsaved', async () => {
    const before = await texts();
    assert.ok(before.every((t) => t.includes('#budget')));
    assert.equal(await run('renameTag', { from: 'budget', to: 'Begroting' }), true);
    const after = await texts();
    after.forEach((t, i) => assert.equal(t, before[i].replace(/#budget\b/g, '#begroting')));
    assert.deepEqual(touched.map((f) => fs.readFileSync(fixture(f).fsPath, 'utf8')), onDisk, 'nothing saved');
  });

  it('F2 on a tag (the rename provider) gives the same edit in every notes file; a term of the model is refused', async () => {
    const doc = await openFixture(FILES[0]);
    const at = doc.positionAt(doc.getText().indexOf('#budget') + 2);
    const prepared = await vscode.commands.executeCommand<{ range: vscode.Range; placeholder: string }>('vscode.prepareRename', doc.uri, at);
    assert.equal(prepared.placeholder, 'budget');
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', doc.uri, at, 'begroting');
    const changed = edit.entries().map(([uri, edits]) => [vscode.workspace.asRelativePath(uri), [...new Set(edits.map((e) => e.newText))]]);
    assert.deepEqual(changed.filter(([file]) => FILES.includes(file as string)).sort(), FILES.map((f) => [f, ['#begroting']]));
    const ambition = doc.positionAt(doc.getText().indexOf('#ambit') + 2);
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('vscode.prepareRename', doc.uri, ambition)), /term of the model/);
  });

  it('merges a tag into a term, spelled in each notes file\'s language', async () => {
    const file = 'overview/2026-03-02-regiotafel.md';
    const before = (await openFixture(file)).getText();
    assert.equal(await run('mergeTags', { from: 'ambitoin', to: 'ambition' }), true);
    const after = (await openFixture(file)).getText();
    assert.equal(after, before.replace('#ambitoin', '#ambitie'));
    await vscode.window.showTextDocument(await openFixture(file));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('splits a tag: each mention becomes the new tag chosen for it, or stays', async () => {
    const before = await texts();
    const split = (args: SplitTagArgs) => vscode.commands.executeCommand<boolean>('facilitatorNotes.splitTag', args);
    assert.equal(await split({ from: 'budget', into: ['begroting', 'ambition'], assign: ['begroting', 'ambition'] }), true);
    assert.deepEqual(await texts(), [before[0].replace('#budget', '#begroting'), before[1].replace('#budget', '#ambitie')]);
    for (const f of FILES) {
      await vscode.window.showTextDocument(await openFixture(f));
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    assert.equal(await split({ from: 'budget', into: ['begroting', 'subsidie'], assign: ['', 'subsidie'] }), true);
    assert.deepEqual(await texts(), [before[0], before[1].replace('#budget', '#subsidie')]);
  });

  it('refuses a split into fewer than two other tags, changing nothing', async () => {
    const before = await texts();
    const split = (args: SplitTagArgs) => vscode.commands.executeCommand<boolean>('facilitatorNotes.splitTag', args);
    assert.equal(await split({ from: 'budget', into: ['begroting'], assign: ['begroting', 'begroting'] }), false);
    assert.equal(await split({ from: 'budget', into: ['budget', 'Begroting', 'begroting'], assign: ['begroting', 'begroting'] }), false);
    assert.equal(await split({ from: 'budget', into: ['two words', 'x!'], assign: ['begroting', 'begroting'] }), false);
    assert.deepEqual(await texts(), before);
  });

  it('refuses to rename a term of the model, to a name taken or to no tag name, and changes nothing', async () => {
    const before = await texts();
    assert.equal(await run('renameTag', { from: 'ambitie', to: 'doel' }), false);
    assert.equal(await run('renameTag', { from: 'budget', to: 'ambitie' }), false);
    assert.equal(await run('renameTag', { from: 'budget', to: 'two words' }), false);
    assert.equal(await run('mergeTags', { from: 'budget', to: 'budget' }), false);
    assert.deepEqual(await texts(), before);
    for (const f of FILES) assert.equal((await vscode.workspace.openTextDocument(fixture(f))).isDirty, false, f);
  });
});

describe('tag rename and merge of team terms, with the team vocabulary file', () => {
  const NOTES = 'custom/2026-05-04-custom.md';
  const VOCABULARY = '.facilitator-notes.yaml';
  const PARTY = 'dimensions:\n  - id: party\n    label: { en: Party, nl: Partij }\n    prefixes: [party, partij]\n'
    + '    values:\n      - id: city # the municipality\n        label: { en: City, nl: Gemeente }\n      - id: school\n        label: School\n';
  const notesOnDisk = fs.readFileSync(fixture(NOTES).fsPath, 'utf8');
  const files = vscode.workspace.getConfiguration('files');
  let autoSave: unknown;

  async function writeVocabulary(text: string): Promise<void> {
    await vscode.workspace.fs.writeFile(fixture(VOCABULARY), new TextEncoder().encode(text));
    const doc = await vscode.workspace.openTextDocument(fixture(VOCABULARY));
    await waitFor(() => doc.getText() === text, 'the vocabulary document to read the new file');
    await (await api()).vocabulary.reload();
  }

  const text = async (f: string) => (await vscode.workspace.openTextDocument(fixture(f))).getText();

  before(async () => {
    autoSave = files.inspect('autoSave')?.globalValue;
    await files.update('autoSave', 'off', vscode.ConfigurationTarget.Global);
  });

  beforeEach(() => writeVocabulary(PARTY));

  afterEach(async () => {
    for (const f of [NOTES, VOCABULARY]) {
      await vscode.window.showTextDocument(await openFixture(f));
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  after(async () => {
    try { await vscode.workspace.fs.delete(fixture(VOCABULARY)); } catch { /* already gone */ }
    await (await api()).vocabulary.reload();
    await files.update('autoSave', autoSave, vscode.ConfigurationTarget.Global);
    assert.equal(fs.readFileSync(fixture(NOTES).fsPath, 'utf8'), notesOnDisk, 'notes unchanged on disk');
  });

  it('renames a team term in the notes and in the vocabulary file, as one edit', async () => {
    assert.equal(await run('renameTag', { from: 'party/city', to: 'partij/Gemeente' }), true);
    assert.equal(await text(NOTES), notesOnDisk.replace(/#party\/city\b/g, '#party/gemeente'));
    assert.equal(await text(VOCABULARY), PARTY.replace('- id: city #', '- id: gemeente #'));
    assert.equal(fs.readFileSync(fixture(VOCABULARY).fsPath, 'utf8'), PARTY, 'the vocabulary file is not saved');
  });

  it('merges a team term into another of its dimension: its spelling becomes an alias there', async () => {
    assert.equal(await run('mergeTags', { from: 'partij/school', to: 'party/city' }), true);
    assert.equal(await text(NOTES), notesOnDisk.replace('#partij/school', '#party/city').replace('#party/school', '#party/city'));
    assert.equal(await text(VOCABULARY), PARTY.replace('      - id: school\n        label: School\n', '        aliases:\n          - school\n'));
  });

  it('refuses a name taken in the dimension, and any rename while the vocabulary file has errors, writing nothing', async () => {
    assert.equal(await run('renameTag', { from: 'party/city', to: 'school' }), false);
    assert.equal(await text(NOTES), notesOnDisk);
    assert.equal(await text(VOCABULARY), PARTY);
    const broken = `${PARTY}needs: maybe\n`;
    await writeVocabulary(broken);
    assert.equal(await run('renameTag', { from: 'process', to: 'proces' }), false);
    assert.equal(await run('mergeTags', { from: 'process', to: 'ambition' }), false);
    assert.equal(await text(NOTES), notesOnDisk);
    assert.equal(await text(VOCABULARY), broken);
    for (const f of [NOTES, VOCABULARY]) assert.equal((await vscode.workspace.openTextDocument(fixture(f))).isDirty, false, f);
  });
});
