// Every Dutch string of the product, by where it lives: the manifest, the runtime bundle, the model, the report
// words, hovers, snippets, new notes, and every Dutch literal in src/. The glossary and form tests read them here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tagHover } from '../../../src/core/render/editor/hoverText';
import { DOSSIER_LABELS } from '../../../src/core/render/dossier/dossierLabels';
import { PARTNER_WORDS } from '../../../src/core/render/report/partnerWords';
import { LENS_IDS, lensDimensions } from '../../../src/core/vocabulary/lenses';
import { BUILTIN_VOCABULARY, Dimension, Term } from '../../../src/core/vocabulary/vocabulary';
import { buildSnippets } from '../../../src/core/write/snippets';
import { howToComment } from '../../../src/core/write/template';

export const root = join(__dirname, '..', '..', '..', '..');
const read = (file: string): string => readFileSync(join(root, file), 'utf8');
export const json = (file: string): Record<string, string> => JSON.parse(read(file));

/** The built-in model with every lens switched on. */
export const MODEL_DIMENSIONS: Dimension[] = [...BUILTIN_VOCABULARY.dimensions, ...lensDimensions(LENS_IDS)];
const vocabulary = { dimensions: MODEL_DIMENSIONS };

const termTexts = (t: Term): string[] => [t.label.nl, t.summary.nl, t.about?.nl, t.keyQuestion?.nl, t.skipped?.nl,
  t.signs?.nl, ...(t.questions?.nl ?? []), ...(t.actions?.nl ?? [])].filter((s): s is string => !!s);

/** A string literal's text: escapes undone, a template's ${…} holes shown as {}. */
function literalText(quote: string, body: string): string {
  const text = quote === '`' ? body.replace(/\$\{[^}]*\}/g, '{}') : body;
  return text.replace(/\\(.)/g, (_, c: string) => ({ n: '\n', t: '\t' })[c] ?? c);
}

const LITERAL = /(['"`])((?:\\.|(?!\1)[^\\])*)\1/g;

/** The bracketed value that starts at `open` ('{' or '['), up to its matching close, strings skipped. */
function bracketed(source: string, open: number): string {
  const close = source[open] === '{' ? '}' : ']';
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\'' || c === '"' || c === '`') {
      LITERAL.lastIndex = i;
      const m = LITERAL.exec(source);
      if (m?.index === i) { i += m[0].length - 1; continue; }
    }
    if (c === source[open]) depth++;
    else if (c === close && --depth === 0) return source.slice(open, i + 1);
  }
  return source.slice(open);
}

/**
 * The Dutch literals of a source file: the value of every `nl:` key (a string, or every string in its object or
 * list) and of every constant named `…_NL`. Type positions (`nl: string`) hold no literal and give nothing.
 */
export function dutchLiterals(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(/\bnl: *(?=['"`{[])|\b[A-Z_]+_NL\b[^=\n]*= */g)) {
    const start = m.index + m[0].length;
    const value = source[start] === '{' || source[start] === '[' ? bracketed(source, start) : source.slice(start);
    const literals = [...value.matchAll(new RegExp(LITERAL.source, 'g'))].map((l) => literalText(l[1], l[2]));
    found.push(...(source[start] === '{' || source[start] === '[' ? literals : literals.slice(0, 1)));
  }
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const path = `${dir}/${e.name}`;
    return e.isDirectory() ? sourceFiles(path) : e.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every Dutch string by where it lives. */
export const DUTCH_SOURCES: Record<string, () => string[]> = {
  'package.nls.nl.json': () => Object.values(json('package.nls.nl.json')),
  'l10n/bundle.l10n.nl.json': () => Object.values(json('l10n/bundle.l10n.nl.json')),
  'the model (vocabulary and lenses)': () => MODEL_DIMENSIONS.flatMap((d) => [d.label.nl, ...d.terms.flatMap(termTexts)]),
  'report, overview and dossier words': () => Object.values(DOSSIER_LABELS.nl).flat(),
  'the partners\' report words': () => Object.values(PARTNER_WORDS.nl),
  'hovers': () => MODEL_DIMENSIONS.flatMap((d) => d.terms.map((t) => tagHover(vocabulary, d.id, t.id, 'nl') ?? '')),
  'snippets': () => Object.values(buildSnippets(BUILTIN_VOCABULARY, 'nl')).map((s) => [s.description, ...s.body].join('\n')),
  'new notes': () => [howToComment('nl', BUILTIN_VOCABULARY)],
  'Dutch literals in src/ (problems, front matter, exports, …)': () => sourceFiles('src').flatMap((f) => dutchLiterals(read(f))),
};
