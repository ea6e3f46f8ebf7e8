import { strict as assert } from 'node:assert';
import { parseSession } from '../../../src/core/parse/parser';
import { tagCompletions } from '../../../src/core/write/completionItems';
import { buildFileTree } from '../../../src/core/report/grouping';
import { facetCounts } from '../../../src/core/report/facets';
import { tagHover } from '../../../src/core/render/editor/hoverText';
import { BUILTIN_VOCABULARY } from '../../../src/core/vocabulary/vocabulary';
import { checkVocabularyObject, mergeVocabulary, readVocabularyFile } from '../../../src/core/vocabulary/vocabularyFile';
import { outline } from '../helpers/treeOutline';

const withLenses = (yaml: string) => {
  const reading = readVocabularyFile(yaml, BUILTIN_VOCABULARY, 'en');
  assert.deepEqual(reading.issues, []);
  return mergeVocabulary(BUILTIN_VOCABULARY, reading.file!);
};
const ALL = withLenses('lenses: [interestKinds, conversation, decisions]\n');

const NOTES = [
  'De wachtlijst moet korter #belangen #belang/collectief', //         1
  '',
  'Wij moeten zwarte cijfers schrijven #belang/organisatie #emotie', // 3
  '',
  'Ik wil hier wethouder worden #interest/individual #intention', //    5
  '',
  'Structuur #organisatie #inhoud #strategie/consensus', //             7
].join('\n');

