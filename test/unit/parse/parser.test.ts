import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { blockTokens, isSessionNotes, levelAt, mostSevere, parseSession } from '../../../src/core/parse/parser';
import { compileVocabulary, editDistance } from '../../../src/core/vocabulary/lexicon';
import { BUILTIN_VOCABULARY, Vocabulary } from '../../../src/core/vocabulary/vocabulary';

const parse = (text: string, file = 'notes.md') => parseSession(text, { file });
const tagsOf = (text: string) => parse(text).tags.map((t) => t.value ?? `free:${t.raw}`);

describe('parser: tag recognition', () => {
  it('accepts Dutch and English aliases, any case, with canonical English ids', () => {
    assert.deepEqual(tagsOf('#Ambitie #interests #BELANG #belangen #interest #relatie #relation #organization #Organisatie #proces'),
      ['ambition', 'interests', 'interests', 'interests', 'interests', 'relationship', 'relationship', 'organisation', 'organisation', 'process']);
    assert.deepEqual(tagsOf('#verkennen #share #overeenkomen #vormgeven #execute'), ['explore', 'share', 'agree', 'shape', 'execute']);
    assert.deepEqual(tagsOf('#aangenaam #vriendschappelijk #waakzaam #disagreement #conflict'), ['friendly', 'friendly', 'watchful', 'disagreement', 'conflict']);
  });

  it('accepts prefixed forms in both languages', () => {
    assert.deepEqual(tagsOf('#condition/ambition #conditie/relatie #phase/share #fase/uitvoeren #thermometer/waakzaam #need/trust #behoefte/erkenning #need/zorgzaamheid'),
      ['ambition', 'relationship', 'share', 'execute', 'watchful', 'trust', 'recognition', 'care']);
  });

  it('needs are prefix-only: a bare need word is a free tag with a suggestion', () => {
    const s = parse('Dit gaat over #vertrouwen');
    assert.deepEqual(s.tags.map((t) => [t.raw, t.value]), [['vertrouwen', undefined]]);
    assert.deepEqual(s.problems.map((p) => [p.code, p.suggestion]), [['near-miss-tag', '#need/vertrouwen']]);
  });

  it('strips trailing punctuation and accepts tags after brackets, quotes and emphasis', () => {
    assert.deepEqual(tagsOf('(#proces). "#relatie" *#ambitie* **#delen**, [#waakzaam] _#belangen_'),
      ['process', 'relationship', 'ambition', 'share', 'watchful', 'interests']);
  });

  it('rejects numbers, C#, anchors, escaped or encoded hashes and double hashes', () => {
    assert.deepEqual(tagsOf('#12 C# page#anchor \\#proces &#35;proces &num;delen ##relatie x#ambitie'), []);
  });

  it('finds tags in table cells, at their row', () => {
    const s = parse('| #ambitie | b |\n|---|---|\n| c | #delen |');
    assert.deepEqual(s.tags.map((t) => [t.value, t.line, t.column]), [['ambition', 1, 2], ['share', 3, 6]]);
  });

  it('takes letters of any script and diacritics, digits, _ - and /', () => {
    assert.deepEqual(parse('#überleg #co-creatie #fase2 #a_b #café.').tags.map((t) => t.raw), ['überleg', 'co-creatie', 'fase2', 'a_b', 'café']);
  });

  it('normalises tag names to NFC', () => {
    const decomposed = '#cafe\u0301';
    assert.deepEqual(parse(decomposed).tags.map((t) => t.raw), ['café']);
  });

  it('skips code spans, fenced and indented code, HTML, link destinations and autolinks', () => {
    const text = [
      'Real #proces with `#ambitie` and <span title="#relatie">x</span> and [link](http://x/#belangen) <https://y/#delen>',
      '',
      '```',
      '#ambitie',
      '```',
      '',
      '    #relatie in indented code',
      '',
      '<div>',
      '#organisatie in html',
      '</div>',
    ].join('\n');
    assert.deepEqual(tagsOf(text), ['process']);
  });

  it('counts tags in heading text and link text', () => {
    assert.deepEqual(tagsOf('# Start #verkennen\n\nsee [the #relatie part](x)'), ['explore', 'relationship']);
  });

  it('ignores tags in the front matter', () => {
    assert.deepEqual(tagsOf('---\ntitle: "#ambitie"\n---\nbody'), []);
  });

  it('reports the line and column of each tag, in a CRLF file with a BOM', () => {
    const s = parse('\uFEFF# T\r\n\r\n- item #relatie and #delen\r\n');
    assert.deepEqual(s.tags.map((t) => [t.line, t.column, t.length]), [[3, 7, 8], [3, 20, 6]]);
    assert.equal(s.lineCount, 4);
  });

  it('reads CR, CRLF and NUL as markdown-it with its normalize rule does, which the parser leaves out', () => {
    const withNormalize = new MarkdownIt({ html: true, linkify: false, typographer: false }).disable(['text_join', 'inline']);
    for (const text of ['# T\r\n\r\npara #a\rnext\r\n\r\n- x\0 #b\n', 'a\0b\n\nc\r\rd', 'plain #c\n']) {
      // As plain data: the parser's markdown-it is its own copy of the library, with its own Token class.
      const plain = (tokens: unknown[]) => JSON.parse(JSON.stringify(tokens));
      assert.deepEqual(plain(blockTokens(text)), plain(withNormalize.parse(text, {})), JSON.stringify(text));
    }
    assert.deepEqual(blockTokens('a\0b').find((t) => t.type === 'inline')?.content, 'a\uFFFDb');
  });

  it('locates a repeated tag name at its own occurrence, not the one in a code span', () => {
    const s = parse('`#proces` then #proces');
    assert.deepEqual(s.tags.map((t) => [t.line, t.column]), [[1, 15]]);
  });
});

