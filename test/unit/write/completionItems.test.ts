import { strict as assert } from 'node:assert';
import { tagCompletions } from '../../../src/core/write/completionItems';
import { parseSession } from '../../../src/core/parse/parser';
import { BUILTIN_VOCABULARY as V } from '../../../src/core/vocabulary/vocabulary';
import { mergeVocabulary } from '../../../src/core/vocabulary/vocabularyFile';

const labels = (before: string, tagLang: 'en' | 'nl' = 'en') => tagCompletions(V, before, { tagLang, lang: 'en' })?.items.map((i) => i.label);

describe('completion items', () => {
  it('offers every term after #, grouped by dimension in vocabulary order, in the tag language', () => {
    const result = tagCompletions(V, 'The budget #', { tagLang: 'en', lang: 'en' })!;
    assert.equal(result.start, 12);
    assert.deepEqual(result.items.map((i) => i.label), [
      '#ambition', '#interests', '#relationship', '#organisation', '#process',
      '#explore', '#share', '#agree', '#shape', '#execute',
      '#friendly', '#watchful', '#disagreement', '#conflict',
      '#need/freedom', '#need/influence', '#need/trust', '#need/recognition', '#need/respect', '#need/appreciation',
      '#need/certainty', '#need/safety', '#need/hope', '#need/attention', '#need/support', '#need/care',
      '#cross-purposes', '#sham-collaboration',
      '#private', '#decision',
    ]);
    assert.deepEqual([...new Set(result.items.map((i) => i.group))], ['Condition', 'Phase', 'Thermometer', 'Need', 'Signal', 'Private', 'Decision']);
    const sorted = [...result.items].sort((a, b) => a.sortText.localeCompare(b.sortText));
    assert.deepEqual(sorted, result.items);
  });

  it('spells Dutch first for Dutch tags while English spellings still match', () => {
    const items = tagCompletions(V, '#', { tagLang: 'nl', lang: 'nl' })!.items;
    const ambition = items[0];
    assert.deepEqual(ambition, {
      insertText: 'ambitie', label: '#ambitie', filterText: 'ambitie ambition', sortText: '000.000', group: 'Conditie',
      detail: 'Het gezamenlijke doel dat de samenwerking richting geeft.', dimension: 'condition', value: 'ambition',
    });
    assert.equal(items.find((i) => i.value === 'interests')!.filterText, 'belangen interests belang interest');
    assert.equal(items.find((i) => i.value === 'friendly')!.filterText, 'vriendschappelijk friendly aangenaam');
    const trust = items.find((i) => i.value === 'trust')!;
    assert.equal(trust.insertText, 'behoefte/vertrouwen');
    assert.equal(trust.filterText, 'behoefte/vertrouwen need/trust need/vertrouwen behoefte/trust');
  });

  it('offers the needs after #need/ and #behoefte/, spelled in the prefix\'s language', () => {
    const en = tagCompletions(V, 'Feels unheard #need/', { tagLang: 'nl', lang: 'en' })!;
    assert.equal(en.start, 20);
    assert.deepEqual(en.items.map((i) => i.label), ['#need/freedom', '#need/influence', '#need/trust', '#need/recognition', '#need/respect',
      '#need/appreciation', '#need/certainty', '#need/safety', '#need/hope', '#need/attention', '#need/support', '#need/care']);
    assert.equal(en.items[2].insertText, 'trust');
    assert.equal(en.items[2].filterText, 'trust vertrouwen');
    assert.equal(en.items[2].detail, 'Being able to rely on the others.');
    const nl = tagCompletions(V, '#behoefte/ver', { tagLang: 'en', lang: 'nl' })!;
    assert.equal(nl.start, 10);
    assert.deepEqual(nl.items.slice(0, 3).map((i) => [i.label, i.insertText, i.filterText]), [
      ['#behoefte/vrijheid', 'vrijheid', 'vrijheid freedom'],
      ['#behoefte/invloed', 'invloed', 'invloed influence'],
      ['#behoefte/vertrouwen', 'vertrouwen', 'vertrouwen trust'],
    ]);
    assert.deepEqual(labels('#fase/'), ['#fase/verkennen', '#fase/delen', '#fase/overeenkomen', '#fase/vormgeven', '#fase/uitvoeren']);
    assert.deepEqual(labels('#thermometer/', 'nl'), ['#thermometer/vriendschappelijk', '#thermometer/waakzaam', '#thermometer/onenigheid', '#thermometer/conflict']);
  });

  it('offers nothing once the tag is a complete known spelling, so Enter after it starts a new line', () => {
    assert.deepEqual(tagCompletions(V, 'Het vertrouwen #relatie', { tagLang: 'en', lang: 'en' }), { start: 16, items: [] });
    assert.deepEqual(labels('#need/trust'), []);
    assert.deepEqual(labels('#behoefte/vertrouwen', 'nl'), []);
    assert.deepEqual(tagCompletions(V, '#rel', { tagLang: 'en', lang: 'en', after: 'atie' })?.items, []);
    assert.equal(labels('#relati')?.length, labels('#')?.length);
  });

  it('only completes where a tag starts', () => {
    assert.equal(labels('word#'), undefined);
    assert.equal(labels('#unknown/'), undefined);
    assert.equal(labels('#need/trust/'), undefined);
    assert.equal(labels('no tag here'), undefined);
    assert.equal(labels('(#')?.length, 30);
    assert.equal(tagCompletions(V, 'Tagged #amb', { tagLang: 'en', lang: 'en' })!.start, 8);
  });

  it('offers nothing in the front matter, where # starts a YAML comment', () => {
    const session = parseSession('---\ntitle: x #\n---\n\nText #\n', { file: 'x.md' });
    assert.equal(tagCompletions(V, 'title: x #', { tagLang: 'en', lang: 'en', session, line: 2 }), undefined);
    assert.equal(tagCompletions(V, 'Text #', { tagLang: 'en', lang: 'en', session, line: 5 })?.items.length, 30);
  });

  it('adds the session\'s own free tags after the vocabulary, not typos and not the tag being typed', () => {
    const session = parseSession('We talk budget #budget #amibtion\n\nAgain #budget #timeline\n\nNow #bud\n', { file: 'x.md' });
    const items = tagCompletions(V, 'Now #bud', { tagLang: 'en', lang: 'en', session, line: 5 })!.items;
    const free = items.filter((i) => i.dimension === null);
    assert.deepEqual(free.map((i) => [i.label, i.group, i.sortText]), [
      ['#budget', 'Tag in this session', '999.000'],
      ['#timeline', 'Tag in this session', '999.001'],
    ]);
    assert.equal(items.length, 32);
  });

  it('offers a team\'s own dimension, its aliases and labels', () => {
    const v = mergeVocabulary(V, {
      needs: false,
      aliases: { ambition: ['ambities'] },
      labels: { condition: { en: 'Building block', nl: 'Bouwsteen' } },
      dimensions: [{ id: 'party', label: { en: 'Party', nl: 'Partij' }, prefixes: ['party', 'partij'], values: ['city', { id: 'school', aliases: ['scholen'] }] }],
    });
    const items = tagCompletions(v, '#', { tagLang: 'en', lang: 'en' })!.items;
    assert.deepEqual([...new Set(items.map((i) => i.group))], ['Building block', 'Phase', 'Thermometer', 'Signal', 'Private', 'Decision', 'Party']);
    assert.equal(items[0].filterText, 'ambition ambitie ambities');
    assert.deepEqual(items.filter((i) => i.dimension === 'party').map((i) => [i.label, i.filterText]), [
      ['#party/city', 'party/city partij/city'],
      ['#party/school', 'party/school party/scholen partij/school partij/scholen'],
    ]);
    assert.equal(tagCompletions(v, '#need/', { tagLang: 'en', lang: 'en' }), undefined);
    assert.deepEqual(tagCompletions(v, '#partij/', { tagLang: 'en', lang: 'en' })!.items.map((i) => i.label), ['#partij/city', '#partij/school']);
  });
});
