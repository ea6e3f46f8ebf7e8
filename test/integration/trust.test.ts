// The limited mode of a workspace the user has not trusted (the test run itself is trusted: the extension's
// trust reading is replaced): the team vocabulary file in the workspace is not read, and exports are written
// only inside the workspace folders. Trusted again, both work as before.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { api, fixture } from './helpers';

const NOTES = 'custom/2026-05-04-custom.md';
const VOCABULARY = '.facilitator-notes.yaml';
const THEME = 'dimensions:\n  - id: theme\n    label: { en: Theme, nl: Thema }\n    prefixes: [theme]\n    values:\n      - id: housing\n        label: Housing\n';
const BUILT_IN = ['condition', 'phase', 'level', 'need', 'signal', 'private', 'decision', 'party'];

const dimensions = async () => (await api()).store.vocabulary.dimensions.map((d) => d.id);

describe('untrusted workspace: the limited mode', () => {
  const outside = path.join(os.tmpdir(), `fn-untrusted-${process.pid}.md`);
  const inside = fixture('untrusted-export.md');

  afterEach(async () => {
    const { trust, vocabulary } = await api();
    trust.isTrusted = () => vscode.workspace.isTrusted;
    fs.rmSync(outside, { force: true });
    for (const uri of [inside, fixture(VOCABULARY)]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    await vocabulary.reload();
  });

  it('does not read the workspace\'s vocabulary file until the workspace is trusted', async () => {
    const { trust, vocabulary } = await api();
    trust.isTrusted = () => false;
    await vscode.workspace.fs.writeFile(fixture(VOCABULARY), new TextEncoder().encode(THEME));
    await vocabulary.reload();
    assert.deepEqual(await dimensions(), BUILT_IN);
    trust.isTrusted = () => true;
    await vocabulary.reload();
    assert.deepEqual(await dimensions(), [...BUILT_IN, 'theme']);
  });

  it('writes an export inside the workspace, and refuses one outside it', async () => {
    (await api()).trust.isTrusted = () => false;
    const source = fixture(NOTES);
    const refused = await vscode.commands.executeCommand<vscode.Uri | undefined>('facilitatorNotes.exportMarkdown', { source, target: vscode.Uri.file(outside) });
    assert.equal(refused, undefined);
    assert.equal(fs.existsSync(outside), false, 'nothing written outside the workspace');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('facilitatorNotes.exportMarkdown', { source, target: inside });
    assert.equal(written?.toString(), inside.toString());
    assert.match(new TextDecoder().decode(await vscode.workspace.fs.readFile(inside)), /^# /);
  });

  it('trusted, writes an export outside the workspace too', async () => {
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('facilitatorNotes.exportMarkdown', { source: fixture(NOTES), target: vscode.Uri.file(outside) });
    assert.equal(written?.fsPath, outside);
    assert.ok(fs.statSync(outside).size > 0);
  });
});