describe('parser: unknown tags and near misses', () => {
  it('keeps unknown tags as free tags, lower-case', () => {
    const s = parse('#relatie #Gemeente #budget');
    assert.deepEqual(s.observations[0].otherTags, ['gemeente', 'budget']);
    assert.deepEqual(s.problems, []);
  });

  it('warns about a near miss of a known alias with the likely tag', () => {
    const s = parse('text #ambitoin here');
    assert.deepEqual(s.problems, [{ line: 1, severity: 'warning', code: 'near-miss-tag', message: 'Unknown tag #ambitoin: did you mean #ambition?', column: 5, length: 9, suggestion: '#ambition' }]);
  });

  it('warns about an unknown value after a known prefix', () => {
    const s = parse('#fase/lunch and #need/vertrouwn');
    assert.deepEqual(s.problems.map((p) => [p.code, p.message, p.suggestion]), [
      ['unknown-prefixed-value', 'Unknown phase \'lunch\' in #fase/lunch', undefined],
      ['unknown-prefixed-value', 'Unknown need \'vertrouwn\' in #need/vertrouwn: did you mean #need/vertrouwen?', '#need/vertrouwen'],
    ]);
  });

  it('does not flag short or distant free tags', () => {
    assert.deepEqual(parse('#abc #gemeente #wethouder #budget').problems, []);
  });

  it('edit distance counts a swap of neighbours as one', () => {
    assert.equal(editDistance('ambitoin', 'ambition'), 1);
    assert.equal(editDistance('relatie', 'relaties'), 1);
    assert.equal(editDistance('kitten', 'sitting'), 3);
  });
});

describe('parser: front matter', () => {
  const head = '---\ntitle: Regiotafel\ndate: 2026-03-02\nfacilitator: Esther\nparticipants: [Gemeente, Zorgaanbieder]\nphase: Verkennen\nthermometer: vriendschappelijk\nroom: B2\n---\n';

  it('reads the session fields, canonicalises phase and level and keeps unknown keys', () => {
    const s = parse(head + 'Body #relatie');
    assert.deepEqual(s.frontMatter, { title: 'Regiotafel', date: '2026-03-02', facilitator: 'Esther', participants: ['Gemeente', 'Zorgaanbieder'], phase: 'explore', thermometer: 'friendly', room: 'B2' });
    assert.deepEqual(s.frontMatterLines, { start: 1, end: 9 });
    assert.equal(s.startLevel, 'friendly');
    assert.deepEqual(s.observations.map((o) => [o.startLine, o.phase, o.level]), [[10, 'explore', 'friendly']]);
  });

  it('drops invalid YAML with an error at the fault and still parses the body', () => {
    const s = parse('---\ntitle: ok\nbad: [1, 2\n---\n# Heading\n\nBody #relatie');
    assert.equal(s.problems.length, 1);
    assert.equal(s.problems[0].severity, 'error');
    assert.equal(s.problems[0].code, 'front-matter-syntax');
    assert.ok(s.problems[0].line >= 2 && s.problems[0].line <= 4, `line ${s.problems[0].line}`);
    assert.deepEqual(s.frontMatter, {});
    assert.equal(s.title, 'Heading');
    assert.deepEqual(s.observations.map((o) => o.startLine), [7]);
  });

  it('drops only the field that does not fit, with an error at its line', () => {
    const s = parse('---\ntitle: T\nphase: lunch\ndate: 2026-02-30\nthermometer: heet\n---\nx #relatie');
    assert.deepEqual(s.problems.map((p) => [p.line, p.severity, p.code, p.field]), [
      [3, 'error', 'front-matter-field', 'phase'], [4, 'error', 'front-matter-field', 'date'], [5, 'error', 'front-matter-field', 'thermometer']]);
    assert.equal(s.problems[0].message, 'Unknown phase \'lunch\', ignored: use one of explore, share, agree, shape, execute (or verkennen, delen, overeenkomen, vormgeven, uitvoeren)');
    assert.deepEqual(s.frontMatter, { title: 'T' });
    assert.equal(s.date, null);
  });

  it('needs a closing fence to be front matter', () => {
    const s = parse('---\ntitle: x #relatie');
    assert.equal(s.frontMatterLines, null);
    assert.deepEqual(s.tags.map((t) => t.value), ['relationship']);
  });

  it('rejects front matter that is not a mapping', () => {
    const s = parse('---\n- a\n---\nx');
    assert.deepEqual(s.problems.map((p) => [p.line, p.code]), [[2, 'front-matter-syntax']]);
  });
});

