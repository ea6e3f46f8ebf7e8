// Every Dutch string uses the glossary's words (../shared/nl-style.md): none of the words it rules out
// appears in the manifest, the runtime bundle, the model's texts, the report words, hovers, problems or snippets.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tagHover } from '../../../src/core/render/editor/hoverText';
import { DOSSIER_LABELS } from '../../../src/core/render/dossier/dossierLabels';
import { LENS_IDS, lensDimensions } from '../../../src/core/vocabulary/lenses';
import { BUILTIN_VOCABULARY, Dimension, Term } from '../../../src/core/vocabulary/vocabulary';
import { buildSnippets } from '../../../src/core/write/snippets';

const root = join(__dirname, '..', '..', '..', '..');
const read = (file: string): string => readFileSync(join(root, file), 'utf8');

/** The words the glossary rules out, as whole words ("niveau" but not "gespreksniveau"). */
export const NOT_WORDS = [
  'deelfase', 'voorzichtig', 'voorzichtigheid', 'thermometerniveau', 'begeleider', 'procesbegeleider', 'eigenaar',
  'deadline', 'partnerschap', 'waarneming', 'niveau', 'meting', 'metingen', 'rapport', 'huidig niveau', 'sessies aanwezig',
];

const found = (text: string): string[] =>
  NOT_WORDS.filter((w) => new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'iu').test(text));

/** The text between `nl: {` and its closing brace in a source file: a module's Dutch phrases. */
function dutchBlock(file: string): string {
  const source = read(file);
  const start = source.indexOf('  nl: {');
  assert.ok(start >= 0, `${file} has no Dutch block`);
  let depth = 0;
  for (let i = source.indexOf('{', start); i < source.length; i++) {
    if (source[i] === '{') depth++;
    else if (source[i] === '}' && --depth === 0) return source.slice(start, i + 1);
  }
  throw new Error(`${file}: the Dutch block is not closed`);
}

const termTexts = (t: Term): string[] => [t.label.nl, t.summary.nl, t.about?.nl, t.skipped?.nl, t.signs?.nl,
  ...(t.questions?.nl ?? []), ...(t.actions?.nl ?? [])].filter((s): s is string => !!s);

const dimensions: Dimension[] = [...BUILTIN_VOCABULARY.dimensions, ...lensDimensions(LENS_IDS)];
const vocabulary = { dimensions };

const SOURCES: Record<string, () => string[]> = {
  'package.nls.nl.json': () => Object.values(JSON.parse(read('package.nls.nl.json'))),
  'l10n/bundle.l10n.nl.json': () => Object.values(JSON.parse(read('l10n/bundle.l10n.nl.json'))),
  'the model (vocabulary and lenses)': () => dimensions.flatMap((d) => [d.label.nl, ...d.terms.flatMap(termTexts)]),
  'report, overview and dossier words': () => Object.values(DOSSIER_LABELS.nl).flat(),
  'hovers': () => dimensions.flatMap((d) => d.terms.map((t) => tagHover(vocabulary, d.id, t.id, 'nl') ?? '')),
  'problem texts': () => [dutchBlock('src/core/parse/problemText.ts')],
  'snippets': () => Object.values(buildSnippets(BUILTIN_VOCABULARY, 'nl')).map((s) => [s.description, ...s.body].join('\n')),
};

describe('Dutch strings use the glossary', () => {
  it('the check itself finds a ruled-out word as a whole word only', () => {
    assert.deepEqual(found('Dit is de deelfase; Huidig niveau'), ['deelfase', 'niveau', 'huidig niveau']);
    assert.deepEqual(found('Gespreksniveau en thermometerstand'), []);
  });

  for (const [name, texts] of Object.entries(SOURCES)) {
    it(`${name}: none of ${NOT_WORDS.length} ruled-out words`, () => {
      const all = texts();
      assert.ok(all.length > 0, `no Dutch strings read from ${name}`);
      assert.deepEqual(all.flatMap((s) => found(s).map((w) => `${w}: ${s.slice(0, 80)}`)), []);
    });
  }
});
