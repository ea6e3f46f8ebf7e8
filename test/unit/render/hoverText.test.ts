import { strict as assert } from 'node:assert';
import { mentionAt, tagHover } from '../../../src/core/render/editor/hoverText';
import { escapeMarkdown } from '../../../src/core/render/shared/escape';
import { parseSession } from '../../../src/core/parse/parser';
import { BUILTIN_VOCABULARY as V } from '../../../src/core/vocabulary/vocabulary';
import { mergeVocabulary } from '../../../src/core/vocabulary/vocabularyFile';

describe('hover texts', () => {
  it('explains a condition with its key questions, in English and Dutch', () => {
    assert.equal(tagHover(V, 'condition', 'interests', 'en'), [
      '**Interests** · condition of the collaboration model',
      '**Key question:** Does the collaboration give each partner something that matters to it?',
      'Every partner has interests, and a partnership lasts only when they are done justice. Look behind the positions people take to the interests underneath. Three kinds all need room: collective (what society, the client or patient gains), organisational (finances, growth, reputation) and individual (the drives of the people at the table). Interests that are never discussed make the partnership a permanent negotiation.',
      '**Questions to ask**\n- Which subjects could make this fall apart?\n- What goes wrong for each partner if the partnership does not happen?\n- Which interests touch continuity, core values or reputation?\n- How will we talk about the points we will not agree on?',
      'Written as: `#interests` · `#belangen` · `#belang` · `#interest`',
    ].join('\n\n'));
    assert.equal(tagHover(V, 'condition', 'interests', 'nl'), [
      '**Belangen** · conditie van het samenwerkingsmodel',
      '**Kernvraag:** Levert de samenwerking elke partner iets op dat ertoe doet?',
      'Elke partner heeft belangen, en een samenwerking houdt alleen stand als daar recht aan wordt gedaan. Kijk achter de standpunten naar de belangen eronder. Drie soorten verdienen ruimte: het collectieve belang (wat samenleving, cliënt of patiënt ermee wint), het organisatiebelang (financiën, groei, imago) en het individuele belang (de drijfveren van de mensen aan tafel). Belangen die nooit besproken worden, maken van de samenwerking een blijvende onderhandeling.',
      '**Vragen die je kunt stellen**\n- Op welke onderwerpen kan het stuklopen?\n- Wat gaat er mis voor elke partner als de samenwerking niet doorgaat?\n- Welke belangen raken aan continuïteit, kernwaarden of imago?\n- Hoe praten we over wat ons blijft verdelen?',
      'Geschreven als: `#belangen` · `#interests` · `#belang` · `#interest`',
    ].join('\n\n'));
  });

  it('explains a phase and what is at stake when it is skipped', () => {
    assert.equal(tagHover(V, 'phase', 'share', 'en'), [
      '**Share** · phase 2 of 5 of the collaboration process',
      'The partners put their collective, organisational and individual interests on the table and accept each other\'s as legitimate.',
      'Partnerships often skip this phase.',
      '**If this phase is skipped:** Talking about interests is hard, so partners jump to a contract; such partnerships usually get stuck later, and the partners must go back to setting the ambition and talk openly about each one\'s interests after all.',
      'Written as: `#share` · `#delen`',
    ].join('\n\n'));
    assert.equal(tagHover(V, 'phase', 'share', 'nl'), [
      '**Delen** · fase 2 van 5 van het samenwerkingsproces',
      'De partners leggen hun collectieve, organisatie- en individuele belangen op tafel en erkennen die van de ander als legitiem.',
      'Samenwerkingen slaan deze fase vaak over.',
      '**Als je deze fase overslaat:** Praten over belangen is lastig, dus springen partners naar een contract; zulke samenwerkingen lopen later meestal vast, en dan moeten de partners terug naar het bepalen van de ambitie en alsnog open over ieders belang praten.',
      'Geschreven als: `#delen` · `#share`',
    ].join('\n\n'));
  });

  it('tells how to recognise a thermometer level and what to do', () => {
    assert.equal(tagHover(V, 'level', 'watchful', 'en'), [
      '**Watchful** · thermometer level 2 of 4',
      'Watchful: something is still held back.',
      '**How you recognise it:** Information and wishes are shared only in part, people do not ask through, and some subjects are avoided to keep things simple.',
      '**What you can do**\n- Ask yourself whether this caution is healthy or is holding you back.\n- Find where it comes from: not knowing each other yet, or something specific?\n- Say so when caution gets in the way, without blaming anyone.\n- Set the example: ask more, share more, name what is not yet on the table.\n- Invest time in meeting each other; trust grows with contact.',
      'Written as: `#watchful` · `#waakzaam`',
    ].join('\n\n'));
    assert.equal(tagHover(V, 'level', 'watchful', 'nl'), [
      '**Waakzaam** · thermometerstand 2 van 4',
      'Waakzaam: men houdt nog iets achter.',
      '**Hoe je het herkent:** Informatie en wensen worden maar deels gedeeld, men vraagt niet door, en sommige onderwerpen worden vermeden om het simpel te houden.',
      '**Wat je kunt doen**\n- Vraag je af of deze waakzaamheid gezond is of jullie in de weg zit.\n- Zoek waar ze vandaan komt: elkaar nog niet kennen, of iets specifieks?\n- Zeg het wanneer de waakzaamheid jullie hindert, zonder verwijt.\n- Geef het voorbeeld: vraag meer door, deel meer, benoem wat nog niet op tafel ligt.\n- Investeer tijd in ontmoeting; vertrouwen groeit met contact.',
      'Geschreven als: `#waakzaam` · `#watchful`',
    ].join('\n\n'));
  });

  it('gives a need one line', () => {
    assert.equal(tagHover(V, 'need', 'trust', 'en'),
      '**Trust** · psychological need\n\nBeing able to rely on the others.\n\nWritten as: `#need/trust` · `#behoefte/vertrouwen` · `#need/vertrouwen`');
    assert.equal(tagHover(V, 'need', 'trust', 'nl'),
      '**Vertrouwen** · psychologische behoefte\n\nOp de ander kunnen bouwen.\n\nGeschreven als: `#behoefte/vertrouwen` · `#need/trust` · `#need/vertrouwen`');
  });

  it('names a custom dimension\'s value by its dimension and escapes the team\'s texts', () => {
    const v = mergeVocabulary(V, { dimensions: [{ id: 'party', label: { en: 'Party', nl: 'Partij' }, values: [{ id: 'city', label: { en: 'City *hall*', nl: 'Gemeente' }, summary: '<b>Local</b> government' }] }] });
    assert.equal(tagHover(v, 'party', 'city', 'en'), '**City \\*hall\\*** · Party\n\n\\<b\\>Local\\</b\\> government\n\nWritten as: `#party/city`');
    assert.equal(tagHover(v, 'party', 'city', 'nl'), '**Gemeente** · Partij\n\n\\<b\\>Local\\</b\\> government\n\nGeschreven als: `#party/city`');
  });

  it('says nothing for unknown ids', () => {
    assert.equal(tagHover(V, 'condition', 'lunch', 'en'), undefined);
    assert.equal(tagHover(V, 'mood', 'ambition', 'en'), undefined);
  });

  it('escapes Markdown that would change how a text reads', () => {
    assert.equal(escapeMarkdown('1. a_b [x](y) `c` #h'), '1\\. a\\_b \\[x\\](y) \\`c\\` \\#h');
    assert.equal(escapeMarkdown('- item'), '\\- item');
  });
});