describe('parser: link references, read one block at a time', () => {
  it('knows a link reference defined after its use, as in the whole text', () => {
    const texts = (text: string) => parseSession(text, { file: 'a.md' }).observations.map((o) => o.text);
    assert.deepEqual(texts('zie [memo] #proces\n\n[memo]: https://example.org/memo\n'), ['zie memo']);
    assert.deepEqual(texts('zie [memo] #proces\n\n[mem]: https://example.org/memo\n'), ['zie [memo]']);
  });
});

describe('parser: scopes and observations', () => {
  const text = [
    '---', 'phase: verkennen', '---', //            1-3
    '# Sessie #relatie', //                       4
    '', 'Intro zonder eigen tags', //             6: inherits relationship
    '', '## Geld #organisatie #delen', //        8
    '', '- Begroting #ambitie', //                10: own condition replaces
    '  - Subpunt', //                             11: inherits ambition from the item, share from heading
    '  - Ander punt #proces #overeenkomen', //   12
    '- Tweede', //                                13: organisation from heading
    '', '> Citaat #belangen', //                 15
    '', '## Zonder tags', //                      17
    '', 'Tekst', //                               19: relationship from H1, explore from file
    '', '# Nieuw', //                             21
    '', 'Tekst zonder scope', //                  23: no observation
    '', 'Alleen #vrij', //                        25: free tag alone: no observation
    '', 'Met #need/steun', //                     27: own known tag: observation without condition
  ].join('\n');
  const s = parse(text);

  it('applies the nearest scope per dimension', () => {
    assert.deepEqual(s.observations.map((o) => [o.startLine, o.text, o.conditions, o.phase]), [
      [6, 'Intro zonder eigen tags', ['relationship'], 'explore'],
      [10, 'Begroting', ['ambition'], 'share'],
      [11, 'Subpunt', ['ambition'], 'share'],
      [12, 'Ander punt', ['process'], 'agree'],
      [13, 'Tweede', ['organisation'], 'share'],
      [15, 'Citaat', ['interests'], 'share'],
      [19, 'Tekst', ['relationship'], 'explore'],
      [27, 'Met', [], 'explore'],
    ]);
  });

  it('does not count headings as observations and records their sections', () => {
    assert.deepEqual(s.headings.map((h) => [h.line, h.endLine, h.depth, h.text]), [
      [4, 20, 1, 'Sessie'], [8, 16, 2, 'Geld'], [17, 20, 2, 'Zonder tags'], [21, 27, 1, 'Nieuw']]);
  });

  it('records needs and free tags per observation', () => {
    const t = parse('#relatie #need/steun #behoefte/hoop #extra');
    assert.deepEqual([t.observations[0].needs, t.observations[0].otherTags], [['support', 'hope'], ['extra']]);
  });

  it('spans multi-line paragraphs', () => {
    const t = parse('Eerste regel #relatie\ntweede regel\n\nnog een');
    assert.deepEqual(t.observations.map((o) => [o.startLine, o.endLine, o.text]), [[1, 2, 'Eerste regel tweede regel']]);
  });

  it('counts two condition tags as two conditions of one observation', () => {
    assert.deepEqual(parse('#ambitie #belangen both').observations[0].conditions, ['ambition', 'interests']);
  });
});

