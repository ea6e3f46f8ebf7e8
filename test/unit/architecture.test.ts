// Keeps ARCHITECTURE.md's import rules honest: every relative import in src/ is checked against the
// rule of the folder it is in. A rule that is broken fails here with the file and the import.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const STAGES = ['vocabulary', 'parse', 'write', 'report', 'render'];
const ADAPTERS = ['editor', 'sidebar', 'overview'];

/** The room a path under src/ lives in: 'core/parse', 'sidebar', 'extension.ts', … */
function roomOf(file: string): string {
  const parts = file.split('/');
  return parts[0] === 'core' ? `core/${parts[1]}` : parts[0];
}

/** Why `from` may not import `to` (both relative to src/), or undefined when it may. */
function ruleBroken(from: string, to: string): string | undefined {
  const a = roomOf(from);
  const b = roomOf(to);
  if (a.startsWith('core/')) {
    if (!b.startsWith('core/')) return 'src/core imports nothing outside src/core';
    const [sa, sb] = [STAGES.indexOf(a.slice(5)), STAGES.indexOf(b.slice(5))];
    if (sa < 0 || sb < 0) return `src/core has only the stages ${STAGES.join(', ')}`;
    if (sb > sa) return `${a} may import earlier stages only (${STAGES.slice(0, sa + 1).join(', ')})`;
    return undefined;
  }
  if (a === 'io') return b === 'io' ? undefined : 'src/io imports only node and itself';
  if (a === 'workspace') return ['workspace', 'io'].includes(b) || b.startsWith('core/') ? undefined : 'src/workspace imports only core, io and itself';
  if (ADAPTERS.includes(a)) {
    return b === a || b === 'workspace' || b === 'io' || b.startsWith('core/') ? undefined
      : `${a}/ reaches other adapters only through workspace/`;
  }
  return undefined;
}

/** Every import specifier of a TypeScript source. */
function importsOf(source: string): string[] {
  return [...source.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)]
    .map((m) => m[1] ?? m[2]);
}

/** The broken rules of a set of sources, keyed by their path relative to src/. */
export function violations(sources: Map<string, string>): string[] {
  const found: string[] = [];
  for (const [file, source] of sources) {
    for (const spec of importsOf(source)) {
      if (spec === 'vscode' && file.startsWith('core/')) found.push(`${file}: imports vscode`);
      if (!spec.startsWith('.')) continue;
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
      const why = ruleBroken(file, target);
      if (why) found.push(`${file} → ${spec}: ${why}`);
    }
  }
  return found;
}

/** Every cycle of relative imports among the sources, each as its files in import order. */
export function importCycles(sources: Map<string, string>): string[][] {
  const edges = new Map<string, string[]>();
  for (const [file, source] of sources) {
    const targets = importsOf(source).filter((spec) => spec.startsWith('.'))
      .map((spec) => path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)))
      .map((target) => (sources.has(`${target}.ts`) ? `${target}.ts` : `${target}/index.ts`))
      .filter((target) => sources.has(target));
    edges.set(file, targets);
  }
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of edges.get(file) ?? []) {
      if (state.get(next) === 'open') cycles.push(stack.slice(stack.indexOf(next)));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of [...sources.keys()].sort()) if (!state.has(file)) visit(file);
  return cycles;
}

function sourcesUnder(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true }) as string[];
  return new Map(files.filter((f) => f.endsWith('.ts')).map((f) => [f.split(path.sep).join('/'), readFileSync(path.join(dir, f), 'utf8')]));
}

