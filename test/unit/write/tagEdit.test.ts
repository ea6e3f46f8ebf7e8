import * as assert from 'node:assert/strict';
import { parseSession } from '../../../src/core/parse/parser';
import { BUILTIN_VOCABULARY, Lang } from '../../../src/core/vocabulary/vocabulary';
import { TagRef, computeTagEdit, paragraphAt, partyTagText, tagText, tagsIn, taggableDimensions } from '../../../src/core/write/tagEdit';

const dim = (id: string) => BUILTIN_VOCABULARY.dimensions.find((d) => d.id === id)!;
const term = (d: string, id: string) => dim(d).terms.find((t) => t.id === id)!;

/** Applies the tag command to `text` at 1-based `line` and returns the new text. */
function tag(text: string, line: number, chosen: TagRef[], lang: Lang = 'en'): string {
  const session = parseSession(text, { file: 't.md' });
  const lines = text.split('\n');
  const block = paragraphAt(lines, line, session);
  assert.ok(block, `a block at line ${line}`);
  const spell = (ref: TagRef): string => {
    const [d, v] = ref.split(':');
    return tagText(dim(d), term(d, v), lang);
  };
  for (const edit of computeTagEdit(lines, block, tagsIn(session, block, BUILTIN_VOCABULARY), chosen, spell)) lines[edit.line - 1] = edit.text;
  return lines.join('\n');
}

describe('tag edit', () => {
  it('spells tags in the tag language', () => {
    assert.equal(tagText(dim('condition'), term('condition', 'interests'), 'en'), '#interests');
    assert.equal(tagText(dim('condition'), term('condition', 'interests'), 'nl'), '#belangen');
    assert.equal(tagText(dim('phase'), term('phase', 'agree'), 'nl'), '#overeenkomen');
    assert.equal(tagText(dim('level'), term('level', 'conflict'), 'nl'), '#conflict');
    assert.equal(tagText(dim('need'), term('need', 'trust'), 'en'), '#need/trust');
    assert.equal(tagText(dim('need'), term('need', 'trust'), 'nl'), '#behoefte/vertrouwen');
    assert.equal(tagText(dim('need'), term('need', 'respect'), 'nl'), '#behoefte/respect');
    assert.deepEqual(taggableDimensions(BUILTIN_VOCABULARY).map((d) => d.id), ['condition', 'phase', 'level', 'need', 'private', 'decision', 'signal']);
    assert.equal(tagText(dim('signal'), term('signal', 'cross-purposes'), 'nl'), '#spraakverwarring');
  });

  it('finds the paragraph, list item or heading at a line', () => {
    const text = '---\ntitle: x\n---\n# Head #explore\n\nfirst line\nsecond line\n\n- item one\n  continued\n- item two\n\n```\ncode\n```';
    const session = parseSession(text, { file: 't.md' });
    const lines = text.split('\n');
    assert.equal(paragraphAt(lines, 2, session), undefined, 'front matter');
    assert.deepEqual(paragraphAt(lines, 4, session), { start: 4, end: 4 });
    assert.equal(paragraphAt(lines, 5, session), undefined, 'blank line');
    assert.deepEqual(paragraphAt(lines, 7, session), { start: 6, end: 7 });
    assert.deepEqual(paragraphAt(lines, 10, session), { start: 9, end: 10 });
    assert.deepEqual(paragraphAt(lines, 11, session), { start: 11, end: 11 });
    assert.equal(paragraphAt(lines, 13, session), undefined, 'fence');
  });

  it('appends chosen tags to the last line of the block', () => {
    assert.equal(tag('first\nsecond\n\nother', 1, ['condition:ambition', 'phase:explore']), 'first\nsecond #ambition #explore\n\nother');
    assert.equal(tag('- item', 1, ['need:trust'], 'nl'), '- item #behoefte/vertrouwen');
    assert.equal(tag('trailing space  ', 1, ['level:watchful']), 'trailing space  #watchful');
  });

  it('puts a signal on and takes it off, as the notes spell it', () => {
    assert.equal(tag('We bedoelen iets anders #ambitie', 1, ['condition:ambition', 'signal:cross-purposes'], 'nl'), 'We bedoelen iets anders #ambitie #spraakverwarring');
    assert.equal(tag('Alleen op papier #schijnsamenwerking #proces', 1, ['condition:process']), 'Alleen op papier #proces');
  });

  it('removes tags that are no longer chosen, with their space, and keeps chosen ones as written', () => {
    assert.equal(tag('- Money talk #belangen #process more', 1, ['condition:interests']), '- Money talk #belangen more');
    assert.equal(tag('- #ambition Money talk #share', 1, ['phase:share']), '- Money talk #share');
    assert.equal(tag('#ambitie text\nline two #proces', 2, []), 'text\nline two');
    assert.equal(tag('Keep #free and `#ambition` #ambition', 1, []), 'Keep #free and `#ambition`');
  });

  it('changes only the lines that change, and nothing when the choice matches', () => {
    const session = parseSession('a #ambition\nb\nc', { file: 't.md' });
    const lines = ['a #ambition', 'b', 'c'];
    const block = { start: 1, end: 3 };
    const present = tagsIn(session, block, BUILTIN_VOCABULARY);
    assert.deepEqual(computeTagEdit(lines, block, present, ['condition:ambition'], () => '#x'), []);
    assert.deepEqual(computeTagEdit(lines, block, present, [], () => '#x'), [{ line: 1, text: 'a' }]);
    assert.deepEqual(computeTagEdit(lines, block, present, ['condition:ambition', 'phase:share'], () => '#share'), [{ line: 3, text: 'c #share' }]);
  });

  it('tags a heading', () => {
    assert.equal(tag('## Money\n\ntext', 1, ['condition:interests'], 'nl'), '## Money #belangen\n\ntext');
  });

  it('party tags: spelled as the notes do, and counted among a block\'s tags only when asked (the party toggle), so Tag Observation keeps them', () => {
    assert.equal(partyTagText(dim('party'), 'Gemeente Rivierstad', 'nl'), '#partij/gemeente-rivierstad');
    assert.equal(partyTagText(dim('party'), 'Het Anker', 'en'), '#party/het-anker');
    const text = '---\nparticipants: [{ name: Gemeente Rivierstad, aliases: [Gemeente] }]\n---\nMoney #interests #partij/gemeente\n';
    const session = parseSession(text, { file: 't.md' });
    const block = { start: 4, end: 4 };
    assert.deepEqual(tagsIn(session, block, BUILTIN_VOCABULARY).map((t) => [t.dimension, t.value]), [['condition', 'interests']]);
    assert.deepEqual(tagsIn(session, block, BUILTIN_VOCABULARY, true).map((t) => [t.dimension, t.value]), [['condition', 'interests'], ['party', 'Gemeente Rivierstad']]);
    const present = tagsIn(session, block, BUILTIN_VOCABULARY, true);
    assert.deepEqual(computeTagEdit(text.split('\n'), block, present, ['condition:interests'], () => undefined), [{ line: 4, text: 'Money #interests' }]);
  });
});
