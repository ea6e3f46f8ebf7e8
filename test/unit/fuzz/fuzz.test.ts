import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { Session } from '../../../src/core/parse/model';
import { parseSession } from '../../../src/core/parse/parser';
import { REPORT_FORMATS } from '../../../src/core/render/formats';
import { partnerDocument, renderPartnerReport } from '../../../src/core/render/report/partnerReport';
import { documentDocx } from '../../../src/core/render/report/docx';
import { facilitatorNotesPlugin } from '../../../src/core/render/editor/markdownItPlugin';
import { buildReport } from '../../../src/core/report/overview';
import { textOutputs, wordParts } from '../helpers/partnerOutputs';
import { BUILTIN_VOCABULARY, Lang, Vocabulary } from '../../../src/core/vocabulary/vocabulary';
import { mergeVocabulary, readVocabularyFile } from '../../../src/core/vocabulary/vocabularyFile';

// The fuzz stage of npm test (issue 10): generated notes that mix what once broke the core. Nothing may
// throw in parse, summary, any report format or the preview plugin, and every line is inside the file.
const RUNS = 3000;
const SEED = 20261201;

const TEAM = readVocabularyFile('aliases:\n  ambition: [doel]\ndimensions:\n  - id: party\n    label: Party\n    values: [gemeente, school]\n  - id: talk\n    label: Talk\n    bare: true\n    values: [content, constructor]\n', BUILTIN_VOCABULARY, 'en');
const VOCABULARIES: Vocabulary[] = [BUILTIN_VOCABULARY, mergeVocabulary(BUILTIN_VOCABULARY, TEAM.file!)];

const PROTO_KEYS = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__defineGetter__'];
const key = fc.constantFrom(...PROTO_KEYS, 'title', 'date', 'phase', 'thermometer', 'participants', 'facilitator', 'x-y');
const value = fc.constantFrom('x', '"quoted"', '[a, b]', '1', 'null', '', '2026-03-02', '2026-13-40', 'verkennen', 'Friendly', '{a: 1}', '[{__proto__: 1}]', '&a x', '*a', '? [a]', 'e\u0301tude', "'#ambitie'");
const frontMatter = fc.array(fc.tuple(key, value).map(([k, v]) => `${k}: ${v}`), { maxLength: 6 })
  .chain((lines) => fc.constantFrom(`---\n${lines.join('\n')}\n---\n`, `---\n${lines.join('\n')}\n...\n`, `---\n${lines.join('\n')}\n`));

const tag = fc.constantFrom('#ambition', '#ambitie', '#proces', '#explore', '#phase/agree', '#conflict', '#waakzaam', '#need/trust', '#need/nope',
  '#party/gemeente', '#party/zzz', '#content', '#constructor', '#__proto__', '#toString', '#e\u0301tude', '#étude', '#ambitoin', '#a-', '#x/y/', '#1', '#Ärger');
