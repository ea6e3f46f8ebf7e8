// The web bundle (dist/web/extension.js) runs in the browser's web worker extension host: no Node there.
// It is loaded and activated here in a bare JavaScript realm that has only what a web worker has (vscode
// stubbed), a notes text is parsed (markdown-it and yaml come from the bundle), the Word writer built for the
// browser writes a .docx there, and the build's guard is shown to refuse a Node built-in.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { build } from 'esbuild';
import { documentDocx } from '../../../src/core/render/report/docx';
import { partnerDocument } from '../../../src/core/render/report/partnerReport';
import { chartSvgs } from '../../../src/core/render/report/reportDocument';
import { chartPngs } from '../../../src/io/chartPng';
import { wordText } from '../helpers/wordFile';

const ROOT = path.resolve(__dirname, '../../../..');
const BUNDLE = path.join(ROOT, 'dist/web/extension.js');
const NOTES = '---\ntitle: Regiotafel\ndate: 2026-04-09\nlang: en\n---\n# Opening\nWe want one front door #ambition\n';

/** The web bundle's esbuild options and guard, from the build script itself. */
const webOptions = async () => (await import(path.join(ROOT, 'scripts/lib/webBundle.mjs'))).WEB as object;

const stub: object = new Proxy(function () { /* stand-in */ }, {
  get: (_t, k) => (k === 'prototype' ? {} : k === Symbol.toPrimitive ? () => '' : k === Symbol.iterator ? [][Symbol.iterator] : k === 'then' ? undefined : stub),
  apply: () => stub, construct: () => stub, getPrototypeOf: () => stub, set: () => true,
});

/** A realm with a web worker's globals and none of Node's (no process, Buffer, require, setImmediate). */
function workerRealm(): vm.Context {
  return vm.createContext({
    console, setTimeout, clearTimeout, setInterval, clearInterval, queueMicrotask, crypto, performance,
    navigator: { userAgent: 'Mozilla/5.0 (X11; Linux x86_64)' },
    TextEncoder, TextDecoder, atob, btoa, URL, Blob,
  });
}

/** Runs a CommonJS bundle in the realm; `vscode` is the only module it may require. */
function load(source: string, realm: vm.Context): Record<string, unknown> {
  const module = { exports: {} as Record<string, unknown> };
  const required: string[] = [];
  const require = (id: string) => {
    required.push(id);
    if (id !== 'vscode') throw new Error(`require('${id}') in the web worker host`);
    return stub;
  };
  vm.runInContext(`(function (module, exports, require) {${source}\n})`, realm)(module, module.exports, require);
  return module.exports;
}

describe('web bundle (web worker extension host)', function () {
  this.timeout(20_000);

  it('requires nothing but vscode', () => {
    const required = new Set([...fs.readFileSync(BUNDLE, 'utf8').matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]));
    assert.deepEqual([...required], ['vscode']);
  });

  it('loads, activates and parses notes with only a web worker\'s globals', () => {
    const realm = workerRealm();
    const extension = load(fs.readFileSync(BUNDLE, 'utf8'), realm);
    const context = new Proxy({ subscriptions: [] }, { get: (t, k) => (k in t ? t[k as 'subscriptions'] : stub) });
    const api = (extension.activate as (c: object) => { store: { get(doc: object): { tags: { raw: string }[]; participants: { name: string }[] } } })(context);
    const session = api.store.get({ languageId: 'markdown', uri: { toString: () => 'file:///notes/kick-off.md' }, version: 1, isDirty: false,
      getText: () => '---\ntitle: Kick-off\nparticipants:\n  - Gemeente\n  - Zorggroep\n---\n# Opening\nWe talk. #relatie #waakzaam\n' });
    assert.deepEqual([...session.tags].map((t) => t.raw), ['relatie', 'waakzaam']);
    assert.deepEqual([...session.participants].map((p) => p.name), ['Gemeente', 'Zorggroep']);
    assert.equal(vm.runInContext('typeof process + typeof Buffer + typeof setImmediate', realm), 'undefinedundefinedundefined');
  });

  it('writes the partner report as Word in the browser build', async () => {
    const built = await build({ ...(await webOptions()), bundle: true, write: false, logLevel: 'silent',
      entryPoints: [path.join(ROOT, 'src/core/render/report/docx.ts')] });
    const writer = load(built.outputFiles[0].text, workerRealm()) as { documentDocx(doc: object): Promise<Uint8Array> };
    const doc = partnerDocument({ file: 'regiotafel.md', text: NOTES }, { lang: 'en' });
    const bytes = await writer.documentDocx(doc);
    assert.deepEqual([...bytes.slice(0, 2)], [0x50, 0x4b]);
    const text = await wordText(bytes);
    assert.equal(text, await wordText(await documentDocx(doc)));
    assert.match(text, /^REPORT\n[\s\S]*\nRegiotafel\n[\s\S]*\nWe want one front door\n/);
  });

  it('draws the Word report\'s chart in the browser build, the same picture as in Node', async () => {
    const built = await build({ ...(await webOptions()), bundle: true, write: false, logLevel: 'silent',
      entryPoints: [path.join(ROOT, 'src/io/chartPng.ts')] });
    const realm = workerRealm();
    const renderer = load(built.outputFiles[0].text, realm) as { chartPngs: typeof chartPngs };
    // The files as the worker's own bytes, as vscode.workspace.fs.readFile gives them there.
    const WorkerBytes = vm.runInContext('Uint8Array', realm) as typeof Uint8Array;
    const bytes = (name: string) => fs.readFileSync(path.join(ROOT, 'dist', name));
    const svgs = chartSvgs(partnerDocument({ file: 'regiotafel.md', text: `${NOTES}We listen first #relationship #explore\n` }, { lang: 'en' }));
    assert.equal(svgs.length, 1);
    const [png] = await renderer.chartPngs(svgs, async (name) => WorkerBytes.from(bytes(name))) ?? [];
    assert.ok(png, 'no picture in the web worker');
    assert.deepEqual([...png.slice(1, 4)], [0x50, 0x4e, 0x47]);
    const inNode = await chartPngs(svgs, async (name) => new Uint8Array(bytes(name)));
    assert.ok(Buffer.from(png).equals(Buffer.from(inNode?.[0] ?? [])), 'the web worker\'s picture differs from Node\'s');
  });

  for (const name of ['node:fs', 'fs', 'path', 'crypto', 'fs/promises', 'node:worker_threads']) {
    it(`the build refuses the Node built-in '${name}'`, async () => {
      const attempt = build({ ...(await webOptions()), bundle: true, write: false, logLevel: 'silent',
        stdin: { contents: `import * as m from '${name}'; export const x = m;`, resolveDir: ROOT } });
      await assert.rejects(attempt, (e: Error) => e.message.includes(`Node built-in '${name}' in the web bundle`));
    });
  }
});
