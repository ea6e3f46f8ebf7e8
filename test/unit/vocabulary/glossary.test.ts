// Every Dutch string uses the glossary's words (../shared/nl-style.md): none of the words it rules out appears in
// the manifest, the runtime bundle, the model's texts, the report words, hovers, snippets or any Dutch literal in src/.
import { strict as assert } from 'node:assert';
import { DUTCH_SOURCES, dutchLiterals } from '../helpers/dutchStrings';

/** The words the glossary rules out, as whole words ("niveau" but not "gespreksniveau"), with their plurals. */
export const NOT_WORDS = [
  'deelfase', 'deelfasen', 'deelfases', 'voorzichtig', 'voorzichtige', 'voorzichtigheid', 'thermometerniveau', 'thermometerniveaus',
  'begeleider', 'begeleiders', 'procesbegeleider', 'procesbegeleiders', 'eigenaar', 'eigenaars', 'eigenaren', 'deadline', 'deadlines',
  'partnerschap', 'partnerschappen', 'waarneming', 'waarnemingen', 'niveau', 'niveaus', 'meting', 'metingen', 'rapport', 'rapporten',
  'huidig niveau', 'huidige niveau', 'sessies aanwezig', 'de stand waarop de sessie nu zit',
];

const found = (text: string): string[] => [
  ...NOT_WORDS.filter((w) => new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'iu').test(text)),
  // A lock alone says nothing where the font lacks it: the word privé goes with it.
  ...(text.includes('🔒') && !/privé/iu.test(text) ? ['🔒 without privé'] : []),
];

describe('Dutch strings use the glossary', () => {
  it('the check itself finds a ruled-out word as a whole word only', () => {
    assert.deepEqual(found('Dit is de deelfase; Huidig niveau'), ['deelfase', 'niveau', 'huidig niveau']);
    assert.deepEqual(found('Gespreksniveau en thermometerstand'), []);
    assert.deepEqual(found('De eigenaren en hun deadlines; 🔒'), ['eigenaren', 'deadlines', '🔒 without privé']);
    assert.deepEqual(found('🔒 privé'), []);
  });

  it('the scan of src/ reads the value of every nl: key and …_NL constant, and nothing in a type', () => {
    const source = "const T = { en: 'x', nl: 'Een \\'tekst\\'' };\nconst P = {\n  nl: {\n    a: (f) => `${f}: geen verslag`,\n    b: ['één', \"twee\"],\n  },\n};\n"
      + "type L = { nl: string };\nconst YAML_NL: Record<string, string> = { A: 'drie' };\n";
    assert.deepEqual(dutchLiterals(source), ["Een 'tekst'", '{}: geen verslag', 'één', 'twee', 'drie']);
    assert.ok(DUTCH_SOURCES['Dutch literals in src/ (problems, front matter, exports, …)']().includes('Onbekende partij \'{}\' in {}'));
  });

  for (const [name, texts] of Object.entries(DUTCH_SOURCES)) {
    it(`${name}: none of ${NOT_WORDS.length} ruled-out words`, () => {
      const all = texts();
      assert.ok(all.length > 0, `no Dutch strings read from ${name}`);
      assert.deepEqual(all.flatMap((s) => found(s).map((w) => `${w}: ${s.slice(0, 80)}`)), []);
    });
  }
});