describe('lenses', () => {
  it('are off by default: their tags are free tags', () => {
    const s = parseSession(NOTES, { file: 'x.md' });
    // Lines 3 and 5 have no known tag then, so they are no observations.
    assert.deepEqual(s.observations.map((o) => [o.startLine, o.conditions, o.facets, o.otherTags]), [
      [1, ['interests'], {}, ['belang/collectief']],
      [7, ['organisation'], {}, ['inhoud', 'strategie/consensus']],
    ]);
  });

  it('switched on, read kinds of interests (interests observations too), conversation levels and strategies as facets; #belang and #organisatie stay conditions', () => {
    const s = parseSession(NOTES, { file: 'x.md', vocabulary: ALL });
    assert.deepEqual(s.observations.map((o) => [o.startLine, o.conditions, o.facets, o.otherTags]), [
      [1, ['interests'], { 'interest-kind': ['collective'] }, []],
      [3, ['interests'], { 'interest-kind': ['organisational'], conversation: ['emotion'] }, []],
      [5, ['interests'], { 'interest-kind': ['individual'], conversation: ['intention'] }, []],
      [7, ['organisation'], { conversation: ['content'], 'decision-strategy': ['consensus'] }, []],
    ]);
    assert.deepEqual(s.problems, []);
  });

  it('switch on one at a time, also from the settings object', () => {
    const only = withLenses('lenses: [conversation]\n');
    assert.deepEqual(only.dimensions.filter((d) => d.role === 'custom').map((d) => d.id), ['signal', 'conversation']);
    const setting = checkVocabularyObject({ lenses: ['decisions', 'interestKinds'] }, BUILTIN_VOCABULARY, 'en');
    assert.deepEqual(mergeVocabulary(BUILTIN_VOCABULARY, setting.file!).dimensions.filter((d) => d.role === 'custom').map((d) => d.id), ['signal', 'interest-kind', 'decision-strategy']);
    const wrong = checkVocabularyObject({ lenses: ['parties'] }, BUILTIN_VOCABULARY, 'en');
    assert.deepEqual([wrong.file, wrong.issues.map((i) => i.path)], [null, [['lenses', 0]]]);
  });

  it('are switched on once when both the setting and the file name them; the file keeps the setting\'s parties', () => {
    const setting = mergeVocabulary(BUILTIN_VOCABULARY, checkVocabularyObject({ lenses: ['conversation'], parties: ['Gemeente'] }, BUILTIN_VOCABULARY, 'en').file!);
    const reading = readVocabularyFile('lenses: [conversation, decisions]\n', setting, 'en');
    assert.deepEqual(reading.issues, []);
    const layered = mergeVocabulary(setting, reading.file!);
    assert.deepEqual(layered.dimensions.filter((d) => d.role === 'custom').map((d) => d.id), ['signal', 'conversation', 'decision-strategy']);
    assert.deepEqual(layered.parties, [{ name: 'Gemeente', aliases: [] }]);
    assert.deepEqual(mergeVocabulary(layered, readVocabularyFile('parties: [Het Anker]\n', layered, 'en').file!).parties, [{ name: 'Het Anker', aliases: [] }]);
  });

  it('are offered by completion, in the tag language, and after their prefix', () => {
    const labels = tagCompletions(ALL, '#', { tagLang: 'nl', lang: 'nl' })!.items.filter((i) => i.dimension !== null && ['interest-kind', 'conversation', 'decision-strategy'].includes(i.dimension)).map((i) => i.label);
    assert.deepEqual(labels, ['#belang/collectief', '#belang/organisatie', '#belang/individueel', '#inhoud', '#emotie', '#intentie',
      '#strategie/autoriteit', '#strategie/eliminatie', '#strategie/maximaliseren', '#strategie/adequaat', '#strategie/preselectie', '#strategie/consensus']);
    assert.deepEqual(tagCompletions(ALL, 'x #interest/', { tagLang: 'nl', lang: 'en' })!.items.map((i) => i.label), ['#interest/collective', '#interest/organisational', '#interest/individual']);
  });

  it('group the tree and count in the overview like a team\'s own dimensions', () => {
    const s = parseSession(NOTES, { file: 'x.md', vocabulary: ALL });
    assert.deepEqual(outline(buildFileTree({ key: 'k', session: s }, 'conversation', {}, ALL)), [
      'conversation:content (1)', '  L7', 'conversation:emotion (1)', '  L3', 'conversation:intention (1)', '  L5', 'conversation:none (1)', '  L1',
    ]);
    assert.deepEqual(facetCounts([s], ALL).map((c) => [c.dimension.id, c.counts.map((n) => [n.value, n.observations])]), [
      ['signal', []],
      ['interest-kind', [['collective', 1], ['organisational', 1], ['individual', 1], [null, 1]]],
      ['conversation', [['content', 1], ['emotion', 1], ['intention', 1], [null, 1]]],
      ['decision-strategy', [['authority', 0], ['elimination', 0], ['maximising', 0], ['adequate', 0], ['preselection', 0], ['consensus', 1], [null, 3]]],
    ]);
  });

  it('explain themselves in the hover, the conversation levels with the ladder, in both languages', () => {
    const emotion = tagHover(ALL, 'conversation', 'emotion', 'en')!;
    assert.ok(emotion.startsWith('**Emotion**'), emotion);
    assert.ok(emotion.includes('What the speaker feels: joy, sadness, anger or fear. A conversation runs on three layers, one beneath the other: content, emotion, intention. When emotions rise, help the speaker sink from content through emotion to intention, mirroring each layer back: "I hear you say…", "I notice that you…", "Do you also mean…?" Step by step: anger or reproach → sorrow, disappointment or worry → need or interest → willingness to solve it together → working on that solution.'), emotion);
    const intentie = tagHover(ALL, 'conversation', 'intention', 'nl')!;
    assert.ok(intentie.includes('help de spreker dan af te dalen van de inhoud via de emotie naar de intentie, en spiegel elke laag terug: "Ik hoor je zeggen…", "Ik merk dat je…", "Bedoel je daarmee ook…?" Stap voor stap: boosheid of verwijt → verdriet, teleurstelling of zorg → behoefte of belang'), intentie);
    const nl = tagHover(ALL, 'decision-strategy', 'adequate', 'nl')!;
    assert.ok(nl.includes('Spreek af waar een optie minstens aan moet voldoen, en neem de eerste die dat doet.'), nl);
    for (const d of ALL.dimensions.filter((x) => x.role === 'custom')) {
      for (const t of d.terms) for (const lang of ['en', 'nl'] as const) assert.ok(t.summary[lang].length > 10 && t.label[lang], `${t.id} ${lang}`);
    }
  });
});
