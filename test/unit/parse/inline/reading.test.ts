import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { scanInline } from '../../../../src/core/parse/inline/scan';

const md = new MarkdownIt({ html: true }).disable('text_join');
const project = (children: { type: string; content: string }[]) => children.map((c) => [c.type, c.content]);

describe('inline tokens: plain text', () => {
  it('is one text child placed at the start when a line has no character a rule starts at', () => {
    assert.deepEqual(scanInline(md, 'one #relatie (two) - three: 4', {}), [{ type: 'text', content: 'one #relatie (two) - three: 4', info: '', markup: '', pos: 0 }]);
    assert.deepEqual(scanInline(md, '', {}), []);
  });

  it('splits lines into text and breaks as markdown-it does', () => {
    assert.deepEqual(project(scanInline(md, 'one #relatie\n  two  \nthree \nfour', {})), [
      ['text', 'one #relatie'], ['softbreak', ''], ['text', 'two'], ['hardbreak', ''], ['text', 'three'], ['softbreak', ''], ['text', 'four']]);
  });

  it('matches markdown-it for every paragraph without markup characters', () => {
    const plain = fc.stringMatching(/^[a-zé #:$%+=>@^{}()\-/.,\n\t0-9]{1,40}$/);
    let compared = 0;
    fc.assert(fc.property(plain, (text) => {
      const tokens = md.parse(text, {});
      for (const inline of tokens.filter((t) => t.type === 'inline' && t.map)) {
        const opener = tokens[tokens.indexOf(inline) - 1];
        if (opener.type !== 'paragraph_open' && opener.type !== 'heading_open') continue;
        compared++;
        assert.deepEqual(project(scanInline(md, inline.content, {})), project(inline.children ?? []), JSON.stringify(inline.content));
      }
    }), { numRuns: 3000 });
    assert.ok(compared > 1000, `compared only ${compared}`);
  });
});
