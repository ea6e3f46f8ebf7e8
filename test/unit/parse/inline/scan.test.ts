import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { findTagSpans, mayHoldTag, readInline } from '../../../../src/core/parse/inline/reader';
import type { InlineChild } from '../../../../src/core/parse/inline/types';
import { readInlineSource, scanInline } from '../../../../src/core/parse/inline/scan';
import { generateSession } from '../../../bench/sessionText';

// The scanner-based reading must equal the markdown-it-based one: same tag names, same places in the
// visible text, same visible text. The block pass is the parser's (same options, inline pass off).
const md = new MarkdownIt({ html: true, linkify: false, typographer: false }).disable(['text_join', 'inline']);
const spec = (require('commonmark-spec') as { tests: { markdown: string; example: number }[] }).tests;

interface Reading { names: string[]; text: string; at: number[] }

/** Each tag as its offset in the children's content read in order, so splitting text differently does not matter. */
function reading(children: InlineChild[]): Reading {
  const before: number[] = [];
  let length = 0;
  for (const c of children) {
    before.push(length);
    if (c.type === 'text' || c.type === 'text_special' || c.type === 'code_inline' || c.type === 'image') length += c.content.length;
  }
  const { names, text } = readInline(children);
  return { names, text, at: findTagSpans(children).map((s) => before[s.child] + s.from) };
}

/** Compares the two readings of every inline block of `markdown`; returns how many blocks were compared. */
function compare(markdown: string): number {
  const env = {};
  const inlines = md.parse(markdown, env).filter((t) => t.type === 'inline');
  for (const inline of inlines) {
    const reference: InlineChild[] = [];
    md.inline.parse(inline.content, md, env, reference as never);
    const expected = reading(reference);
    const children = scanInline(md, inline.content, env);
    assert.deepEqual(reading(children), expected, JSON.stringify(inline.content));
    // Read straight through, without children, the reading is the same, places in the content included.
    assert.deepEqual(readInlineSource(md, inline.content, env), readInline(children), `read straight through: ${JSON.stringify(inline.content)}`);
    // The parser skips reading a block for tags when no '#' can start one: there must be none.
    if (!mayHoldTag(inline.content)) assert.deepEqual(expected.names, [], `mayHoldTag missed a tag in ${JSON.stringify(inline.content)}`);
  }
  return inlines.length;
}

/** `markdown` with `insert` at a few places picked from the text itself, so every run tries the same ones. */
function injected(markdown: string, insert: string, seed: number): string[] {
  const out: string[] = [];
  for (let k = 1; k <= 3; k++) {
    const at = (seed * 7919 * k) % (markdown.length + 1);
    out.push(markdown.slice(0, at) + insert + markdown.slice(at));
  }
  return out;
}

const REFERENCES = '[a]: /u\n[b c]: /v "t"\n[#relatie]: </w>\n\n';

describe('inline scanner: the same reading as markdown-it', () => {
  it('on reading tags, code, links and markup exactly', () => {
    const read = (text: string) => {
      compare(text);
      return reading(scanInline(md, text, {}));
    };
    // A '#' right after inline HTML starts no tag, as after a code span.
    assert.deepEqual(read('`#code` *#relatie* [#link](/x#y "#t") <b>#html</b> \\#not &#35;not'), {
      names: ['relatie', 'link'], text: '#code #html #not #not', at: [6, 15],
    });
    // An unterminated '<?' makes markdown-it give up on later comments too: the '#b' after it is text.
    assert.deepEqual(read('<? #a <!-- #b -->'), { names: ['a', 'b'], text: '<? <!-- -->', at: [3, 11] });
    assert.deepEqual(read('**sterk** _#proces_ ~~weg~~ ![#alt](i.png) #na'), { names: ['proces', 'na'], text: 'sterk weg #alt', at: [6, 23] });
  });

  it('on all 652 CommonMark spec examples, also with #relatie inserted', function () {
    this.timeout(60000);
    assert.equal(spec.length, 652);
    let blocks = 0;
    for (const { markdown, example } of spec) {
      blocks += compare(markdown);
      for (const variant of [...injected(markdown, ' #relatie', example), ...injected(markdown, '#verkennen', example + 1)]) blocks += compare(variant);
    }
    assert.ok(blocks > 4000, `compared only ${blocks} blocks`);
  });

  it('on generated text rich in markup characters', function () {
    this.timeout(60000);
    const unit = fc.constantFrom(...'`[]()<>!\\&;#*_~":/', 'memo#x', '\\\n', 'a', 'b', 'x', 'é', ' ', ' ', '\n', '#relatie', 'http', '&amp;', '&#35;', '<a>', '-->', '<!--', 'mailto', '@', '<?', '?>', 'javascript:', 'DATA:', 'data:image/png;', 'file:', 'vbscript:', '%');
    // 'max': lengths spread up to the bound (the default keeps most strings a few units long).
    const text = fc.string({ unit, maxLength: 60, size: 'max' });
    fc.assert(fc.property(text, fc.boolean(), (body, refs) => {
      compare(refs ? REFERENCES + body : body);
    }), { numRuns: 5000, seed: 10 });
  });

  it('on the example notes and the bench text', () => {
    const dir = path.resolve(__dirname, '../../../../../examples');
    const files = fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.md'));
    assert.ok(files.length >= 5, `found ${files.length} example notes`);
    let blocks = 0;
    for (const file of files) blocks += compare(fs.readFileSync(path.join(dir, file), 'utf8'));
    blocks += compare(generateSession(2000, 3));
    assert.ok(blocks > 1000, `compared only ${blocks} blocks`);
  });
});
