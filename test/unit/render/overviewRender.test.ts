import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { coverageHints } from '../../../src/core/report/coverage';
import { cssIdent, escapeHtml } from '../../../src/core/render/shared/escape';
import { Session } from '../../../src/core/parse/model';
import { buildReport, summarizeSession } from '../../../src/core/report/overview';
import { parseSession } from '../../../src/core/parse/parser';
import { csvField, observationsCsv } from '../../../src/core/render/overview/csv';
import { partnerCsv } from '../../../src/core/render/report/partnerCsv';
import { REPORT_FORMATS } from '../../../src/core/render/formats';
import { renderOverviewHtml, renderOverviewMain } from '../../../src/core/render/overview/html';
import { MAX_LISTED_PER_CELL } from '../../../src/core/report/cells';
import { thermometerTimeline, thermometerTrend } from '../../../src/core/render/shared/svg';

const timeline = (...args: Parameters<typeof thermometerTimeline>) => [...thermometerTimeline(...args)].join('');

const FIXTURES = path.resolve(__dirname, '../../../../test/fixtures/workspace/overview');
const load = (name: string): Session => parseSession(readFileSync(path.join(FIXTURES, name), 'utf8'), { file: `overview/${name}` });
const first = load('2026-03-02-regiotafel.md');
const second = load('2026-03-16-vervolg.md');

/** The counts shown in the matrix cells, read back from the HTML. */
function matrixIn(html: string): Record<string, Record<string, number>> {
  const matrix: Record<string, Record<string, number>> = {};
  for (const m of html.matchAll(/<td class="s\d" data-cell="([^"|]+)\|([^"]+)">(?:<a [^>]*>)?(\d+)/g)) {
    (matrix[m[1]] ??= {})[m[2]] = Number(m[3]);
  }
  return matrix;
}

const between = (html: string, id: string) => html.slice(html.indexOf(`<section id="${id}"`), html.indexOf('</section>', html.indexOf(`<section id="${id}"`)));

describe('escape', () => {
  it('escapes the five HTML-special characters and nothing else', () => {
    assert.equal(escapeHtml(`<a href="x" onclick='y'>&amp; ü</a>`), '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;amp; ü&lt;/a&gt;');
    assert.equal(escapeHtml('plain text'), 'plain text');
    assert.equal(cssIdent('Ambitie "x" <y>'), 'ambitie-x-y-');
  });
});

