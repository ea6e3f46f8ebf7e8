import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseSession } from '../../../src/core/parse/parser';
import { BUILTIN_VOCABULARY, Lang } from '../../../src/core/vocabulary/vocabulary';
import { KnownTag, compileVocabulary } from '../../../src/core/vocabulary/lexicon';
import { tagText, taggableDimensions } from '../../../src/core/write/tagEdit';
import { SnippetFile, snippetFileText } from '../../../src/core/write/snippets';

const FILE = path.resolve(__dirname, '../../../../snippets/markdown.code-snippets');
const VARIABLES: Record<string, string> = { CURRENT_YEAR: '2026', CURRENT_MONTH: '03', CURRENT_DATE: '02', CURRENT_HOUR: '14', CURRENT_MINUTE: '05' };
const CHOICE = /\$\{(\d+)\|((?:[^|\\]|\\.)*)\|\}/g;

const lexicon = compileVocabulary(BUILTIN_VOCABULARY);
const spellings = (lang: Lang): Set<string> =>
  new Set(taggableDimensions(BUILTIN_VOCABULARY).flatMap((d) => d.terms.map((t) => tagText(d, t, lang))));

/** Every choice list of a body: its tab stop and its options. */
function choices(body: string): { stop: string; options: string[] }[] {
  return [...body.matchAll(CHOICE)].map((m) => ({ stop: m[1], options: m[2].split(/(?<!\\),/).map((o) => o.replace(/\\(.)/g, '$1')) }));
}

/** The snippet's text as VS Code inserts it, with one option picked per choice stop. */
function expand(body: string, pick: Record<string, string>): string {
  return body
    .replace(CHOICE, (_m, stop: string, list: string) => pick[stop] ?? list.split(/(?<!\\),/)[0])
    .replace(/\$\{([A-Z_]+)\}/g, (_m, name: string) => VARIABLES[name])
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\d+/g, '');
}

describe('snippets', () => {
  const text = fs.readFileSync(FILE, 'utf8');
  const snippets = JSON.parse(text) as SnippetFile;

  it('the file is current with the vocabulary (regenerate: node scripts/snippets.mjs)', () => {
    assert.equal(text, snippetFileText(BUILTIN_VOCABULARY));
  });

  it('has each snippet in English and Dutch with distinct prefixes', () => {
    assert.deepEqual(Object.keys(snippets), [
      'New session notes (en)', 'Observation (en)', 'Thermometer reading (en)', 'Action item (en)', 'Phase section (en)',
      'Nieuwe sessienotities (nl)', 'Observatie (nl)', 'Thermometerstand (nl)', 'Actie (nl)', 'Fasesectie (nl)',
    ]);
    const prefixes = Object.values(snippets).flatMap((s) => s.prefix);
    assert.equal(new Set(prefixes).size, prefixes.length);
  });

  for (const [name, snippet] of Object.entries(JSON.parse(fs.readFileSync(FILE, 'utf8')) as SnippetFile)) {
    it(`${name}: every choice expands to a tag or value the parser recognises`, () => {
      const body = snippet.body.join('\n');
      const lists = choices(body);
      if (!name.startsWith('Action') && !name.startsWith('Actie')) assert.ok(lists.length > 0, 'has choice lists');
      const nl = name.endsWith('(nl)');
      for (const { stop, options } of lists) {
        for (const option of options) {
          const session = parseSession(expand(body, { [stop]: option }), { file: 's.md' });
          assert.deepEqual(session.problems, [], `${option}: no problems`);
          assert.deepEqual(session.tags.filter((t) => !t.dimension).map((t) => t.raw), [], `${option}: no unknown tags`);
          if (option.startsWith('#')) {
            assert.ok(session.tags.some((t) => `#${t.raw}` === option && t.dimension), `${option} is a known tag`);
            assert.ok(spellings(nl ? 'nl' : 'en').has(option), `${option} spelled in the snippet's language`);
          } else {
            assert.ok(spellings(nl ? 'nl' : 'en').has(`#${option}`), `${option} spelled in the snippet's language`);
            const { phase, thermometer } = session.frontMatter;
            assert.ok([phase, thermometer].includes(lexicon.resolve(option).kind === 'known' ? (lexicon.resolve(option) as KnownTag).term.id : '?'), `front matter value ${option} accepted`);
          }
        }
      }
    });
  }

  it('the session snippet gives dated session notes', () => {
    const session = parseSession(expand(snippets['New session notes (en)'].body.join('\n'), {}), { file: 's.md' });
    assert.equal(session.date, '2026-03-02');
    assert.equal(session.title, 'Title');
    assert.equal(session.startLevel, 'friendly');
  });

  it('the Dutch session snippet writes the Dutch front matter keys, read as the English ones', () => {
    const body = snippets['Nieuwe sessienotities (nl)'].body;
    assert.deepEqual(body.slice(1, 6).map((line) => line.split(':')[0]), ['titel', 'datum', 'facilitator', 'deelnemers', 'fase']);
    const dutch = parseSession(expand(body.join('\n'), {}), { file: 's.md' });
    const english = parseSession(expand(snippets['New session notes (en)'].body.join('\n'), {}), { file: 's.md' });
    assert.deepEqual([dutch.title, dutch.date, dutch.frontMatter.phase, dutch.frontMatter.participants], ['Titel', '2026-03-02', 'explore', ['Partner A', 'Partner B']]);
    assert.deepEqual([english.date, english.frontMatter.phase, english.frontMatter.participants], [dutch.date, dutch.frontMatter.phase, dutch.frontMatter.participants]);
  });

  it('the reading snippet is a thermometer reading', () => {
    const session = parseSession(expand(snippets['Thermometerstand (nl)'].body.join('\n'), { 1: '#onenigheid' }), { file: 's.md' });
    assert.deepEqual(session.readings, [{ line: 1, level: 'disagreement', text: '14:05 Wat er gebeurde', time: '14:05' }]);
  });
});
