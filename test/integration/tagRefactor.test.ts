// Rename Tag… and Merge Tags… across the fixture workspace: one workspace edit over every notes file that uses
// the tag, nothing saved; refused renames change no file.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { TagRefactorArgs } from '../../src/editor/tagRefactor';
import { fixture, openFixture } from './helpers';

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

  // VS Code undoes a workspace edit across files after a modal question the test host cannot answer, so undo is
  // not run here: the edit is one applyEdit, unsaved, which VS Code's undo takes back as one.
  it('renames a free tag in every notes file as one edit, leaving the files on disk unsaved', async () => {
    const before = await texts();
    assert.ok(before.every((t) => t.includes('#budget')));
    assert.equal(await run('renameTag', { from: 'budget', to: 'Begroting' }), true);
    const after = await texts();
    after.forEach((t, i) => assert.equal(t, before[i].replace(/#budget\b/g, '#begroting')));
    assert.deepEqual(touched.map((f) => fs.readFileSync(fixture(f).fsPath, 'utf8')), onDisk, 'nothing saved');
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
