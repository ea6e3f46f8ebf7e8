// Bundles the extension and the CLI (one file each), the Word writer they load on demand (dist/docx.js),
// plus the test and bench entry points.
import { build } from 'esbuild';
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning' };
/** Every .ts file under dir, sub-folders included (unit tests mirror src/ by area). */
const entries = (dir) => existsSync(dir)
  ? readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.ts')).map((f) => join(dir, f)) : [];

await Promise.all([
  // Minified (the sourcemap maps stack traces back); the banner's clock lets the bundle report its own load time.
  build({ ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode', './docx.js'], minify: true,
    banner: { js: '"use strict";globalThis.__facilitatorNotesLoadStart = performance.now();' } }),
  build({ ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', external: ['./docx.js'], banner: { js: '#!/usr/bin/env node' } }),
  build({ ...common, entryPoints: ['src/core/render/docx.ts'], outfile: 'dist/docx.js', minify: true }),
  build({ ...common, entryPoints: entries('test/bench'), outdir: 'dist/test/bench', external: ['playwright-core'] }),
  build({ ...common, entryPoints: entries('test/unit'), outdir: 'dist/test/unit', outbase: 'test/unit', external: ['mocha', 'playwright-core', 'commonmark-spec'] }),
  build({ ...common, entryPoints: entries('test/integration'), outdir: 'dist/test/integration', external: ['vscode', 'mocha'] }),
  build({ ...common, entryPoints: entries('test/e2e'), outdir: 'dist/test/e2e', external: ['mocha', 'playwright-core'] }),
]);