const word = fc.constantFrom('we', 'agree', 'De', 'gemeente', '14:05', '@Esther', 'x', 'café', 'e\u0301', '\u00a0', '\t', '—');
const inline = fc.oneof(
  { weight: 4, arbitrary: word },
  { weight: 4, arbitrary: tag },
  { weight: 2, arbitrary: tag.map((t) => `\`${t}\``) },
  { weight: 1, arbitrary: fc.constantFrom('`x`', '``', '`` ` ``', '`', '&#35;ambition', '&amp;', '&eacute;', '&#x301;', '\\#ambition', '\\', '*', '_', '~~') },
  { weight: 1, arbitrary: tag.map((t) => fc.constantFrom(`[${t}](http://x/${t})`, `<http://x/${t}>`, `<span title="${t}">${t}</span>`, `*${t}*`, `![${t}](i.png)`, `(${t})`, `[x]: /u${t}`)).chain((a) => a) },
);
const line = fc.array(inline, { maxLength: 10 }).map((parts) => parts.join(' '));
const block = fc.oneof(
  { weight: 5, arbitrary: line },
  { weight: 2, arbitrary: line.map((l) => `${'#'.repeat(1 + (l.length % 6))} ${l}`) },
  { weight: 3, arbitrary: fc.array(line, { minLength: 1, maxLength: 4 }).map((ls) => ls.map((l, i) => `${' '.repeat((i % 3) * 2)}- ${i % 2 ? '[ ] ' : ''}${l}`).join('\n')) },
  { weight: 2, arbitrary: fc.array(line, { minLength: 1, maxLength: 4 }).map((ls) => `| a | b |\n|---|---|\n${ls.map((l) => `|${l}|${l.replace(/\|/g, '')}|`).join('\n')}`) },
  { weight: 1, arbitrary: line.map((l) => `\`\`\`\n${l}\n\`\`\``) },
  { weight: 1, arbitrary: line.map((l) => `<div>\n${l}\n</div>`) },
  { weight: 1, arbitrary: line.map((l) => `> ${l}\n> > ${l}`) },
  { weight: 1, arbitrary: fc.constantFrom('```facilitator-overview\n```', '---', '***', '    #ambition in code', '<!-- #ambition -->', 'Setext #ambition\n===') },
  { weight: 1, arbitrary: tag.map((t) => `${t} `.repeat(3000)) },
);
const notes = fc.record({
  bom: fc.boolean(),
  frontMatter: fc.option(frontMatter, { freq: 2 }),
  blocks: fc.array(block, { maxLength: 12 }),
  separator: fc.constantFrom('\n\n', '\n', '\r\n\r\n', '\r\r', '\r\n'),
  vocabulary: fc.nat(VOCABULARIES.length - 1),
  lang: fc.constantFrom<Lang>('en', 'nl'),
}).map((n) => ({
  ...n,
  text: (n.bom ? '\uFEFF' : '') + (n.frontMatter ?? '') + n.blocks.join(n.separator).replace(/\n/g, n.separator.includes('\r\n') ? '\r\n' : n.separator.startsWith('\r') ? '\r' : '\n'),
}));

const PRIVATE_RUNS = 400;
/** Word files take about ten times a text format's time: the first of those inputs. */
const WORD_RUNS = 80;
/** Each kind of private scope, around a word of its own ('%'); the word may be nowhere in the partners' outputs. */
const PRIVATE_FORMS = [
  '% het plan #privé #relatie', 'Ik ben %\nzie #%tag\nen meer #private', '- Persoonlijk % #private\n  - kind #%tag\n\n  14:05 #conflict',
  '- Gedeeld #proces\n\n  Alleen % #private\n\n  - genest #relatie #%tag', '> #private\n>\n> Een % #relatie\n>\n> Nog #%tag #delen',
  '> Eerste % #privé #relatie\n>\n> Tweede #%tag', '% gestemd #relatie #private/later', '## Apart % #prive\n\nweg #%tag #belangen',
  '| a | b |\n|---|---|\n| % #privé | #%tag |', '- [ ] bel % @Esther #private', '% besloten #besluit #privé', '# Titel % #private',
];
const privateNotes = fc.array(fc.tuple(fc.nat(PRIVATE_FORMS.length - 1), block), { minLength: 1, maxLength: 8 }).map((parts) => {
  const secrets = parts.map((_, i) => `zqx${i}geheim`);
  // Each private block closes what a shared block may leave open (a list, a blockquote, an HTML block) before it.
  const text = parts.map(([form, shared], i) => `${shared}\n\n<!-- -->\n\n${PRIVATE_FORMS[form].replace(/%/g, secrets[i])}\n\n`).join('');
  return { text, secrets };
});

/** Every line a session points at, by what holds it. */
function linesOf(session: Session): [string, number][] {
  return [
    ...session.problems.map((p) => ['problem', p.line] as [string, number]),
    ...session.observations.flatMap((o) => [['observation', o.startLine], ['observation end', o.endLine]] as [string, number][]),
    ...session.readings.map((r) => ['reading', r.line] as [string, number]),
    ...session.actions.map((a) => ['action', a.line] as [string, number]),
    ...session.tags.map((t) => ['tag', t.line] as [string, number]),
    ...session.headings.flatMap((h) => [['heading', h.line], ['heading end', h.endLine]] as [string, number][]),
  ];
}

