import { strict as assert } from 'node:assert';
import { speakerCompletions, tagCompletions } from '../../../src/core/write/completionItems';
import { parseSession } from '../../../src/core/parse/parser';
import { BUILTIN_VOCABULARY } from '../../../src/core/vocabulary/vocabulary';
import { tagHover } from '../../../src/core/render/editor/hoverText';

describe('completion of parties after #partij/', () => {
  const session = parseSession('---\nparticipants: [Gemeente, { name: Zorggroep Het Anker, aliases: [Het Anker] }]\n---\nPunt #partij/\n', { file: 'x.md' });

  it('offers the session\'s participants in their tag form, aliases finding them too', () => {
    const result = tagCompletions(BUILTIN_VOCABULARY, 'Punt #partij/', { tagLang: 'nl', lang: 'nl', session, line: 4 })!;
    assert.equal(result.start, 13);
    assert.deepEqual(result.items.map((i) => [i.label, i.insertText, i.filterText, i.group, i.detail, i.value]), [
      ['#partij/gemeente', 'gemeente', 'gemeente', 'Partij', 'Gemeente', 'Gemeente'],
      ['#partij/zorggroep-het-anker', 'zorggroep-het-anker', 'zorggroep-het-anker het-anker', 'Partij', 'Zorggroep Het Anker (Het Anker)', 'Zorggroep Het Anker'],
    ]);
    assert.deepEqual(tagCompletions(BUILTIN_VOCABULARY, '#party/', { tagLang: 'nl', lang: 'en', session })!.items.map((i) => [i.label, i.group]),
      [['#party/gemeente', 'Party'], ['#party/zorggroep-het-anker', 'Party']]);
  });

  it('offers the team\'s standing parties without a session, and nothing without parties', () => {
    const vocabulary = { ...BUILTIN_VOCABULARY, parties: [{ name: 'Stichting Welzijn', aliases: [] }] };
    assert.deepEqual(tagCompletions(vocabulary, '#partij/', { tagLang: 'nl', lang: 'nl' })!.items.map((i) => i.label), ['#partij/stichting-welzijn']);
    assert.deepEqual(tagCompletions(BUILTIN_VOCABULARY, '#partij/', { tagLang: 'nl', lang: 'nl' })!.items, []);
  });
});

describe('completion of the party speaking at the start of a paragraph or list item', () => {
  const session = parseSession('---\nparticipants: [Gemeente, { name: Zorggroep Het Anker, aliases: [Het Anker] }]\n---\nPunt #relatie\n', { file: 'x.md' });
  const offered = (before: string, line = 5) => {
    const result = speakerCompletions(before, { session, line, lang: 'nl' });
    return result && { start: result.start, items: result.items.map((i) => [i.label, i.insertText, i.filterText, i.group]) };
  };
  const both = (emphasis: string) => [
    ['Gemeente:', `Gemeente${emphasis}: `, 'Gemeente', 'Partij aan het woord'],
    ['Zorggroep Het Anker:', `Zorggroep Het Anker${emphasis}: `, 'Zorggroep Het Anker Het Anker', 'Partij aan het woord'],
  ];

  it('offers each participant as "Name: ", which attributes the block, at a paragraph, list item, task or quote start', () => {
    assert.deepEqual(offered(''), { start: 0, items: both('') });
    assert.deepEqual(offered('Het An'), { start: 0, items: both('') });
    assert.deepEqual(offered('  - Gem'), { start: 4, items: both('') });
    assert.deepEqual(offered('- [ ] '), { start: 6, items: both('') });
    assert.deepEqual(offered('> 1. '), { start: 5, items: both('') });
    assert.deepEqual(offered('- **Gem'), { start: 4, items: both('**') });
    const written = parseSession(`---\nparticipants: [Gemeente]\n---\n- **${both('**')[0][1]}dat betalen wij #belangen\n`, { file: 'y.md' });
    assert.deepEqual(written.observations.map((o) => o.parties), [['Gemeente']]);
  });

  it('offers nothing once the text has gone past a name, in the front matter, or without participants', () => {
    assert.equal(offered('Gemeente: we'), undefined);
    assert.equal(offered('Punt #rel'), undefined);
    assert.equal(offered('', 2), undefined);
    assert.equal(speakerCompletions('', { session: parseSession('Punt #relatie\n', { file: 'z.md' }), line: 1, lang: 'en' }), undefined);
  });
});

describe('hover on a party tag', () => {
  it('names the participant, escaped, in either language', () => {
    assert.equal(tagHover(BUILTIN_VOCABULARY, 'party', 'Het *Anker*', 'en'), '**Het \\*Anker\\*** · party at the table: the observation is attributed to it');
    assert.equal(tagHover(BUILTIN_VOCABULARY, 'party', 'Gemeente', 'nl'), '**Gemeente** · partij aan tafel: de observatie wordt aan haar toegeschreven');
  });
});
