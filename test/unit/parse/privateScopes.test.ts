// Where a private mark's scope ends, line by line, and which front matter makes the whole session private.
import { strict as assert } from 'node:assert';
import { parseSession } from '../../../src/core/parse/parser';
import { problemMessage } from '../../../src/core/parse/problemText';
import { BUILTIN_VOCABULARY } from '../../../src/core/vocabulary/vocabulary';

const parse = (text: string) => parseSession(text, { file: 'a.md' });
const scopes = (text: string) => parse(text).privateScopes.map((r) => [r.startLine, r.endLine]);

describe('private scopes', () => {
  it('a private paragraph: its own lines, all of them', () => {
    assert.deepEqual(scopes('Gedeeld #relatie\n\nIk ben moe\nzie #geheim\nen meer #privé\n\nWeer gedeeld #proces\n'), [[3, 5]]);
  });

  it('a private first paragraph of a list item: the whole item, its children and continuation paragraphs', () => {
    const session = parse('- Persoonlijk #private\n  - kind #geheim\n\n  vervolg #relatie\n- gedeeld #relatie\n');
    assert.deepEqual(session.privateScopes.map((r) => [r.startLine, r.endLine]), [[1, 4]]);
    assert.deepEqual(session.observations.map((o) => [o.startLine, o.private]), [[4, true], [5, false]]);
  });

  it('a private paragraph further in a list item: itself and the rest of the item, nested items included', () => {
    const session = parse('- Wij delen de planning. #proces\n\n  Alleen voor mij. #private\n\n  - genest #relatie\n- gedeeld #relatie\n');
    assert.deepEqual(session.privateScopes.map((r) => [r.startLine, r.endLine]), [[3, 5]]);
    assert.deepEqual(session.observations.map((o) => [o.startLine, o.private]), [[1, false], [3, true], [5, true], [6, false]]);
  });

  it('> #private opening a blockquote: the whole blockquote, its later paragraphs private too', () => {
    const session = parse('> #private\n>\n> Een alinea #relatie\n>\n> Nog een #relatie\n\nBuiten #relatie\n');
    assert.deepEqual(session.privateScopes.map((r) => [r.startLine, r.endLine]), [[1, 5]]);
    assert.deepEqual(session.observations.map((o) => [o.startLine, o.private]), [[3, true], [5, true], [7, false]]);
    assert.deepEqual(session.problems, []);
  });

  it('a private paragraph later in a blockquote: itself and the rest of the blockquote', () => {
    assert.deepEqual(scopes('> Gedeeld #relatie\n>\n> Geheim #privé\n>\n> Ook geheim #relatie\n\nBuiten #relatie\n'), [[3, 5]]);
  });

  it('a private table cell: its row', () => {
    assert.deepEqual(scopes('| a | b |\n| --- | --- |\n| c #privé | d #geheim |\n| e | f #relatie |\n'), [[3, 3]]);
  });

  it('#private/… is the private mark, not a free tag', () => {
    const session = parse('Plan #relatie #private/notes\n\nMeer #prive/later\n');
    assert.deepEqual(session.tags.map((t) => [t.raw, t.dimension ?? null]), [['relatie', 'condition'], ['private/notes', 'private'], ['prive/later', 'private']]);
    assert.deepEqual(session.observations.map((o) => [o.private, o.otherTags]), [[true, []]]);
    assert.deepEqual(scopes('Plan #relatie #private/notes\n\nMeer #prive/later\n'), [[1, 1], [3, 3]]);
  });
});

describe('a private session (front matter)', () => {
  const privateOf = (frontMatter: string) => parse(`---\n${frontMatter}\n---\nTekst #relatie\n`).private;

  for (const yes of ['private: true', 'privé: ja', 'prive: yes', 'Private: True', 'tags: [private]', 'tags: [relatie, privé]', 'tags: "#private"',
    'tags:\n  - overleg\n  - prive', 'title: Overname #private', 'title: "Overname #privé"', 'title: Plan #private/later']) {
    it(`${JSON.stringify(yes)} makes the session private`, () => assert.equal(privateOf(yes), true));
  }

  for (const no of ['private: false', 'privé: nee', 'tags: [relatie]', 'title: Overname', 'title: Over #relatie', 'facilitator: Privé #private', 'comment: private']) {
    it(`${JSON.stringify(no)} does not`, () => assert.equal(privateOf(no), false));
  }

  it('without a front matter, no session is private', () => assert.equal(parse('Tekst #privé\n').private, false));
});

