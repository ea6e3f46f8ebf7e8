import { strict as assert } from 'node:assert';
import { parseSession } from '../../../src/core/parse/parser';
import { buildReport } from '../../../src/core/report/overview';
import { facetCounts } from '../../../src/core/report/facets';
import { REPORT_FORMATS } from '../../../src/core/render/formats';
import { tagHover } from '../../../src/core/render/editor/hoverText';
import { renderPartnerReport } from '../../../src/core/render/report/partnerReport';
import { tagCompletions } from '../../../src/core/write/completionItems';
import { BUILTIN_VOCABULARY as V, Lang } from '../../../src/core/vocabulary/vocabulary';
import { partnerOutputs } from '../helpers/partnerOutputs';

const NOTES = [
  '---',
  'titel: Stuurgroep',
  'datum: 2026-10-05',
  'deelnemers: [Gemeente, Het Anker]',
  '---',
  '',
  '# Stuurgroep',
  '',
  'Iedereen wil "integrale zorg", maar ieder bedoelt iets anders #ambitie #spraakverwarring', //  9
  '',
  'De wachtlijst moet korter #belangen', //                                                     11
  '',
  'Weer alleen mededelingen, geen besluiten #schijnsamenwerking', //                              13
  '',
  'Quality means three things here #cross-purposes #signal/sham-collaboration', //              15
  '',
  'Same words again #signaal/spraakverwarring #talking-at-cross-purposes #collaboration-in-name-only', // 17
].join('\n');

describe('signals: spraakverwarring and schijnsamenwerking', () => {
  it('are built-in tags in both languages, with and without their prefix', () => {
    const s = parseSession(NOTES, { file: 'x.md' });
    assert.deepEqual(s.observations.map((o) => [o.startLine, o.conditions, o.facets, o.otherTags]), [
      [9, ['ambition'], { signal: ['cross-purposes'] }, []],
      [11, ['interests'], {}, []],
      [13, [], { signal: ['sham-collaboration'] }, []],
      [15, [], { signal: ['cross-purposes', 'sham-collaboration'] }, []],
      [17, [], { signal: ['cross-purposes', 'sham-collaboration'] }, []],
    ]);
    assert.deepEqual(s.problems, []);
  });

  it('are offered by completion in the notes\' language', () => {
    const labels = (tagLang: Lang) => tagCompletions(V, '#', { tagLang, lang: tagLang })!.items.filter((i) => i.dimension === 'signal').map((i) => i.label);
    assert.deepEqual(labels('nl'), ['#spraakverwarring', '#schijnsamenwerking']);
    assert.deepEqual(labels('en'), ['#cross-purposes', '#sham-collaboration']);
  });

  it('explain in the hover what they are, how you recognise them and what you can do', () => {
    assert.equal(tagHover(V, 'signal', 'cross-purposes', 'nl'), [
      '**Spraakverwarring** · Signaal',
      'Elke partner neemt een eigen taal mee: een woord dat in de ene organisatie vanzelf spreekt, betekent in de volgende iets anders. Zolang het gesprek algemeen blijft, lijkt iedereen het eens; wordt het concreet, dan leest ieder het anders. Het gebeurt in elke samenwerking: reken erop in plaats van iemand iets te verwijten.',
      '**Hoe je het herkent:** Snelle instemming met grote woorden; hetzelfde begrip komt terug met steeds andere voorbeelden; verbazing of ergernis zodra iets wordt uitgewerkt; het gevoel langs elkaar heen te praten.',
      '**Wat je kunt doen**\n- Vraag door: wat betekent dit woord bij jullie, met een voorbeeld?\n- Laat elke partner in eigen woorden zeggen wat er net is afgesproken.\n- Leg vast wat de kernbegrippen voor jullie allemaal betekenen, en kom er later op terug.\n- Vraag of jullie het echt oneens zijn, of iets anders bedoelen.',
      'Geschreven als: `#spraakverwarring` · `#cross-purposes` · `#talking-at-cross-purposes`',
    ].join('\n\n'));
    assert.equal(tagHover(V, 'signal', 'sham-collaboration', 'en'), [
      '**Collaboration in name only** · Signal',
      'A partnership on paper: the meetings go on but little gets done together, or a small core works hard while the backing behind it quietly fades. It costs everyone time, money and energy, and it frustrates. It mostly grows where the ambition was never really shared or worked out.',
      '**How you recognise it:** Agendas full of updates and few decisions; actions carried over from meeting to meeting; partners send a stand-in or stay away; nobody can say what the partnership delivered lately.',
      '**What you can do**\n- Name it: ask the partners what they still want to achieve together.\n- Go back to the ambition: is it shared and concrete enough for each partner to recognise itself in it?\n- Ask each partner what it puts in and what it gets out.\n- Dare to ask whether to go on, go on in another form, or stop.',
      'Written as: `#sham-collaboration` · `#schijnsamenwerking` · `#collaboration-in-name-only`',
    ].join('\n\n'));
  });

  it('are counted and listed in the facilitator\'s overview', () => {
    const s = parseSession(NOTES, { file: 'x.md' });
    const signal = facetCounts([s], V).find((c) => c.dimension.id === 'signal')!;
    assert.deepEqual(signal.counts.map((c) => [c.value, c.observations]), [['cross-purposes', 3], ['sham-collaboration', 3]]);
    const report = buildReport([s], V);
    const md = REPORT_FORMATS.md.render(report, 'nl', [s], V);
    assert.ok(md.includes('### Signaal\n\n- Spraakverwarring: 3\n- Schijnsamenwerking: 3\n'), md);
    assert.ok(!md.includes('Geen signaal'), md);
    const html = REPORT_FORMATS.html.render(report, 'en', [s], V);
    assert.ok(html.includes('<h2 id="h-facet-0">Signal</h2>\n<ul class="plain counts"><li>Cross purposes: <strong>3</strong></li><li>Collaboration in name only: <strong>3</strong></li></ul>'), html);
    // No signal seen, no section: a line of zeros in every overview would be noise.
    const plain = parseSession('# Plain\n\nWe agree on the aim #ambition\n', { file: 'y.md' });
    assert.ok(!REPORT_FORMATS.md.render(buildReport([plain], V), 'en', [plain], V).includes('### Signal'));
    assert.ok(!REPORT_FORMATS.html.render(buildReport([plain], V), 'en', [plain], V).includes('>Signal</h2>'));
  });

  it('stay out of every partner output, like readings: the paragraph that carries one is the facilitator\'s judgement', async () => {
    const outputs = await partnerOutputs(NOTES);
    for (const [format, text] of Object.entries(outputs)) {
      // The JSON holds counts and no observation texts (nor signals).
      if (format !== 'json') assert.ok(text.includes('De wachtlijst moet korter'), `${format} keeps the plain observation`);
      for (const word of ['integrale zorg', 'mededelingen', 'Quality means', 'Same words', 'Spraakverwarring', 'Schijnsamenwerking', 'spraakverwarring', 'schijnsamenwerking']) {
        assert.ok(!text.includes(word), `${format} shows ${word}`);
      }
    }
  });

  it('reach the partners\' report as plain text when readings are asked for, the tag itself still left out', () => {
    const md = renderPartnerReport({ file: 'x.md', text: NOTES }, { format: 'md', lang: 'nl', vocabulary: V, readings: true });
    assert.ok(md.includes('Iedereen wil "integrale zorg", maar ieder bedoelt iets anders'), md);
    assert.ok(md.includes('Weer alleen mededelingen, geen besluiten'), md);
    assert.ok(!/spraakverwarring|schijnsamenwerking/i.test(md), md);
  });
});