describe('parser: thermometer readings', () => {
  const s = parse('---\nthermometer: waakzaam\n---\nA #relatie\n\n## Pauze #onenigheid\n\nB #relatie #conflict #vriendschappelijk\n\nC #relatie');

  it('collects headings and paragraphs with a level tag, last tag of a block wins', () => {
    assert.deepEqual(s.readings, [{ line: 6, level: 'disagreement', text: 'Pauze', time: null }, { line: 8, level: 'friendly', text: 'B', time: null }]);
  });

  it('gives each observation the level in force at its first line', () => {
    assert.deepEqual(s.observations.map((o) => [o.startLine, o.level]), [[4, 'watchful'], [8, 'friendly'], [10, 'friendly']]);
    assert.deepEqual([levelAt(s, 1), levelAt(s, 6), levelAt(s, 7), levelAt(s, 9)], ['watchful', 'disagreement', 'disagreement', 'friendly']);
  });

  it('finds the most severe level', () => {
    assert.equal(mostSevere(['friendly', null, 'disagreement', 'watchful']), 'disagreement');
    assert.equal(mostSevere([null]), null);
  });
});

describe('parser: actions', () => {
  it('treats task items as open or done actions with an owner, tagged or not', () => {
    const s = parse('- [ ] @Anna belt de wethouder #relatie\n- [x] Verslag rondsturen (@bram.)\n- gewoon punt');
    assert.deepEqual(s.actions, [
      { line: 1, done: false, owner: 'Anna', text: '@Anna belt de wethouder', due: null, ownerParty: null, private: false },
      { line: 2, done: true, owner: null, text: 'Verslag rondsturen (@bram.)', due: null, ownerParty: null, private: false },
    ]);
  });
});

describe('parser: title and date', () => {
  it('takes the title from front matter, else the first H1 without its tags, else the file name', () => {
    assert.equal(parse('---\ntitle: Uit front matter\n---\n# Kop').title, 'Uit front matter');
    assert.equal(parse('## Twee\n\n# Eerste H1 #verkennen\n\n# Tweede').title, 'Eerste H1');
    assert.equal(parse('geen kop', 'map/2026-03-02-regiotafel.md').title, '2026-03-02-regiotafel');
  });

  it('takes the date from front matter, else a leading date in the file name', () => {
    assert.equal(parse('---\ndate: 2026-01-05\n---\n', '2026-03-02-x.md').date, '2026-01-05');
    assert.equal(parse('', 'notes/2026-03-02-x.md').date, '2026-03-02');
    assert.equal(parse('', 'notes/2026-02-31-x.md').date, null);
    assert.equal(parse('', 'notes/x-2026-03-02.md').date, null);
  });
});

describe('parser: session notes detection', () => {
  it('is notes with a session key or a known tag', () => {
    assert.equal(isSessionNotes(parse('---\nfacilitator: E\n---\n')), true);
    assert.equal(isSessionNotes(parse('plain #relatie')), true);
    assert.equal(isSessionNotes(parse('---\nlayout: post\n---\n#vrij tag')), false);
  });
});

describe('parser: custom vocabulary', () => {
  const vocabulary: Vocabulary = {
    dimensions: [
      ...BUILTIN_VOCABULARY.dimensions,
      {
        id: 'party', role: 'custom', label: { en: 'Party', nl: 'Partij' }, prefixes: ['party', 'partij'], bare: false,
        terms: [{ id: 'municipality', label: { en: 'Municipality', nl: 'Gemeente' }, aliases: ['municipality', 'gemeente'], summary: { en: '', nl: '' } }],
      },
    ],
  };

  it('scopes custom dimension values like conditions', () => {
    const s = parseSession('# Kop #partij/gemeente\n\nA #relatie', { file: 'x.md', vocabulary });
    assert.deepEqual(s.observations[0].facets, { party: ['municipality'] });
  });

  it('takes a dimension id that is also an Object property name as data', () => {
    const odd: Vocabulary = { dimensions: [...BUILTIN_VOCABULARY.dimensions, { ...vocabulary.dimensions.at(-1)!, id: 'constructor', prefixes: ['ctor'] }] };
    const s = parseSession('# Kop #ctor/gemeente\n\nA #relatie\n\nB #ctor/gemeente', { file: 'x.md', vocabulary: odd });
    assert.deepEqual(s.observations.map((o) => o.facets), [{ constructor: ['municipality'] }, { constructor: ['municipality'] }]);
  });

  it('compiles a vocabulary once', () => {
    assert.equal(compileVocabulary(vocabulary), compileVocabulary(vocabulary));
  });
});