describe('forms of private that mark nothing: a warning each', () => {
  const unclear = (text: string) => parse(text).problems.map((p) => [p.line, p.severity, p.code, p.message]);
  const ALONE = 'A private mark that marks nothing: put it on the paragraph it belongs to';
  const COMMENT = 'An HTML comment makes nothing private: put #private on the paragraph it belongs to';
  const DETAILS = 'A <details> block hides nothing from the partners: put #private on each paragraph in it that is private';

  it('a #private line alone above the text it means', () => {
    assert.deepEqual(unclear('Gedeeld #relatie\n\n#private\n\nGeheim #relatie\n'), [[3, 'warning', 'unclear-private', ALONE]]);
    assert.deepEqual(unclear('- Punt #relatie\n\n  #privé\n\n  Geheim #relatie\n'), [[3, 'warning', 'unclear-private', ALONE]]);
  });

  it('alone, it opens a list item or blockquote as it should: no warning', () => {
    assert.deepEqual(unclear('- #private\n\n  Geheim #relatie\n\n> #privé\n>\n> Geheim #relatie\n'), []);
  });

  it('an HTML comment naming the private mark, as a block or in a paragraph', () => {
    assert.deepEqual(unclear('<!-- private -->\nGeheim #relatie\n\nTekst <!-- privé: alleen ik --> #relatie\n\n<!-- #prive -->\n'),
      [[1, 'warning', 'unclear-private', COMMENT], [4, 'warning', 'unclear-private', COMMENT], [6, 'warning', 'unclear-private', COMMENT]]);
    assert.deepEqual(unclear('<!-- gewoon commentaar -->\n\nTekst <!-- over de privacywet --> #relatie\n'), []);
  });

  it('a <details> block', () => {
    assert.deepEqual(unclear('<details>\n<summary>Geheim</summary>\n\nTekst #relatie\n\n</details>\n'), [[1, 'warning', 'unclear-private', DETAILS]]);
  });

  it('a phase marker in a private part: it would still move the shared notes after it into that phase', () => {
    const PHASE = 'A phase marker in a private part still sets the phase of the shared notes after it: move it out of the private part';
    const notes = '- Spanning #private\n\n  14:05 #delen\n\nGedeeld #relatie\n\n> #privé\n>\n> #overeenkomen\n';
    assert.deepEqual(unclear(notes), [[3, 'warning', 'unclear-private', PHASE], [9, 'warning', 'unclear-private', PHASE]]);
    assert.deepEqual(unclear('14:05 #delen #waakzaam\n\n- Geheim #privé\n\n  14:10 #onenigheid\n'), []);
    assert.equal(problemMessage(parse('- #privé\n\n  #delen\n').problems[0], 'nl', { vocabulary: BUILTIN_VOCABULARY, tags: [] }),
      'Een fasemarkering in een privé-deel bepaalt nog steeds de fase van de gedeelde notities erna: zet hem buiten het privé-deel');
  });

  it('says each in Dutch too', () => {
    const session = parse('#privé\n\n<!-- privé -->\n\n<details>\n');
    assert.deepEqual(session.problems.map((p) => problemMessage(p, 'nl', { vocabulary: BUILTIN_VOCABULARY, tags: session.tags })), [
      'Deze privé-markering markeert niets: zet hem bij de alinea waar hij bij hoort',
      'Een HTML-commentaar maakt niets privé: zet #privé bij de alinea waar het bij hoort',
      'Een <details>-blok verbergt niets voor de partners: zet #privé bij elke alinea erin die privé is',
    ]);
  });
});