describe('fuzz: generated notes never break the core', function () {
  this.timeout(120000);

  it(`${RUNS} inputs (seed ${SEED}): parse, summary, every report format and the preview plugin never throw; every line is in the file`, () => {
    const previews = VOCABULARIES.map((vocabulary) => new MarkdownIt({ html: true, linkify: true }).use(facilitatorNotesPlugin, { vocabulary: () => vocabulary }));
    fc.assert(fc.property(notes, ({ text, vocabulary: v, lang }) => {
      const vocabulary = VOCABULARIES[v];
      const session = parseSession(text, { file: 'fuzz.md', vocabulary });
      const outside = linesOf(session).filter(([, n]) => !(Number.isInteger(n) && n >= 1 && n <= session.lineCount));
      assert.deepEqual(outside, [], `lines outside 1..${session.lineCount}`);
      const report = buildReport([session], vocabulary);
      for (const format of Object.values(REPORT_FORMATS)) assert.equal(typeof format.render(report, lang, [session], vocabulary), 'string');
      assert.equal(typeof previews[v].render(text), 'string');
      assert.deepEqual(misplacedTags(session, text), [], 'tags whose place does not read back their spelling');
    }), { seed: SEED, numRuns: RUNS });
  });

  it(`${RUNS / 3} inputs (seed ${SEED}): the partners' report, by agenda and by condition, never throws nor has an empty bullet`, () => {
    fc.assert(fc.property(notes, ({ text, vocabulary: v, lang }) => {
      const groupBy = lang === 'nl' ? 'condition' : 'agenda';
      const md = renderPartnerReport({ file: 'fuzz.md', text }, { format: 'md', lang, vocabulary: VOCABULARIES[v], groupBy, readings: groupBy === 'condition' });
      assert.equal(/^\s*- *$/m.test(md), false, 'an empty bullet');
    }), { seed: SEED, numRuns: Math.round(RUNS / 3) });
  });

  it(`${PRIVATE_RUNS} inputs with private scopes of every kind (seed ${SEED}): no word of a private scope in any partner output`, () => {
    fc.assert(fc.property(privateNotes, ({ text, secrets }) => {
      const outputs = textOutputs({ file: 'fuzz.md', text }, 'nl');
      for (const [format, output] of Object.entries(outputs)) {
        const lower = output!.toLowerCase();
        assert.deepEqual(secrets.filter((w) => lower.includes(w)), [], `${format} of ${JSON.stringify(text)}`);
      }
    }), { seed: SEED, numRuns: PRIVATE_RUNS });
  });

  it(`${WORD_RUNS} of those inputs (seed ${SEED}): no word of a private scope in any part of the partners' Word file`, async () => {
    await fc.assert(fc.asyncProperty(privateNotes, async ({ text, secrets }) => {
      const notes = { file: 'fuzz.md', text };
      const xml = (await wordParts(await documentDocx(partnerDocument(notes, { lang: 'nl', vocabulary: BUILTIN_VOCABULARY, thermometer: true })))).toLowerCase();
      // The text as Word shows it (tags stripped, so a word split over runs is whole again) and the XML itself (attributes).
      const shown = xml.replace(/<[^>]*>/g, '');
      assert.deepEqual(secrets.filter((w) => shown.includes(w) || xml.includes(w)), [], `docx of ${JSON.stringify(text)}`);
    }), { seed: SEED, numRuns: WORD_RUNS });
  });
});

/** The tags whose line and column do not spell '#' and their name in the source (NFC, any case). */
function misplacedTags(session: Session, text: string): string[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  return session.tags.filter((t) => (lines[t.line - 1] ?? '').slice(t.column, t.column + t.length).normalize('NFC').toLowerCase() !== `#${t.raw}`.toLowerCase())
    .map((t) => `${t.line}:${t.column}+${t.length} #${t.raw}`);
}
