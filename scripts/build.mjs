// Bundles the extension and the CLI (one file each), the Word writer they load on demand (dist/docx.js),
// the workspace scan's parse worker (dist/notesWorker.js), the libraries the extension loads on first use (dist/markdown-it.js, dist/yaml.js),
// the web bundle for the browser's web worker extension host (dist/web/extension.js, libraries included),
// the chart renderer's WebAssembly and font the Word export reads beside the bundles (src/io/chartPng.ts),
// plus the test and bench entry points.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { WEB } from './lib/webBundle.mjs';

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning' };
/** Every .ts file under dir, sub-folders included (unit tests mirror src/ by area). */
const entries = (dir) => existsSync(dir)
  ? readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.ts')).map((f) => join(dir, f)) : [];

/**
 * Libraries the extension requires on first use (core/parse/parser.ts, core/vocabulary/yamlLibrary.ts)
 * ship as files of their own beside dist/extension.js, so the host does not compile them at activation.
 */
const LAZY_LIBRARIES = ['markdown-it', 'yaml'];
const lazyLibraries = {
  name: 'lazy-libraries',
  setup(b) {
    b.onResolve({ filter: new RegExp(`^(${LAZY_LIBRARIES.join('|')})$`) }, (args) =>
      (args.kind === 'require-call' ? { path: `./${args.path}.js`, external: true } : undefined));
  },
};
const minified = { ...common, minify: true, legalComments: 'none' };
const clock = { js: '"use strict";globalThis.__facilitatorNotesLoadStart = performance.now();' };

mkdirSync('dist', { recursive: true });
copyFileSync('node_modules/@resvg/resvg-wasm/index_bg.wasm', 'dist/resvg.wasm');
copyFileSync('node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf', 'dist/DejaVuSans.ttf');

await Promise.all([
  // Minified (the sourcemap maps stack traces back); the banner's clock lets the bundle report its own load time.
  build({ ...minified, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode', './docx.js'], plugins: [lazyLibraries], banner: clock }),
  build({ ...minified, ...WEB, entryPoints: ['src/extension.ts'], outfile: 'dist/web/extension.js', banner: clock }),
  ...LAZY_LIBRARIES.map((name) => build({ ...minified, outfile: `dist/${name}.js`,
    stdin: { contents: `module.exports = require(${JSON.stringify(name)});`, resolveDir: '.', sourcefile: `${name}-chunk.js` } })),
  build({ ...common, entryPoints: ['src/cli/index.ts'], outfile: 'dist/cli.js', external: ['./docx.js'], banner: { js: '#!/usr/bin/env node' } }),
  build({ ...minified, entryPoints: ['src/core/render/report/docx.ts'], outfile: 'dist/docx.js' }),
  // The workspace scan's parse worker (src/workspace/notesPool.ts starts it): the core with its libraries inside.
  build({ ...minified, entryPoints: ['src/workspace/notesWorker.ts'], outfile: 'dist/notesWorker.js' }),
  build({ ...common, entryPoints: entries('test/bench'), outdir: 'dist/test/bench', external: ['playwright-core'] }),
  build({ ...common, entryPoints: entries('test/unit'), outdir: 'dist/test/unit', outbase: 'test/unit', external: ['mocha', 'playwright-core', 'commonmark-spec', 'esbuild', './docx.js'] }),
  build({ ...common, entryPoints: entries('test/integration'), outdir: 'dist/test/integration', external: ['vscode', 'mocha'] }),
  build({ ...common, entryPoints: entries('test/e2e'), outdir: 'dist/test/e2e', external: ['mocha', 'playwright-core'] }),
]);
