// What makes the web bundle (dist/web/extension.js) fit the browser's web worker extension host, which
// has no Node and loads one file: a Node built-in fails the build, and the Word bundle that the Node
// host requires beside itself (src/io/docxBundle.ts) is bundled in from its source.
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';

const NODE_BUILTIN = new RegExp(`^(node:.*|${builtinModules.map((m) => m.replace(/\//g, '\\/')).join('|')})(/.*)?$`);

export const webOnly = {
  name: 'web-only',
  setup(b) {
    b.onResolve({ filter: NODE_BUILTIN }, (args) => ({
      errors: [{ text: `Node built-in '${args.path}' in the web bundle (imported by ${args.importer || 'the entry'})` }],
    }));
    b.onResolve({ filter: /^\.\/docx\.js$/ }, () => ({ path: fileURLToPath(new URL('../../src/core/render/report/docx.ts', import.meta.url)) }));
  },
};

/** esbuild options of the web bundle, beside the Node bundle's. */
export const WEB = { platform: 'browser', target: 'es2022', format: 'cjs', external: ['vscode'], plugins: [webOnly] };
