import { strict as assert } from 'node:assert';
import { Problem } from '../../../src/core/parse/model';
import { parseSession } from '../../../src/core/parse/parser';
import { problemMessage, sessionProblems as problemsOf } from '../../../src/core/parse/problemText';

const sessionProblems = (...args: Parameters<typeof problemsOf>) => [...problemsOf(...args)];
import { buildReport } from '../../../src/core/report/overview';
import { REPORT_FORMATS } from '../../../src/core/render/formats';
import { renderOverviewHtml } from '../../../src/core/render/overview/html';
import { BUILTIN_VOCABULARY, Lang, Vocabulary } from '../../../src/core/vocabulary/vocabulary';
import { cpuMs, medianCpuMs } from '../helpers/cpuTime';

/** Every problem of the notes as [code, English, Dutch]. */
function said(text: string, vocabulary: Vocabulary = BUILTIN_VOCABULARY): [string, string, string][] {
  const session = parseSession(text, { file: 'notes.md', vocabulary });
  const say = (p: Problem, lang: Lang) => problemMessage(p, lang, { vocabulary, tags: session.tags });
  return session.problems.map((p) => [p.code, say(p, 'en'), say(p, 'nl')]);
}

describe('problem messages in English and Dutch', () => {
  it('near-miss-tag', () => {
    assert.deepEqual(said('text #ambitoin here'), [
      ['near-miss-tag', 'Unknown tag #ambitoin: did you mean #ambition?', 'Onbekende tag #ambitoin: bedoel je #ambition?'],
    ]);
  });

  it('unknown-prefixed-value, with and without a likely value', () => {
    assert.deepEqual(said('#fase/lunch and #need/vertrouwn'), [
      ['unknown-prefixed-value', 'Unknown phase \'lunch\' in #fase/lunch', 'Onbekende fase \'lunch\' in #fase/lunch'],
      ['unknown-prefixed-value', 'Unknown need \'vertrouwn\' in #need/vertrouwn: did you mean #need/vertrouwen?',
        'Onbekende behoefte \'vertrouwn\' in #need/vertrouwn: bedoel je #need/vertrouwen?'],
    ]);
  });

  it('unknown-prefixed-value names a custom dimension by its label in each language', () => {
    const party = { id: 'party', role: 'custom', label: { en: 'Party', nl: 'Partij' }, prefixes: ['party', 'partij'], bare: false,
      terms: [{ id: 'city', label: { en: 'City', nl: 'Gemeente' }, aliases: ['city', 'gemeente'], summary: { en: '', nl: '' } }] };
    const vocabulary = { dimensions: [...BUILTIN_VOCABULARY.dimensions, party] } as Vocabulary;
    assert.deepEqual(said('Talk #partij/citty', vocabulary), [
      ['unknown-prefixed-value', 'Unknown party \'citty\' in #partij/citty: did you mean #partij/city?',
        'Onbekende partij \'citty\' in #partij/citty: bedoel je #partij/city?'],
    ]);
  });

  it('front-matter-syntax: a YAML error, in Dutch by the yaml library\'s error code', () => {
    assert.deepEqual(said('---\ntitle: ok\nbad: [1, 2\n---\nBody'), [
      ['front-matter-syntax', 'Front matter is not valid YAML and is ignored: Flow sequence in block collection must be sufficiently indented and end with a ]',
        'De front matter is geen geldige YAML en wordt genegeerd: een regel of lijst springt niet goed in of is niet afgesloten'],
    ]);
    assert.deepEqual(said('---\ntitle: a\ntitle: b\n---\n'), [
      ['front-matter-syntax', 'Front matter is not valid YAML and is ignored: Map keys must be unique',
        'De front matter is geen geldige YAML en wordt genegeerd: een veld staat er meer dan eens in'],
    ]);
    assert.deepEqual(said('---\ntitle: a\n\tdate: b\n---\n').map((p) => p[2]), [
      'De front matter is geen geldige YAML en wordt genegeerd: inspringen mag niet met tabs, alleen met spaties',
    ]);
  });

  it('front-matter-syntax: a rare YAML error keeps the library\'s English explanation inside the Dutch sentence', () => {
    assert.deepEqual(said('---\ntitle: "\\q"\n---\n'), [
      ['front-matter-syntax', 'Front matter is not valid YAML and is ignored: Invalid escape sequence \\q',
        'De front matter is geen geldige YAML en wordt genegeerd: Invalid escape sequence \\q'],
    ]);
  });

  it('front-matter-syntax: YAML that is no mapping', () => {
    assert.deepEqual(said('---\n- a\n---\nx'), [
      ['front-matter-syntax', 'Front matter must be a list of key: value fields and is ignored',
        'De front matter moet een lijst velden (sleutel: waarde) zijn en wordt genegeerd'],
    ]);
  });

  it('front-matter-field: phase and thermometer list the values in both spellings, the UI language first', () => {
    assert.deepEqual(said('---\nphase: lunch\nthermometer: heet\n---\n'), [
      ['front-matter-field', 'Unknown phase \'lunch\', ignored: use one of explore, share, agree, shape, execute (or verkennen, delen, overeenkomen, vormgeven, uitvoeren)',
        'Onbekende waarde \'lunch\' voor phase, genegeerd: gebruik een van verkennen, delen, overeenkomen, vormgeven, uitvoeren (of explore, share, agree, shape, execute)'],
      ['front-matter-field', 'Unknown thermometer \'heet\', ignored: use one of friendly, watchful, disagreement, conflict (or vriendschappelijk, waakzaam, onenigheid, conflict)',
        'Onbekende waarde \'heet\' voor thermometer, genegeerd: gebruik een van vriendschappelijk, waakzaam, onenigheid, conflict (of friendly, watchful, disagreement, conflict)'],
    ]);
  });

  it('front-matter-field: a date', () => {
    assert.deepEqual(said('---\ndate: soon\n---\n'), [
      ['front-matter-field', 'Invalid date \'soon\', ignored: write it as YYYY-MM-DD', 'Ongeldige datum \'soon\', genegeerd: schrijf hem als JJJJ-MM-DD'],
    ]);
  });

  it('front-matter-field: other fields carry the schema\'s complaint in both languages', () => {
    assert.deepEqual(said('---\ntitle: 5\nparticipants: hello\n---\n'), [
      ['front-matter-field', 'Invalid title 5, ignored: Invalid input: expected string, received number',
        'Ongeldige waarde 5 voor title, genegeerd: Ongeldige invoer: verwacht string, ontving getal'],
      ['front-matter-field', 'Invalid participants \'hello\', ignored: Invalid input: expected array, received string',
        'Ongeldige waarde \'hello\' voor participants, genegeerd: Ongeldige invoer: verwacht array, ontving string'],
    ]);
  });

  it('unreadable', () => {
    const problem: Problem = { line: 1, severity: 'error', code: 'unreadable', message: 'x' };
    const context = { vocabulary: BUILTIN_VOCABULARY, tags: [] };
    assert.equal(problemMessage(problem, 'en', context), 'This file is not UTF-8 text and is skipped');
    assert.equal(problemMessage(problem, 'nl', context), 'Dit bestand is geen UTF-8-tekst en wordt overgeslagen');
  });

  it('the parser\'s own message is the English text', () => {
    const session = parseSession('---\nphase: lunch\ndate: x\n---\n#ambitoin #need/geduld\n', { file: 'a.md' });
    assert.equal(session.problems.length, 4);
    for (const p of session.problems) assert.equal(p.message, problemMessage(p, 'en', { vocabulary: BUILTIN_VOCABULARY, tags: session.tags }));
  });

  it('a problem without its parts (made by hand) keeps its message', () => {
    const problem: Problem = { line: 3, severity: 'warning', code: 'near-miss-tag', message: 'Typo', suggestion: '#ambition' };
    assert.equal(problemMessage(problem, 'nl', { vocabulary: BUILTIN_VOCABULARY, tags: [] }), 'Typo');
  });

  it('sessionProblems lists them in line order, said in the language', () => {
    const session = parseSession('---\ndate: soon\n---\nBody #ambitoin\n', { file: 'a.md' });
    assert.deepEqual(sessionProblems(session, 'nl', BUILTIN_VOCABULARY), [
      { line: 2, severity: 'error', message: 'Ongeldige datum \'soon\', genegeerd: schrijf hem als JJJJ-MM-DD' },
      { line: 4, severity: 'warning', message: 'Onbekende tag #ambitoin: bedoel je #ambition?' },
    ]);
  });
});