describe('hover texts of the marks', () => {
  it('name the private and the decision mark by what they do, not by their label twice', () => {
    const first = (dimension: string, term: string, lang: 'en' | 'nl') => tagHover(V, dimension, term, lang)!.split('\n\n').slice(0, 2);
    assert.deepEqual(first('private', 'private', 'nl'), ['**Privé** · markering: het blok blijft bij de facilitator', 'Alleen voor de facilitator: komt nooit in het verslag voor de partners.']);
    assert.deepEqual(first('private', 'private', 'en'), ['**Private** · mark: the block stays with the facilitator', 'For the facilitator only: never shown in a report for the partners.']);
    assert.deepEqual(first('decision', 'decision', 'nl'), ['**Besluit** · markering: het blok legt een besluit vast', 'Een besluit dat de partners namen.']);
  });
});

describe('mentionAt', () => {
  const session = parseSession('Intro #ambition and #foo\n\nNext #waakzaam\n', { file: 'x.md' });

  it('finds the tag under a 1-based line and 0-based column, edges included', () => {
    assert.equal(mentionAt(session, 1, 6)?.value, 'ambition');
    assert.equal(mentionAt(session, 1, 15)?.value, 'ambition');
    assert.equal(mentionAt(session, 1, 21)?.raw, 'foo');
    assert.equal(mentionAt(session, 3, 10)?.value, 'watchful');
  });

  it('finds nothing between tags', () => {
    assert.equal(mentionAt(session, 1, 5), undefined);
    assert.equal(mentionAt(session, 1, 16), undefined);
    assert.equal(mentionAt(session, 2, 0), undefined);
  });
});

describe('the model in the hovers and the overview (issue 24, fidelity)', () => {
  const hover = (dimension: string, term: string, lang: 'en' | 'nl') => tagHover(V, dimension, term, lang)!;

  it('gives every condition its key question, second in its hover', () => {
    const keys = ['ambition', 'interests', 'relationship', 'organisation', 'process'].map((c) => hover('condition', c, 'nl').split('\n\n')[1]);
    assert.deepEqual(keys, [
      '**Kernvraag:** Hoe sterk delen de partners één ambitie?',
      '**Kernvraag:** Levert de samenwerking elke partner iets op dat ertoe doet?',
      '**Kernvraag:** Hoe goed is het samenspel tussen de partners?',
      '**Kernvraag:** Is de samenwerking goed genoeg georganiseerd voor wat ze wil?',
      '**Kernvraag:** Zitten we samen op de juiste koers?',
    ]);
    assert.equal(hover('condition', 'process', 'en').split('\n\n')[1], '**Key question:** Are we on the right course together?');
  });

  it('asks about the future and the no-go areas for the ambition, says parties drop out in conflict and why unspoken regret harms trust', () => {
    assert.match(hover('condition', 'ambition', 'nl'), /- Hoe maakt de samenwerking elke partner sterker voor wat er komt\?\n- Waar liggen de no-go's: wat wil een partner niet doen of opgeven\?/);
    assert.match(hover('condition', 'ambition', 'en'), /- How does the partnership leave each partner better prepared for what is coming\?\n- Where are the no-go areas: what will a partner not do or give up\?/);
    assert.ok(!hover('condition', 'ambition', 'nl').includes('buiten bespreking'));
    assert.match(hover('level', 'conflict', 'nl'), /de motivatie verdwijnt; partijen haken af\./);
    assert.match(hover('level', 'conflict', 'en'), /parties start to drop out\./);
    assert.match(hover('level', 'friendly', 'nl'), /- Zorg dat je eigen belangen toch benoemd worden: wie later spijt krijgt van wat hij niet zei, verliest vertrouwen in de samenwerking\./);
    assert.match(hover('phase', 'share', 'nl'), /dan moeten de partners terug naar het bepalen van de ambitie/);
  });
});
