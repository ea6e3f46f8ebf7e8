// A vocabulary file that once threw on the extension's load path (a YAML alias bomb): it is reported
// in the file and the built-in vocabulary stays in force, as for any file with errors.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, fixture, waitFor } from './helpers';

const VOCABULARY = '.facilitator-notes.yaml';
const BOMB = ['aliases:', '  ambition: [doel]', 'a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', ''].join('\n');

describe('vocabulary file: hostile YAML in the editor', () => {
  after(async () => {
    try { await vscode.workspace.fs.delete(fixture(VOCABULARY)); } catch { /* already gone */ }
    await (await api()).vocabulary.reload();
  });

  it('reports an alias bomb at its line and keeps the built-in vocabulary', async () => {
    const { vocabulary, store } = await api();
    await vscode.workspace.fs.writeFile(fixture(VOCABULARY), new TextEncoder().encode(BOMB));
    await vocabulary.reload();
    const diagnostics = () => vscode.languages.getDiagnostics(fixture(VOCABULARY));
    await waitFor(() => diagnostics().length > 0, 'a diagnostic in the vocabulary file');
    assert.deepEqual(diagnostics().map((d) => [d.range.start.line, d.message]), [[3, 'Too many alias references (*name) to expand; write the values out.']]);
    assert.deepEqual(store.vocabulary.dimensions[0].terms[0].aliases, ['ambition', 'ambitie']);
  });
});
