// Guards the cheap start of the extension (issue 10) without timing anything: loading dist/extension.js
// and running activate() (vscode stubbed, in a fresh Node process) build no zod schema, no markdown-it
// and no yaml, and load none of the files the bundle requires on first use; the first parse does.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { STUBBED_VSCODE } from './helpers/stubbedVscode';

const BUNDLE = path.resolve(__dirname, '../../extension.js');

/** Counts zod schemas through zod's own hook (every schema construction calls it), then loads, activates and parses. */
const SCRIPT = `${STUBBED_VSCODE}
let schemas = 0;
globalThis.__zod_globalConfig = { postProcessor: () => { schemas++; } };
const dist = () => Object.keys(require.cache).filter((f) => f.startsWith(${JSON.stringify(path.dirname(BUNDLE))})).map((f) => require('path').basename(f));
const state = () => ({ schemas, built: extension.builtSoFar(), files: dist() });
const extension = require(${JSON.stringify(BUNDLE)});
const loaded = state();
const api = extension.activate(stubContext);
const activated = state();
const session = api.store.get({ languageId: 'markdown', uri: { toString: () => 'file:///notes/kick-off.md' }, version: 1, isDirty: false,
  getText: () => '---\\ntitle: Kick-off\\nparticipants:\\n  - Gemeente\\n  - Zorggroep\\n---\\n# Opening\\nWe talk. #relatie #waakzaam\\n' });
const parsed = { ...state(), tags: session.tags.map((t) => t.raw), participants: session.participants.map((p) => p.name) };
const quoted = api.store.get({ languageId: 'markdown', uri: { toString: () => 'file:///notes/deel-2.md' }, version: 1, isDirty: false,
  getText: () => '---\\ntitle: "Kick-off: deel 2"\\n---\\n# Opening\\nWe talk. #relatie\\n' });
const yamlRead = { ...state(), title: quoted.title };
console.log(JSON.stringify({ loaded, activated, parsed, yamlRead }));`;

interface Moment { schemas: number; built: string[]; files: string[] }

type Result = { loaded: Moment; activated: Moment; parsed: Moment & { tags: string[]; participants: string[] }; yamlRead: Moment & { title: string } };

function run(): Result {
  const child = spawnSync(process.execPath, ['-e', SCRIPT], { encoding: 'utf8' });
  assert.equal(child.status, 0, child.stderr);
  return JSON.parse(child.stdout);
}

describe('extension load: nothing activation does not need is built', () => {
  let result: Result;
  before(() => { result = run(); });

  it('loading the bundle builds no zod schema, markdown-it or yaml and requires no other file of dist/', () => {
    assert.deepEqual(result.loaded, { schemas: 0, built: [], files: ['extension.js'] });
  });

  it('activate() builds none of them either', () => {
    assert.deepEqual(result.activated, { schemas: 0, built: [], files: ['extension.js'] });
  });

  it('the first parse builds markdown-it from the file beside the bundle, and reads the notes as before', () => {
    const { schemas, ...rest } = result.parsed;
    assert.ok(schemas > 0, 'the front matter schema is built (zod\'s hook counts it)');
    // Front matter of 'key: text' lines and '- item' lists is read without yaml.
    assert.deepEqual(rest, {
      built: ['markdown-it'],
      files: ['extension.js', 'markdown-it.js'],
      tags: ['relatie', 'waakzaam'],
      participants: ['Gemeente', 'Zorggroep'],
    });
  });

  it('yaml is built, from the file beside the bundle, only for front matter that needs it', () => {
    const { schemas, ...rest } = result.yamlRead;
    assert.ok(schemas > 0);
    assert.deepEqual(rest, {
      built: ['markdown-it', 'yaml'],
      files: ['extension.js', 'markdown-it.js', 'yaml.js'],
      title: 'Kick-off: deel 2',
    });
  });
});
