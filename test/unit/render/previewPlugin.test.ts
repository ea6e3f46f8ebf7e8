import { strict as assert } from 'node:assert';
import MarkdownIt from 'markdown-it';
import { parseSession } from '../../../src/core/parse/parser';
import { facilitatorNotesPlugin } from '../../../src/core/render/editor/markdownItPlugin';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const spec: { tests: { markdown: string; number: number; section: string }[] } = require('commonmark-spec');
const examples = spec.tests.map((t) => ({ ...t, markdown: t.markdown.replace(/→/g, '\t') }));
const tagCount = (markdown: string) => parseSession(markdown, { file: 'example.md' }).tags.length;
const chips = (html: string) => html.match(/<span class="fn-tag [^"]*"[^>]*>[^<]*<\/span>/g) ?? [];

/** The same markdown-it set-up with and without our plugin. */
function pair(preset: 'default' | 'commonmark', options: MarkdownIt.Options = {}): [MarkdownIt, MarkdownIt] {
  const plain = new MarkdownIt(preset, options);
  const ours = new MarkdownIt(preset, options);
  ours.use(facilitatorNotesPlugin);
  return [plain, ours];
}

describe('preview plugin: CommonMark identity', () => {
  const untagged = examples.filter((e) => tagCount(e.markdown) === 0);
  const tagged = examples.filter((e) => tagCount(e.markdown) > 0);

  it('the spec has examples of both kinds', () => {
    assert.equal(examples.length, 652);
    assert.equal(untagged.length, 650);
    assert.equal(tagged.length, 2);
  });

  for (const [name, preset, options] of [
    ['commonmark preset', 'commonmark', {}],
    ['default preset as VS Code uses it (html, linkify)', 'default', { html: true, linkify: true }],
  ] as const) {
    it(`renders every example without a tag exactly as plain markdown-it (${name})`, () => {
      const [plain, ours] = pair(preset, options);
      const different = untagged.filter((e) => plain.render(e.markdown) !== ours.render(e.markdown)).map((e) => e.number);
      assert.deepEqual(different, []);
    });
  }

  it('puts a chip on every tag the parser finds in the spec examples, and only there', () => {
    const [, ours] = pair('default', { html: true });
    const mismatches = examples
      .filter((e) => chips(ours.render(e.markdown)).length !== tagCount(e.markdown))
      .map((e) => `${e.number}: ${chips(ours.render(e.markdown)).length} chips, ${tagCount(e.markdown)} tags`);
    assert.deepEqual(mismatches, []);
  });

  it('agrees with the parser on tricky inline text', () => {
    const [, ours] = pair('default', { html: true });
    const corpus = ['`code`#ambitie', '<b>x</b>#ambitie and #relatie', '**#ambitie**', '[#ambitie](https://x.nl) #proces', 'x\\##ambitie',
      'a #ambitie- b #delen/ c', 'Ünïcode #relatie.', '(#proces).', 'text\n#delen', '![#img](x.png)#relatie', '*a*#belangen', 'C#ambitie',
      '#Organisatie_', '#behoefte/steun, #need/hoop;', '"#waakzaam"', '<https://x.nl/#ambitie>#proces', 'a\u00a0#ambitie'];
    for (const markdown of corpus) {
      const written = chips(ours.render(markdown)).map((c) => c.replace(/<[^>]*>/g, ''));
      assert.deepEqual(written, parseSession(markdown, { file: 'x.md' }).tags.map((t) => `#${t.raw}`), markdown);
    }
  });
});