describe('csv export', () => {
  it('quotes fields per RFC 4180 and defuses spreadsheet formulas', () => {
    assert.equal(csvField('plain'), 'plain');
    assert.equal(csvField('a, b'), '"a, b"');
    assert.equal(csvField('zei "nee"'), '"zei ""nee"""');
    assert.equal(csvField('regel\r\nnog een'), '"regel\r\nnog een"');
    assert.equal(csvField('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
    assert.equal(csvField('+31 6'), "'+31 6");
    assert.equal(csvField(null), '');
    assert.equal(csvField(12), '12');
  });

  it('defuses a formula that starts after a semicolon or comma, for spreadsheets that split on either', () => {
    assert.equal(csvField('x;=1+1'), "x;'=1+1");
    assert.equal(csvField('x,=1+1'), `"x,'=1+1"`);
    assert.equal(csvField('a; @SUM(A1); b;  +31 6'), "a; '@SUM(A1); b;  '+31 6");
    assert.equal(csvField('=1;-2,=HYPERLINK("x")'), `"'=1;'-2,'=HYPERLINK(""x"")"`);
    assert.equal(csvField('x;\t=1'), "x;'\t=1");
    assert.equal(csvField('ja; nee, 5-2 = 3'), '"ja; nee, 5-2 = 3"');
    assert.equal(csvField(-5), '-5');
  });

  it('writes a cell with a formula after a semicolon defused in every column, the facilitator\'s CSV and the partners\'', () => {
    const s = parseSession('Budget x;=1+1 #ambitie\n\n- [ ] Mail ;@x @Esther\n', { file: 'n;=3.md' });
    const rows = observationsCsv([s], 'en').split('\r\n').slice(1, 3);
    assert.deepEqual(rows.map((row) => row.split(',').slice(0, 4)), [["n;'=3.md", '', '1', "Budget x;'=1+1"], ["n;'=3.md", '', '3', "Mail ;'@x @Esther"]]);
    assert.deepEqual(partnerCsv([s], 'nl').split('\r\n').slice(1, 3), [`;"n;'=3";observatie;"Budget x;'=1+1";Ambitie;;;;;;`, `;"n;'=3";actie;"Mail ;'@x";;;;;Esther;;open`]);
  });

  it('writes one row per observation and action, in line order, with a BOM and CRLF line ends', () => {
    assert.equal(observationsCsv([second], 'en'),
      '\uFEFFfile,date,line,text,conditions,phase,level,needs,free tags,parties,private,decision,due,owner\r\n'
      + 'overview/2026-03-16-vervolg.md,2026-03-16,9,De partners leggen de ambitie vast in een intentieverklaring.,ambition,agree,watchful,,,,,,,\r\n'
      + 'overview/2026-03-16-vervolg.md,2026-03-16,11,Over de verdeling van het budget blijft het stil.,interests,agree,conflict,,,,,,,\r\n'
      + 'overview/2026-03-16-vervolg.md,2026-03-16,13,Intentieverklaring rondsturen @Esther,,,,,,,,,,Esther\r\n');
  });

  it('joins lists and quotes text with commas and quotes; headers in Dutch', () => {
    const s = parseSession('Ze zeggen "nee", en dan? #ambitie #relatie #need/hoop #need/steun #koffie\n', { file: 'a,b.md' });
    assert.equal(observationsCsv([s], 'nl'),
      '\uFEFFbestand,datum,regel,tekst,condities,fase,stand,behoeften,vrije tags,partijen,privé,besluit,uiterlijk,wie\r\n'
      + '"a,b.md",,1,"Ze zeggen ""nee"", en dan?",ambition; relationship,,,hope; support,koffie,,,,,\r\n');
  });

  it('has as many rows as observations and actions across sessions', () => {
    const lines = observationsCsv([first, second], 'en').split('\r\n');
    assert.equal(lines.length, 1 + 8 + 3 + 2 + 1 + 1);
    assert.equal(lines[6], 'overview/2026-03-02-regiotafel.md,2026-03-02,22,De voorzitter stelt voor de agenda om te gooien.,process,share,disagreement,,ambitoin,,,,,');
  });
});

describe('coverage hints', () => {
  it('lists the conditions missing in the current phase', () => {
    assert.deepEqual(coverageHints(first.observations, first.currentPhase), {
      currentPhase: 'agree',
      conditionsMissing: ['ambition', 'interests', 'relationship', 'organisation', 'process'],
      phasesSkipped: [],
    });
  });

  it('names the phases skipped so far and stresses explore and share', () => {
    assert.deepEqual(coverageHints(second.observations, second.currentPhase), {
      currentPhase: 'agree',
      conditionsMissing: ['relationship', 'organisation', 'process'],
      phasesSkipped: [{ phase: 'explore', stressed: true }, { phase: 'share', stressed: true }],
    });
    const s = parseSession('# A #verkennen\n\nx #ambitie\n\n# B #vormgeven\n\ny #proces\n', { file: 'x.md' });
    assert.deepEqual(coverageHints(s.observations, s.currentPhase).phasesSkipped,
      [{ phase: 'share', stressed: true }, { phase: 'agree', stressed: false }]);
  });

  it('falls back to the default phase, and has no hints without any phase', () => {
    assert.deepEqual(coverageHints([], 'share'), { currentPhase: 'share', conditionsMissing: ['ambition', 'interests', 'relationship', 'organisation', 'process'], phasesSkipped: [{ phase: 'explore', stressed: true }] });
    assert.deepEqual(coverageHints(parseSession('x #ambitie', { file: 'x.md' }).observations, null), { currentPhase: null, conditionsMissing: [], phasesSkipped: [] });
  });

  it('reads against the session\'s current phase, not the front matter, after an untagged closing section', () => {
    const s = parseSession('---\nphase: verkennen\n---\n# A\n\nx #ambitie\n\n# B #vormgeven\n\ny #proces\n\n# Afsluiting\n\nz #relatie\n', { file: 'x.md' });
    assert.equal(s.currentPhase, 'shape');
    assert.deepEqual(coverageHints(s.observations, s.currentPhase), {
      currentPhase: 'shape',
      conditionsMissing: ['ambition', 'interests', 'relationship', 'organisation'],
      phasesSkipped: [{ phase: 'share', stressed: true }, { phase: 'agree', stressed: false }],
    });
  });
});

describe('thermometer svg', () => {
  it('draws the course as steps from the start level through every reading', () => {
    const svg = timeline(first.startLevel, first.readings, first.lineCount, 'en');
    const d = /<path class="course" d="([^"]+)"/.exec(svg)![1];
    // Levels sit at y 94 (friendly), 66, 38, 10 (conflict); lines map onto x 130 … 628.
    assert.deepEqual([...d.matchAll(/V(\d+)/g)].map((m) => Number(m[1])), [66, 38, 94]);
    assert.match(d, /^M130\.0,94H/);
    assert.match(d, /H628\.0$/);
    assert.deepEqual([...svg.matchAll(/<(?:circle|path) class="dot (lvl-\d)"[^>]*><title>([^<]*)<\/title>/g)].map((m) => [m[1], m[2]]), [
      ['lvl-0', 'Start: Friendly'],
      ['lvl-1', 'line 14: Watchful — Zorgaanbieder twijfelt over de financiering.'],
      ['lvl-2', 'line 20: Disagreement — Er ontstaat discussie over wie betaalt.'],
      ['lvl-0', 'line 24: Friendly — De sfeer wordt weer beter na de pauze.'],
    ]);
    assert.deepEqual([...svg.matchAll(/<text class="axis[^"]*"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]), ['Friendly', 'Watchful', 'Disagreement', 'Conflict']);
  });

  it('labels in Dutch and escapes reading text', () => {
    const s = parseSession('Iemand schreef <script>alert(1)</script> & "meer" #conflict\n', { file: 'x.md' });
    const svg = timeline(null, s.readings, s.lineCount, 'nl');
    assert.ok(svg.includes('<title>regel 1: Conflict — Iemand schreef alert(1) &amp; &quot;meer&quot;</title>'), svg);
    assert.ok(!svg.includes('<script'));
    assert.ok(svg.includes('>Vriendschappelijk</text>'));
  });

  it('tells Watchful from Disagreement by shape: round, diamond, triangle', () => {
    const s = parseSession('A #friendly\n\nB #watchful\n\nC #disagreement\n\nD #conflict\n', { file: 'x.md' });
    const svg = timeline(null, s.readings, s.lineCount, 'en');
    assert.deepEqual([...svg.matchAll(/<(circle|path) class="dot (lvl-\d)"/g)].map((m) => `${m[1]} ${m[2]}`),
      ['circle lvl-0', 'circle lvl-1', 'path lvl-2', 'path lvl-3']);
    assert.match(svg, /<path class="dot lvl-2" d="M[\d.]+,32L[\d.]+,38L[\d.]+,44L[\d.]+,38Z">/);
  });

  it('puts readings on a clock axis once two have a time, an untimed one between its timed neighbours', () => {
    const s = parseSession('09:00 #friendly\n\nB #watchful\n\n10:00 #disagreement\n\n11:00 #friendly\n', { file: 'x.md' });
    const svg = timeline(null, s.readings, s.lineCount, 'en');
    const xs = [...svg.matchAll(/<(?:circle class="dot lvl-\d" cx="([\d.]+)"|path class="dot lvl-\d" d="M([\d.]+),)/g)].map((m) => Number(m[1] ?? m[2]));
    // 09:00 … 11:00 over x 130 … 628 after a lead of 5 %; B (line 3) halfway between 09:00 (line 1) and 10:00 (line 5).
    const x = (m: number) => 130 + ((m + 6) / 126) * 498;
    assert.deepEqual(xs.map((v) => v.toFixed(1)), [x(0), x(30), x(60), x(120)].map((v) => v.toFixed(1)));
    assert.deepEqual([...svg.matchAll(/<text class="axis time"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]), ['09:00', '09:30', '10:00', '10:30', '11:00']);
    assert.match(svg, /viewBox="0 0 640 124"/);
    assert.match(svg, /<title>09:00, line 1: Friendly/);
  });

  it('keeps line order when fewer than two readings have a time, or the times run backwards', () => {
    for (const text of ['09:00 #friendly\n\nB #watchful\n', '10:00 #friendly\n\n09:00 #watchful\n']) {
      const s = parseSession(text, { file: 'x.md' });
      const svg = timeline(null, s.readings, s.lineCount, 'en');
      assert.equal(svg.includes('axis time'), false, text);
      assert.match(svg, /viewBox="0 0 640 104"/);
    }
  });

  it('shows an action\'s owner once, in its chip', () => {
    const s = parseSession('# Acties\n\n- [ ] Begroting rondsturen @Esther voor vrijdag\n- [x] Zaal boeken @Sam.\n', { file: 'x.md' });
    const html = renderOverviewMain([s], { lang: 'nl' });
    assert.deepEqual([...html.matchAll(/<li>([^<]*) <span class="chip">([^<]*)<\/span><\/li>/g)].map((m) => [m[1], m[2]]),
      [['Begroting rondsturen voor vrijdag', '@Esther'], ['Zaal boeken', '@Sam']]);
  });

  it('shows the session duration, first to last written time, in the header', () => {
    const s = parseSession('# Overleg\n\n09:40 #waakzaam\n\n10:05 #delen\n\nPunt #relatie\n\n10:55 #friendly\n', { file: 'x.md' });
    assert.match(renderOverviewMain([s], { lang: 'nl' }), / · Duur: <strong data-count="duration">1 u 15 min<\/strong><\/p>/);
    assert.match(renderOverviewMain([s], { lang: 'en' }), / · Duration: <strong data-count="duration">1 h 15 min<\/strong><\/p>/);
    assert.equal(renderOverviewMain([parseSession('09:40 #waakzaam\n', { file: 'x.md' })], { lang: 'en' }).includes('duration'), false);
  });

  it('draws no course without start or readings', () => {
    assert.ok(!timeline(null, [], 10, 'en').includes('class="course"'));
  });

  it('plots one point per session in the trend, with hollow peaks where they differ from the end', () => {
    const svg = thermometerTrend([{ name: 'a', end: 'friendly', peak: 'disagreement' }, { name: 'b', end: 'conflict', peak: 'conflict' }, { name: 'c', end: null, peak: null }], 'en');
    assert.equal((svg.match(/<(?:circle|path) class="dot /g) ?? []).length, 2);
    assert.deepEqual([...svg.matchAll(/<circle class="peak (lvl-\d)"/g)].map((m) => m[1]), ['lvl-2']);
    assert.match(svg, /<path class="course" d="M130\.0,94L379\.0,10"\/>/);
  });
});

describe('overview html: one session', () => {
  const html = renderOverviewHtml([first], { lang: 'en' });
  const summary = summarizeSession(first);

  it('shows exactly the matrix of the JSON contract, 6 × 6 cells', () => {
    assert.deepEqual(matrixIn(html), summary.matrix);
    assert.equal(Object.values(matrixIn(html)).flatMap((row) => Object.keys(row)).length, 36);
    assert.match(html, /<td class="s4" data-cell="ambition\|explore"><a href="#cell-0-0" data-cell-link="cell-0-0">2<\/a><\/td>/);
    assert.match(html, /<td class="s2" data-cell="interests\|explore"><a [^>]*>1<\/a><\/td>/);
    assert.match(html, /<td class="s0" data-cell="process\|explore">0<\/td>/);
    assert.match(html, /<th scope="row" title="The shared goal that gives the partnership direction.">Ambition<\/th>/);
    assert.match(html, /<th scope="row">No condition<\/th>/);
  });

  it('lists each cell\'s observations, counted as in the matrix', () => {
    const cells = [...html.matchAll(/<details id="(cell-\d-\d)" open><summary>([^<]*)<\/summary><ul>([\s\S]*?)<\/ul><\/details>/g)];
    assert.deepEqual(cells.map((c) => [c[1], c[2], (c[3].match(/<li>/g) ?? []).length]), [
      ['cell-0-0', 'Ambition × Explore (2)', 2],
      ['cell-1-0', 'Interests × Explore (1)', 1],
      ['cell-1-1', 'Interests × Share (1)', 1],
      ['cell-2-0', 'Relationship × Explore (1)', 1],
      ['cell-2-1', 'Relationship × Share (1)', 1],
      ['cell-3-0', 'Organisation × Explore (1)', 1],
      ['cell-4-1', 'Process × Share (1)', 1],
      ['cell-5-2', 'No condition × Agree (1)', 1],
    ]);
    assert.ok(cells[0][3].includes('<li><span class="obs">Gemeente wil vooral snelheid in de wijkaanpak.</span> <span class="where">(line 13)</span> '
      + '<span class="level lvl-0">Friendly</span><span class="chip">Recognition</span></li>'));
  });

  it('shows start, end and peak, and advice for the level in force from the vocabulary', () => {
    const thermometer = between(html, 'thermometer');
    assert.deepEqual([...thermometer.matchAll(/<dt>(\w+)<\/dt><dd data-level="\w+"><span class="level (lvl-\d)">(\w+)</g)].map((m) => [m[1], m[2], m[3]]),
      [['Start', 'lvl-0', 'Friendly'], ['End', 'lvl-0', 'Friendly'], ['Peak', 'lvl-2', 'Disagreement']]);
    assert.ok(thermometer.includes('<strong>Signs:</strong> People feel free to say anything, information flows easily'));
    assert.ok(thermometer.includes('<li>Keep this pattern going.</li>'));
    assert.equal((thermometer.match(/<li><span class="level/g) ?? []).length, 3);
  });

  it('shows needs, actions with owners, free tags, coverage and problems', () => {
    assert.ok(between(html, 'needs').includes('<li>Recognition: <strong>1</strong></li><li>Certainty: <strong>1</strong></li>'));
    const actions = between(html, 'actions');
    assert.ok(actions.includes('<h3>Open (<span data-count="open">2</span>)</h3>'));
    assert.ok(actions.includes('<li>Notulen rondsturen <span class="chip">@Esther</span></li>'));
    assert.ok(actions.includes('<li>Agenda volgende keer <span class="chip">no owner</span></li>'));
    assert.ok(actions.includes('<h3>Done (<span data-count="done">1</span>)</h3>'));
    assert.ok(between(html, 'tags').includes('<li>#ambitoin: <strong>1</strong></li><li>#huisvesting: <strong>1</strong></li>'));
    const coverage = between(html, 'coverage');
    assert.ok(coverage.includes('Current phase: <strong data-phase="agree">Agree</strong>'));
    assert.deepEqual([...coverage.matchAll(/data-condition="(\w+)"/g)].map((m) => m[1]), ['ambition', 'interests', 'relationship', 'organisation', 'process']);
    assert.ok(between(html, 'problems').includes('line 22: Unknown tag #ambitoin: did you mean #ambition?'));
  });

  it('stresses skipped explore and share phases with the model\'s reason', () => {
    const coverage = between(renderOverviewHtml([second], { lang: 'nl' }), 'coverage');
    assert.ok(coverage.includes('<li class="stressed" data-phase="explore"><strong>Verkennen</strong> (vaak overgeslagen). Dan blijft de ambitie globaal'));
    assert.ok(coverage.includes('<li class="stressed" data-phase="share"><strong>Delen</strong> (vaak overgeslagen).'));
  });

  it('gives each condition without observations in this phase its key question', () => {
    const coverage = between(renderOverviewHtml([second], { lang: 'nl' }), 'coverage');
    const items = [...coverage.matchAll(/<li><span class="chip" data-condition="(\w+)"[^>]*>([^<]+)<\/span> ([^<]+)<\/li>/g)].map((m) => [m[1], m[2], m[3]]);
    assert.deepEqual(items[0], ['relationship', 'Relatie', 'Hoe goed is het samenspel tussen de partners?']);
    assert.deepEqual(items.at(-1), ['process', 'Proces', 'Zitten we samen op de juiste koers?']);
    assert.ok(coverage.includes('<p>Condities zonder observaties in deze fase:</p>'));
  });

  it('is a static page: CSP without scripts, no script element, open cells', () => {
    assert.ok(html.startsWith('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; img-src data:; style-src &#39;unsafe-inline&#39;">'));
    assert.ok(!/<script/i.test(html));
    assert.ok(!/<button/i.test(html));
    assert.ok(!/https?:\/\//.test(html.replace('http://www.w3.org/2000/svg', '')), 'no remote references');
  });

  it('in the webview: nonce\'d style and script, clickable observations with their lines', () => {
    const page = renderOverviewHtml([first], { lang: 'en', webview: { nonce: 'abc123', cspSource: 'vscode-webview:', scriptUri: 'vscode-resource:/media/overview.js' } });
    assert.ok(page.includes(`content="default-src &#39;none&#39;; img-src vscode-webview: data:; style-src &#39;nonce-abc123&#39;; script-src &#39;nonce-abc123&#39;"`));
    assert.ok(page.includes('<style nonce="abc123">'));
    assert.ok(page.includes('<script nonce="abc123" src="vscode-resource:/media/overview.js"></script>'));
    assert.equal((page.match(/<script/g) ?? []).length, 1);
    assert.ok(page.includes('<button type="button" class="obs" data-session="0" data-line="20" data-end="20">Er ontstaat discussie over wie betaalt.</button>'));
    assert.ok(page.includes('<details id="cell-0-0"><summary>'), 'cells start closed in the panel');
  });

  it('in the webview: the panel state for a window reload is an escaped attribute on <main>', () => {
    const state = JSON.stringify({ mode: 'session', uri: 'file:///a"><script>x</script>\'.md' });
    const page = renderOverviewHtml([first], { lang: 'en', webview: { nonce: 'abc123', cspSource: 'vscode-webview:', scriptUri: 'overview.js', state } });
    assert.ok(page.includes('<main id="overview" data-state="{&quot;mode&quot;:&quot;session&quot;,&quot;uri&quot;:&quot;file:///a\\&quot;&gt;&lt;script&gt;x&lt;/script&gt;&#39;.md&quot;}">'));
    assert.equal((page.match(/<script/g) ?? []).length, 1);
  });

  it('escapes note text everywhere', () => {
    const s = parseSession('---\ntitle: "<img src=x onerror=alert(1)>"\n---\n<b>bold</b> "quote" \'apos\' & co #ambitie #x"y\n', { file: 'a<b>.md' });
    const page = renderOverviewHtml([s], { lang: 'en' });
    assert.ok(page.includes('<h1>&lt;img src=x onerror=alert(1)&gt;</h1>'));
    assert.ok(page.includes('<span class="file">a&lt;b&gt;.md</span>'));
    assert.ok(!page.includes('<img'));
    assert.ok(!page.includes('<b>'));
  });

  it('renders in Dutch with the vocabulary\'s labels', () => {
    const nl = renderOverviewMain([first], { lang: 'nl' });
    assert.match(nl, /<th scope="row"[^>]*>Belangen<\/th>/);
    assert.match(nl, /<th scope="col"[^>]*>Verkennen<\/th>/);
    assert.ok(nl.includes('<h2 id="h-coverage">Aandachtspunten</h2>'));
    assert.ok(nl.includes('<strong>Hoe je het herkent:</strong> Men voelt zich vrij'));
  });

  it('caps long cell lists but keeps the exact count', () => {
    const text = Array.from({ length: MAX_LISTED_PER_CELL + 5 }, (_, i) => `obs ${i} #ambitie`).join('\n\n');
    const page = renderOverviewMain([parseSession(text, { file: 'x.md' })], { lang: 'en' });
    assert.match(page, /data-cell="ambition\|none"><a [^>]*>205<\/a>/);
    assert.ok(page.includes('<summary>Ambition × No phase (205)</summary>'));
    assert.ok(page.includes('<li class="muted">5 more not listed</li>'));
  });
});

describe('overview html: workspace', () => {
  const html = renderOverviewHtml([second, first], { lang: 'en' });

  it('has one row per session by date with observations, end and peak', () => {
    const rows = [...between(html, 'sessions').matchAll(/<tr><td>([^<]*)<\/td><td>([^<]*)<div class="where">[^<]*<\/div><\/td><td class="num">(\d+)<\/td><td><span class="level [^"]*">(\w+)<\/span><\/td><td><span class="level [^"]*">(\w+)<\/span><\/td><\/tr>/g)];
    assert.deepEqual(rows.map((r) => r.slice(1)), [
      ['2 Mar 2026', 'Regiotafel zorgnetwerk — start', '8', 'Friendly', 'Disagreement'],
      ['16 Mar 2026', 'Regiotafel — vervolg', '2', 'Conflict', 'Conflict'],
    ]);
  });

  it('sums the matrix and draws the trend', () => {
    assert.deepEqual(matrixIn(between(html, 'matrix')), buildReport([first, second]).totals.matrix);
    assert.ok(html.includes('<strong data-count="observations">10</strong>'));
    const trend = between(html, 'thermometer');
    assert.deepEqual([...trend.matchAll(/<(?:circle|path) class="dot (lvl-\d)"/g)].map((m) => m[1]), ['lvl-0', 'lvl-3']);
    assert.deepEqual([...trend.matchAll(/<circle class="peak (lvl-\d)"/g)].map((m) => m[1]), ['lvl-2']);
    const actions = between(html, 'actions');
    assert.ok(actions.includes('<h3>Open (<span data-count="open">2</span>)</h3>') && actions.includes('<h3>Done (<span data-count="done">2</span>)</h3>'));
    assert.deepEqual([...actions.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1].replace(/<[^>]+>/g, '').trim()), [
      'Notulen rondsturen @Esther (2 Mar 2026 Regiotafel zorgnetwerk — start)',
      'Agenda volgende keer no owner (2 Mar 2026 Regiotafel zorgnetwerk — start)',
      'Zaal reserveren @Piet (2 Mar 2026 Regiotafel zorgnetwerk — start)',
      'Intentieverklaring rondsturen @Esther (16 Mar 2026 Regiotafel — vervolg)',
    ]);
  });
});

describe('report formats', () => {
  it('html and csv go through the format map with the sessions', () => {
    const report = buildReport([first]);
    assert.equal(REPORT_FORMATS.html.render(report, 'en', [first]), renderOverviewHtml([first], { lang: 'en' }));
    assert.equal(REPORT_FORMATS.csv.render(report, 'nl', [first]), observationsCsv([first], 'nl'));
    assert.equal(REPORT_FORMATS.html.extension, '.html');
    assert.equal(REPORT_FORMATS.csv.extension, '.csv');
  });

  it('html renders the report it is given instead of building another', () => {
    const report = buildReport([first]);
    const given = { ...report, sessions: [{ ...report.sessions[0], observations: 999 }] };
    assert.ok(REPORT_FORMATS.html.render(given, 'en', [first]).includes('<strong data-count="observations">999</strong>'));
    assert.ok(renderOverviewHtml([first], { lang: 'en', report: given }).includes('<strong data-count="observations">999</strong>'));
    assert.ok(renderOverviewHtml([first], { lang: 'en' }).includes(`<strong data-count="observations">${report.sessions[0].observations}</strong>`), 'without a report it builds one');
  });
});
