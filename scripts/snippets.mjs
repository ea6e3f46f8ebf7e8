// Writes snippets/markdown.code-snippets from the vocabulary (src/core/write/snippets.ts).
// Run after changing the vocabulary or the snippets: node scripts/snippets.mjs
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';

const bundle = await build({
  stdin: { contents: "export { snippetFileText } from './src/core/write/snippets';\nexport { BUILTIN_VOCABULARY } from './src/core/vocabulary/vocabulary';", resolveDir: '.', loader: 'ts' },
  bundle: true, platform: 'node', format: 'cjs', write: false, logLevel: 'warning',
});
const module = { exports: {} };
new Function('module', 'exports', 'require', bundle.outputFiles[0].text)(module, module.exports, (await import('node:module')).createRequire(import.meta.url));
writeFileSync('snippets/markdown.code-snippets', module.exports.snippetFileText(module.exports.BUILTIN_VOCABULARY));
console.log('wrote snippets/markdown.code-snippets');