describe('preview plugin: chips and the overview fence', () => {
  const [, ours] = pair('default', { html: true });

  it('renders known tags as chips by dimension and keeps the text around them', () => {
    assert.equal(ours.render('Gemeente wil snelheid #ambitie en (#delen). #waakzaam #need/erkenning #lunch'),
      '<p>Gemeente wil snelheid <span class="fn-tag fn-tag-condition" title="Condition: Ambition. The shared goal that gives the partnership direction.">#ambitie</span> en '
      + '(<span class="fn-tag fn-tag-phase" title="Phase: Share. Sharing interests openly.">#delen</span>). '
      + '<span class="fn-tag fn-tag-level fn-level-1" title="Thermometer: Watchful. Watchful: something is still held back.">#waakzaam</span> '
      + '<span class="fn-tag fn-tag-need" title="Need: Recognition. Having your role and contribution acknowledged.">#need/erkenning</span> '
      + '<span class="fn-tag fn-tag-free">#lunch</span></p>\n');
  });

  it('uses the display language for the chip titles', () => {
    const nl = new MarkdownIt({ html: true }).use(facilitatorNotesPlugin, { lang: () => 'nl' });
    assert.equal(nl.render('#relatie'), '<p><span class="fn-tag fn-tag-condition" title="Conditie: Relatie. Vertrouwen, leiderschap en de persoonlijke verhoudingen.">#relatie</span></p>\n');
  });

  it('leaves code, escaped hashes, HTML, links and non-tags alone', () => {
    for (const md of ['`#ambitie`', '\\#ambitie', 'C# and page#ambitie', '<span>#x</span>', '<https://x.nl/#ambitie>', '#12', '    #ambitie']) {
      assert.equal(chips(ours.render(md)).length, 0, md);
    }
  });

  it('escapes vocabulary texts in chip titles', () => {
    const vocabulary = { dimensions: [{ id: 'party', role: 'custom' as const, label: { en: 'Party "<x>"', nl: 'Partij' }, prefixes: ['party'], bare: true,
      terms: [{ id: 'city', label: { en: 'City', nl: 'Gemeente' }, aliases: ['city'], summary: { en: '<b onmouseover="x">&', nl: '' } }] }] };
    const md = new MarkdownIt().use(facilitatorNotesPlugin, { vocabulary: () => vocabulary });
    assert.equal(md.render('#city'), '<p><span class="fn-tag fn-tag-custom" title="Party &quot;&lt;x&gt;&quot;: City. &lt;b onmouseover=&quot;x&quot;&gt;&amp;">#city</span></p>\n');
  });

  it('renders the document\'s matrix in a facilitator-overview fence, other fences as before', () => {
    const doc = '---\nphase: delen\n---\n# Notes\n\nWie betaalt? #belangen\n\nSfeer goed #relatie #verkennen\n\n```facilitator-overview\n```\n\n```js\nlet a = 1;\n```\n';
    const html = ours.render(doc);
    assert.match(html, /<div class="facilitator-overview"><div class="scroll"><table class="matrix">/);
    assert.match(html, /<td class="s4" data-cell="interests\|share">1<\/td>/);
    assert.match(html, /<td class="s4" data-cell="relationship\|explore">1<\/td>/);
    assert.equal((html.match(/data-cell="[^"]*">0</g) ?? []).length, 34);
    assert.match(html, /<pre><code class="language-js">let a = 1;\n<\/code><\/pre>/);
  });
});

describe('preview plugin: presenting to the room', () => {
  let presenting = true;
  const md = new MarkdownIt('default', { html: true }).use(facilitatorNotesPlugin, { leaveOutPrivate: () => presenting });
  const NOTES = [
    '# Overleg', '',
    'Gedeeld punt. #ambitie #verkennen', '',
    'Ik vind de wethouder ongeduldig. #privé #relatie', '',
    '- Eerste punt #privé', '  - met een onderpunt', '- Tweede punt', '',
    '> #privé', '>', '> Geheim citaat.', '',
    '```facilitator-overview', '```', '',
    '## Coaching #privé', '', 'Vraag Jan apart.', '',
  ].join('\n');
  const SECRETS = ['wethouder', 'Eerste punt', 'onderpunt', 'Geheim citaat', 'Coaching', 'Vraag Jan'];

  it('leaves out every private block (paragraph, list item with its items, blockquote, section) and keeps the rest', () => {
    presenting = true;
    const html = md.render(NOTES);
    assert.deepEqual(SECRETS.filter((word) => html.includes(word)), []);
    assert.ok(html.startsWith('<h1>Overleg</h1>\n<p>Gedeeld punt. <span class="fn-tag fn-tag-condition"'), html);
    assert.ok(html.includes('<ul>\n<li>Tweede punt</li>\n</ul>'), html);
  });

  it('the overview block counts only what partners may see, and everything again when presenting stops', () => {
    presenting = true;
    const cells = (html: string) => [...html.matchAll(/<td class="s\d" data-cell="[^"]*">(\d+)</g)].map((m) => Number(m[1])).reduce((a, b) => a + b, 0);
    const shown = md.render(NOTES);
    presenting = false;
    const all = md.render(NOTES);
    assert.ok(SECRETS.every((word) => all.includes(word)));
    assert.deepEqual([cells(shown), cells(all)], [1, 2]);
  });

  it('leaves nothing out when not presenting: the same HTML as without the option', () => {
    presenting = false;
    assert.equal(md.render(NOTES), new MarkdownIt('default', { html: true }).use(facilitatorNotesPlugin).render(NOTES));
  });
});
