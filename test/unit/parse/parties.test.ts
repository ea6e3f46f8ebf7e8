import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { parseSession } from '../../../src/core/parse/parser';
import { problemMessage } from '../../../src/core/parse/problemText';
import { partyNamed, partySlug } from '../../../src/core/parse/parties';
import { BUILTIN_VOCABULARY, Vocabulary } from '../../../src/core/vocabulary/vocabulary';
import { mergeVocabulary, readVocabularyFile } from '../../../src/core/vocabulary/vocabularyFile';

const HEAD = '---\nparticipants: [Gemeente, Het Anker, { name: Woningcorporatie Thuisbasis, aliases: [Corporatie, Thuisbasis] }]\n---\n';
const parse = (body: string, vocabulary?: Vocabulary) => parseSession(HEAD + body, { file: 'notes.md', vocabulary });
const attributed = (body: string) => parse(body).observations.map((o) => [o.text, o.parties]);

describe('parties', () => {
  it('reads participants as names and as { name, aliases }', () => {
    assert.deepEqual(parse('').participants, [
      { name: 'Gemeente', aliases: [] },
      { name: 'Het Anker', aliases: [] },
      { name: 'Woningcorporatie Thuisbasis', aliases: ['Corporatie', 'Thuisbasis'] },
    ]);
  });

  it('attributes a paragraph that starts with a name or alias and a colon, any case, emphasis allowed', () => {
    assert.deepEqual(attributed([
      'Gemeente: daar komen we in april op terug #organisatie', '',
      'het anker : wij willen eerst zekerheid #belangen', '',
      '**Corporatie**: de huren blijven gelijk #belangen', '',
      '*Thuisbasis:* akkoord #ambitie', '',
      'De gemeente: zegt niets #relatie', '',
      'Gemeente zegt ja #relatie',
    ].join('\n')), [
      ['Gemeente: daar komen we in april op terug', ['Gemeente']],
      ['het anker : wij willen eerst zekerheid', ['Het Anker']],
      ['Corporatie: de huren blijven gelijk', ['Woningcorporatie Thuisbasis']],
      ['Thuisbasis: akkoord', ['Woningcorporatie Thuisbasis']],
      ['De gemeente: zegt niets', []],
      ['Gemeente zegt ja', []],
    ]);
  });

  it('passes the party to nested items and continuation paragraphs; a nested item\'s own party replaces it', () => {
    assert.deepEqual(attributed([
      '- Het Anker: wil alleen meedoen als #belangen', //  4
      '  - de wachtlijst korter wordt #proces', //       5
      '  - Gemeente: dat kan pas in 2027 #organisatie', // 6
      '    - en alleen met geld van het rijk #organisatie', // 7
      '',
      '  Verder nog een punt #relatie', //              9
      '- Een los punt #ambitie', //                     10
    ].join('\n')), [
      ['Het Anker: wil alleen meedoen als', ['Het Anker']],
      ['de wachtlijst korter wordt', ['Het Anker']],
      ['Gemeente: dat kan pas in 2027', ['Gemeente']],
      ['en alleen met geld van het rijk', ['Gemeente']],
      ['Verder nog een punt', ['Het Anker']],
      ['Een los punt', []],
    ]);
  });

  it('attributes by #partij/ and #party/, several at once, names with spaces as slugs', () => {
    const s = parse('Eens over de aanpak #partij/gemeente #party/het-anker #ambitie\n\nSamen #partij/Corporatie #partij/HetAnker #ambitie\n');
    assert.deepEqual(s.observations.map((o) => o.parties), [['Gemeente', 'Het Anker'], ['Woningcorporatie Thuisbasis', 'Het Anker']]);
    assert.deepEqual(s.tags.filter((t) => t.dimension === 'party').map((t) => [t.raw, t.value]),
      [['partij/gemeente', 'Gemeente'], ['party/het-anker', 'Het Anker'], ['partij/Corporatie', 'Woningcorporatie Thuisbasis'], ['partij/HetAnker', 'Het Anker']]);
    assert.deepEqual(s.problems, []);
    assert.equal(partySlug('Woningcorporatie Thuisbasis'), 'woningcorporatie-thuisbasis');
    assert.equal(partySlug('  Zorg & Welzijn '), 'zorg-welzijn');
  });

  it('adds a tagged party to a leading one, and lets a heading\'s party tag scope its section', () => {
    assert.deepEqual(attributed('Gemeente: met #partij/het-anker #ambitie\n'), [['Gemeente: met', ['Gemeente', 'Het Anker']]]);
    assert.deepEqual(attributed('## Ronde #partij/gemeente\n\nEen #proces\n\n## Daarna\n\nTwee #proces\n'), [['Een', ['Gemeente']], ['Twee', []]]);
  });

  it('warns about an unknown party with the nearest participant, in English and Dutch', () => {
    const s = parse('Punt #partij/het-anler #ambitie\n');
    assert.deepEqual(s.observations[0].parties, []);
    assert.deepEqual(s.observations[0].otherTags, ['partij/het-anler']);
    assert.deepEqual(s.problems.map((p) => [p.line, p.code, p.suggestion, p.message]), [
      [4, 'unknown-prefixed-value', '#partij/het-anker', 'Unknown party \'het-anler\' in #partij/het-anler: not among the participants; did you mean Het Anker (#partij/het-anker)?'],
    ]);
    assert.equal(problemMessage(s.problems[0], 'nl', { vocabulary: BUILTIN_VOCABULARY, tags: s.tags }),
      'Onbekende partij \'het-anler\' in #partij/het-anler: staat niet bij de deelnemers; bedoel je Het Anker (#partij/het-anker)?');
    const none = parseSession('Punt #party/city #ambitie', { file: 'x.md' });
    assert.deepEqual(none.problems.map((p) => [p.suggestion, p.message]), [[undefined, 'Unknown party \'city\' in #party/city: the front matter lists no participants']]);
  });

  it('links an action owner that names a party to it, and reads no party from other owners', () => {
    const s = parse('- [ ] Offerte sturen @Corporatie\n- [x] Zaal regelen @HetAnker\n- [ ] Bellen @Esther\n');
    assert.deepEqual(s.actions.map((a) => [a.owner, a.ownerParty]), [['Corporatie', 'Woningcorporatie Thuisbasis'], ['HetAnker', 'Het Anker'], ['Esther', null]]);
  });

  it('takes the team\'s standing parties when the session lists none; the session\'s own list wins', () => {
    const team = readVocabularyFile('parties:\n  - Gemeente\n  - { name: Stichting Welzijn, aliases: [Welzijn] }\n', BUILTIN_VOCABULARY, 'en');
    assert.deepEqual(team.issues, []);
    const vocabulary = mergeVocabulary(BUILTIN_VOCABULARY, team.file!);
    const standing = parseSession('Welzijn: we doen mee #ambitie', { file: 'x.md', vocabulary });
    assert.deepEqual(standing.participants, [{ name: 'Gemeente', aliases: [] }, { name: 'Stichting Welzijn', aliases: ['Welzijn'] }]);
    assert.deepEqual(standing.observations[0].parties, ['Stichting Welzijn']);
    const own = parse('Welzijn: we doen mee #ambitie', vocabulary);
    assert.deepEqual(own.participants.map((p) => p.name), ['Gemeente', 'Het Anker', 'Woningcorporatie Thuisbasis']);
    assert.deepEqual(own.observations[0].parties, []);
  });

  it('keeps a team\'s own party dimension in place of the built-in one', () => {
    const team = readVocabularyFile('dimensions:\n  - id: party\n    label: Party\n    values: [city]\n', BUILTIN_VOCABULARY, 'en');
    const vocabulary = mergeVocabulary(BUILTIN_VOCABULARY, team.file!);
    const s = parse('Punt #party/city #ambitie', vocabulary);
    assert.deepEqual([s.observations[0].facets, s.observations[0].parties, s.problems], [{ party: ['city'] }, [], []]);
  });
});

