import { strict as assert } from 'node:assert';
import MarkdownIt from 'markdown-it';
import { facilitatorNotesPlugin } from '../../../src/core/render/editor/markdownItPlugin';
import { Vocabulary } from '../../../src/core/vocabulary/vocabulary';

// The preview renders whatever the notes hold: no input may make the plugin throw.
describe('preview plugin: never throws', () => {
  it('renders the overview fence of notes whose front matter has Object.prototype keys', () => {
    const md = new MarkdownIt({ html: true }).use(facilitatorNotesPlugin);
    const html = md.render('---\nconstructor: x\n__proto__: y\ntoString: z\n---\nWe agree. #ambition #explore\n\n```facilitator-overview\n```\n');
    assert.match(html, /<div class="facilitator-overview"><div class="scroll"><table/);
    assert.match(html, /data-cell="ambition\|explore">1</);
  });

  it('renders text without chips, and the fence with an empty matrix, when reading the tags fails', () => {
    let calls = 0;
    // The first read (the tag chips) meets a broken vocabulary, the fence's (one read for its summary and table) a valid one.
    const broken = { dimensions: null } as unknown as Vocabulary;
    const md = new MarkdownIt().use(facilitatorNotesPlugin, { vocabulary: () => (calls++ < 1 ? broken : { dimensions: [] }) });
    const html = md.render('We agree. #ambition\n\n```facilitator-overview\n```\n');
    assert.ok(html.startsWith('<p>We agree. #ambition</p>\n'), html);
    assert.match(html, /<div class="facilitator-overview">/);
  });
});