describe('parser: properties', () => {
  const markdownish = fc.array(fc.oneof(
    fc.string(),
    fc.constantFrom('#', '#relatie', '#fase/', '---', '\n', '\r\n', '```', '`', '- ', '> ', '# ', '<div>', '\uFEFF', '[x](y)', '- [ ] ', '@a', 'é', '\u0301', '\t', '|', '|---|', '&#35;', '\\', '*'),
  ), { maxLength: 60 }).map((parts) => parts.join(''));

  it('never throws, and every line it reports is inside the file', () => {
    fc.assert(fc.property(markdownish, (text) => {
      const s = parse(text);
      const lines = [...s.tags.map((t) => t.line), ...s.problems.map((p) => p.line), ...s.observations.flatMap((o) => [o.startLine, o.endLine]),
        ...s.readings.map((r) => r.line), ...s.actions.map((a) => a.line), ...s.headings.flatMap((h) => [h.line, h.endLine])];
      for (const line of lines) assert.ok(line >= 1 && line <= s.lineCount, `line ${line} of ${s.lineCount}`);
    }), { numRuns: 500 });
  });

  it('is deterministic', () => {
    fc.assert(fc.property(markdownish, (text) => {
      assert.deepEqual(parse(text), parse(text));
    }), { numRuns: 200 });
  });

  it('points each known tag mention at its text in the source', () => {
    fc.assert(fc.property(markdownish, (text) => {
      const s = parse(text);
      const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
      for (const t of s.tags.filter((m) => m.length > 0)) {
        assert.equal(lines[t.line - 1].slice(t.column, t.column + t.length).normalize('NFC').toLowerCase(), ('#' + t.raw).toLowerCase());
      }
    }), { numRuns: 300 });
  });
});

describe('parser: where a tag stands in the source', () => {
  const places = (text: string) => parseSession(text, { file: 'x.md' }).tags.map((m) => [m.raw, m.line, m.column, m.length]);

  it('points at the tag, not at a link target, an HTML attribute or a code span spelling it too', () => {
    // Each of these pointed at the first spelling before (an edit or quick fix would have changed that one).
    assert.deepEqual(places('[x](#relatie) #relatie\n'), [['relatie', 1, 14, 8]]);
    assert.deepEqual(places('<a href="#relatie">x</a> #relatie\n'), [['relatie', 1, 25, 8]]);
    assert.deepEqual(places('a ``#b` `` #b\n'), [['b', 1, 11, 2]]);
  });

  it('finds a tag after a code span that runs over two lines', () => {
    assert.deepEqual(places('x `#a` #a\n`y` #b `\n#c` #d\n'), [['a', 1, 7, 2], ['b', 2, 4, 2], ['d', 3, 4, 2]]);
  });

  it('keeps the places of tags in quotes, list items, tables and headings with closing #s', () => {
    assert.deepEqual(places('> - quoted `#x` #relatie\n>   and #delen\n'), [['relatie', 1, 16, 8], ['delen', 2, 8, 6]]);
    assert.deepEqual(places('| a | b |\n| - | - |\n| #relatie | `#x` #delen |\n'), [['relatie', 3, 2, 8], ['delen', 3, 18, 6]]);
    assert.deepEqual(places('## Kop #relatie ##\n'), [['relatie', 1, 7, 8]]);
  });

  it('every tag it places spells its name there, on generated markup', () => {
    const unit = fc.constantFrom('#relatie', ' #delen', '`', '``', '[', ']', '(', ')', '](#relatie)', '<a href="#delen">', '</a>', '\\', '&#35;', '*', '_', '> ', '- ', '\n', '\n\n', '  ', 'tekst', ':', '|');
    fc.assert(fc.property(fc.array(unit, { maxLength: 40 }), (units) => {
      const text = units.join('');
      const lines = text.split(/\r\n|\r|\n/);
      for (const m of parseSession(text, { file: 'x.md' }).tags) {
        assert.equal(lines[m.line - 1].slice(m.column, m.column + m.length), `#${m.raw}`, JSON.stringify(text));
      }
    }), { numRuns: 3000, seed: 11 });
  });
});