describe('problems in the reports', () => {
  const session = parseSession('---\ndate: soon\n---\nBody #ambitoin\n', { file: 'a.md' });
  const render = (format: string, lang: Lang) => REPORT_FORMATS[format].render(buildReport([session]), lang, [session]);

  it('the Markdown report says them in its language', () => {
    assert.ok(render('md', 'nl').endsWith([
      '### Problemen',
      '',
      '- **fout** (regel 2): Ongeldige datum \'soon\', genegeerd: schrijf hem als JJJJ-MM-DD',
      '- **waarschuwing** (regel 4): Onbekende tag \\#ambitoin: bedoel je \\#ambition?',
      '',
    ].join('\n')), render('md', 'nl'));
    assert.ok(render('md', 'en').includes('- **warning** (line 4): Unknown tag \\#ambitoin: did you mean \\#ambition?\n'));
  });

  it('the HTML report says them in its language', () => {
    const html = renderOverviewHtml([session], { lang: 'nl' });
    assert.ok(html.includes('regel 2: Ongeldige datum &#39;soon&#39;, genegeerd: schrijf hem als JJJJ-MM-DD</li>'), html);
    assert.ok(html.includes('regel 4: Onbekende tag #ambitoin: bedoel je #ambition?</li>'));
    assert.ok(renderOverviewHtml([session], { lang: 'en' }).includes('line 4: Unknown tag #ambitoin: did you mean #ambition?</li>'));
  });

  it('the JSON report keeps the English messages', () => {
    assert.deepEqual(JSON.parse(render('json', 'nl')).sessions[0].problems, [
      { line: 2, severity: 'error', message: 'Invalid date \'soon\', ignored: write it as YYYY-MM-DD' },
      { line: 4, severity: 'warning', message: 'Unknown tag #ambitoin: did you mean #ambition?' },
    ]);
  });
});

describe('problem texts: linear in the problems', function () {
  this.timeout(60000);

  it('4x the near misses cost at most 8x the time to say (each once searched through every tag)', () => {
    const notes = (n: number) => parseSession('Partner A wants more time #ambition #trust\n\n'.repeat(n), { file: 'many.md' });
    const [small, large] = [notes(5000), notes(20000)];
    assert.equal(large.problems.length, 20000);
    assert.equal(sessionProblems(large, 'en', BUILTIN_VOCABULARY)[19999].message, sessionProblems(notes(1), 'en', BUILTIN_VOCABULARY)[0].message);
    const say = (session: typeof small) => () => sessionProblems(session, 'nl', BUILTIN_VOCABULARY);
    cpuMs(say(small));
    const [n, n4] = [medianCpuMs(say(small)), medianCpuMs(say(large))];
    // The slack takes a collection during the larger run (CI ran it beside another stage: 2 ms, then 40); searching
    // every tag took seconds here.
    assert.ok(n4 <= 8 * n + 100, `4x the problems took ${(n4 / n).toFixed(1)}x the time (${n.toFixed(0)} ms, then ${n4.toFixed(0)} ms)`);
  });
});
