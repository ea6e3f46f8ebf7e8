import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, extension, openFixture, waitFor } from './helpers';

describe('activation', () => {
  it('the extension is installed in the host from this working tree', () => {
    const ext = extension();
    assert.equal(ext.id, EXTENSION_ID);
    assert.equal(ext.packageJSON.main, './dist/extension.js');
  });

  it('activates when a Markdown file opens and exports its API', async () => {
    const doc = await openFixture('activation/session.md');
    assert.equal(doc.languageId, 'markdown');
    const ext = extension();
    await waitFor(() => ext.isActive, 'the extension to activate on a Markdown file');
    const { store } = ext.exports;
    const session = store.get(doc);
    assert.ok(session, 'store.get returns the session of a Markdown document');
    assert.equal(session.file, 'activation/session.md');
    assert.deepEqual(session.tags.map((t) => t.raw), ['ambitie', 'verkennen', 'belangen', 'waakzaam']);
    assert.equal(store.get(doc), session, 'a second get of the same version comes from the cache');
    assert.deepEqual(store.vocabulary.dimensions.map((d) => d.id), ['condition', 'phase', 'level', 'need', 'signal', 'private', 'decision', 'party']);
    // A figure for BENCHMARKS.md, not a timed assertion: machines are too noisy for that.
    console.log(`activate() took ${ext.exports.activationMs.toFixed(2)} ms; the bundle's module code ${ext.exports.loadMs.toFixed(2)} ms; `
      + `first line of the bundle to the end of activate() ${ext.exports.startupMs.toFixed(2)} ms`);
  });

  it('the session store ignores documents that are not Markdown', async () => {
    const doc = await openFixture('activation/plain.txt');
    assert.equal(doc.languageId, 'plaintext');
    assert.equal(extension().exports.store.get(doc), undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
