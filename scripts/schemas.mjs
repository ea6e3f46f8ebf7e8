// Writes schemas/*.schema.json from the zod types listed in src/core/report/schemas.ts: node scripts/schemas.mjs
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const bundle = await build({
  entryPoints: ['src/core/report/schemas.ts'], bundle: true, platform: 'node', format: 'cjs', write: false, logLevel: 'warning',
});
const module = { exports: {} };
new Function('module', 'exports', 'require', bundle.outputFiles[0].text)(module, module.exports, createRequire(import.meta.url));
const { SCHEMA_FILES, schemaText } = module.exports;
mkdirSync('schemas', { recursive: true });
for (const entry of SCHEMA_FILES) {
  writeFileSync(`schemas/${entry.file}`, schemaText(entry));
  console.log(`wrote schemas/${entry.file}`);
}