describe('architecture: import rules', () => {
  it('every import in src/ follows ARCHITECTURE.md', () => {
    assert.deepEqual(violations(sourcesUnder(path.join(ROOT, 'src'))), []);
  });

  it('no module of src/ imports itself back through others (type imports included)', () => {
    assert.deepEqual(importCycles(sourcesUnder(path.join(ROOT, 'src'))), []);
  });

  it("ARCHITECTURE.md's folder table names every folder of src/ and no folder that is gone", () => {
    const table = readFileSync(path.join(ROOT, 'ARCHITECTURE.md'), 'utf8');
    const named = [...table.matchAll(/^\| `src\/([^`]+)\/` \|/gm)].map((m) => m[1]).sort();
    const folders = (readdirSync(path.join(ROOT, 'src'), { recursive: true }) as string[])
      .map((f) => f.split(path.sep).join('/')).filter((f) => f !== 'core' && statSync(path.join(ROOT, 'src', f)).isDirectory()).sort();
    assert.deepEqual(named, folders);
  });

  it('finds an import circle', () => {
    const circle = new Map([
      ['core/parse/inline/a.ts', "import { b } from './b';"],
      ['core/parse/inline/b.ts', "import type { c } from './c';"],
      ['core/parse/inline/c.ts', "import { a } from './a';"],
      ['core/parse/inline/d.ts', "import { a } from './a';"],
    ]);
    assert.deepEqual(importCycles(circle), [['core/parse/inline/a.ts', 'core/parse/inline/b.ts', 'core/parse/inline/c.ts']]);
  });

  it('imports zod as a namespace only, so the bundle leaves out its 64 locales', () => {
    const named = [...sourcesUnder(path.join(ROOT, 'src'))].filter(([, source]) => /import\s+(?!\*\s+as\b)[^;]*from\s+['"]zod['"]/.test(source));
    assert.deepEqual(named.map(([file]) => file), []);
  });

  it('names each kind of violation', () => {
    const broken = new Map([
      ['core/parse/x.ts', "import * as vscode from 'vscode';\nimport { buildReport } from '../report/overview';"],
      ['core/report/y.ts', "import { renderHtml } from '../render/html';"],
      ['core/write/t.ts', "import { buildReport } from '../report/overview';"],
      ['core/parse/s.ts', "import { tagText } from '../write/tagEdit';"],
      ['core/vocabulary/z.ts', "export { parseSession } from '../parse/parser';"],
      ['core/render/w.ts', "import { SessionStore } from '../../workspace/sessionStore';"],
      ['sidebar/v.ts', "import { registerHover } from '../editor/hover';"],
      ['workspace/u.ts', "import { OverviewPanel } from '../overview/overviewPanel';"],
    ]);
    assert.deepEqual(violations(broken), [
      'core/parse/x.ts: imports vscode',
      'core/parse/x.ts → ../report/overview: core/parse may import earlier stages only (vocabulary, parse)',
      'core/report/y.ts → ../render/html: core/report may import earlier stages only (vocabulary, parse, write, report)',
      'core/write/t.ts → ../report/overview: core/write may import earlier stages only (vocabulary, parse, write)',
      'core/parse/s.ts → ../write/tagEdit: core/parse may import earlier stages only (vocabulary, parse)',
      'core/vocabulary/z.ts → ../parse/parser: core/vocabulary may import earlier stages only (vocabulary)',
      'core/render/w.ts → ../../workspace/sessionStore: src/core imports nothing outside src/core',
      'sidebar/v.ts → ../editor/hover: sidebar/ reaches other adapters only through workspace/',
      'workspace/u.ts → ../overview/overviewPanel: src/workspace imports only core, io and itself',
    ]);
  });

  it('allows what the rules allow', () => {
    const fine = new Map([
      ['core/render/a.ts', "import { parseSession } from '../parse/parser';\nimport { x } from './b';\nimport MarkdownIt from 'markdown-it';"],
      ['editor/b.ts', "import * as vscode from 'vscode';\nimport { SessionStore } from '../workspace/sessionStore';\nimport { t } from '../core/write/tagEdit';"],
      ['cli/overview.ts', "import { renderHtml } from '../core/render/overview/html';\nimport { w } from '../io/atomicWrite';"],
      ['core/render/report/b.ts', "import { isoDate } from '../../write/template';\nimport { esc } from '../shared/escape';"],
    ]);
    assert.deepEqual(violations(fine), []);
  });
});