describe('participants in the front matter', () => {
  it('rejects an entry with an unknown key, in either language, and keeps the rest of the front matter', () => {
    const s = parseSession('---\ntitle: T\nparticipants:\n  - Gemeente\n  - { name: Het Anker, rol: zorg }\n---\nx #relatie', { file: 'x.md' });
    assert.deepEqual([s.title, s.participants], ['T', []]);
    assert.deepEqual(s.problems.map((p) => [p.line, p.code, p.field]), [[3, 'front-matter-field', 'participants']]);
    assert.match(problemMessage(s.problems[0], 'nl', { vocabulary: BUILTIN_VOCABULARY, tags: s.tags }), /^Ongeldige waarde .* voor participants, genegeerd: /);
  });
});

describe('party slugs', () => {
  it('find every participant back from the tag form of its name', () => {
    // A name without a letter or digit has no tag form.
    const name = fc.stringMatching(/^[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ0-9 &.'-]{0,24}$/).filter((n) => /[\p{L}\p{N}]/u.test(n));
    fc.assert(fc.property(name, (n) => {
      const party = { name: n, aliases: [] };
      assert.equal(partyNamed(partySlug(n), [{ name: 'Zzz Andere Partij', aliases: [] }, party]), party);
      assert.match(partySlug(n), /^[\p{L}\p{M}\p{N}_]+(-[\p{L}\p{M}\p{N}_]+)*$/u);
    }), { numRuns: 500 });
  });
});
