// One truth for figures: over generated workspaces, every total a view shows equals the number of items
// listed under it, in the view models and in every format that lists them.
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { parseSession } from '../../../src/core/parse/parser';
import { Session } from '../../../src/core/parse/model';
import { collaborations } from '../../../src/core/report/collaboration';
import { actionsByStatus, openActionGroups } from '../../../src/core/report/openActions';
import { renderOverviewMain } from '../../../src/core/render/overview/html';
import { renderMarkdown } from '../../../src/core/render/overview/markdown';
import { buildReport } from '../../../src/core/report/overview';
import { renderDossierMarkdown } from '../../../src/core/render/dossier/dossierMarkdown';
import { renderDossierMain } from '../../../src/core/render/dossier/dossierHtml';
import { REPORT_FORMATS } from '../../../src/core/render/formats';
import { renderPartnerReport } from '../../../src/core/render/report/partnerReport';
import { OverviewReport } from '../../../src/core/report/overviewSchema';
import { textOutputs } from '../helpers/partnerOutputs';

const ACTIONS = ['Send the minutes @Esther', 'Book a room', 'Invite the school @Marco 2026-03-20', 'Map what each partner offers'];
const LINES = ['Everyone wants care close to home. #ambition #explore', 'The GPs answer curtly. #interests #disagreement #share',
  'We agree to write down what each brings. #process #decision', 'Stay in touch with the team lead. #relationship #private',
  'Who leads is unclear. #organisation #process', 'Untagged remark.', '## Next steps #agree'];

const sessionText = fc.record({
  day: fc.integer({ min: 1, max: 28 }),
  lines: fc.array(fc.constantFrom(...LINES), { maxLength: 6 }),
  actions: fc.array(fc.tuple(fc.constantFrom(...ACTIONS), fc.boolean()), { maxLength: 4 }),
});

const workspace = fc.array(fc.tuple(fc.constantFrom('pact', 'zorg', ''), sessionText), { minLength: 1, maxLength: 6 });

type Generated = [string, { day: number; lines: string[]; actions: [string, boolean][] }][];

/** The generated notes as files; `numbered` starts each paragraph with 'P<n>:', so a listed text names its line. */
function notesFiles(generated: Generated, numbered = false): { file: string; text: string }[] {
  return generated.map(([folder, s], i) => {
    const lines = s.lines.map((line, n) => (numbered && !line.startsWith('#') ? `P${n}: ${line}` : line));
    const text = `---\ntitle: Session ${i}\ndate: 2026-03-${String(s.day).padStart(2, '0')}\n---\n\n`
      + lines.join('\n\n') + '\n\n' + s.actions.map(([a, done]) => `- [${done ? 'x' : ' '}] ${a}`).join('\n') + '\n';
    return { file: `${folder ? `${folder}/` : ''}${i}.md`, text };
  });
}

function parse(generated: Generated): Session[] {
  return notesFiles(generated).map(({ file, text }) => parseSession(text, { file }));
}

const count = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length;

/** The items of the <ul> right after a heading whose count is `data-count="name"`. */
function listedAfter(html: string, name: string): number {
  const at = html.indexOf(`data-count="${name}">`);
  const rest = html.slice(at);
  const list = /<\/h3>(<ul class="plain">([\s\S]*?)<\/ul>)?/.exec(rest);
  return list?.[2] ? count(list[2], /<li>/g) : 0;
}

function shownCount(html: string, name: string): number {
  return Number(new RegExp(`data-count="${name}">(\\d+)<`).exec(html)![1]);
}

/** Every cell list's "(N)" against its items (no cell here reaches MAX_LISTED_PER_CELL). */
function assertCellsAgree(html: string): void {
  for (const m of html.matchAll(/<details id="cell-[^"]*"[^>]*><summary>[^<]*\((\d+)\)<\/summary><ul>([\s\S]*?)<\/ul><\/details>/g)) {
    assert.equal(count(m[2], /<li>/g), Number(m[1]));
  }
}

describe('figures agree with what is listed (generated workspaces)', () => {
  it('workspace page: each action once; its open and done totals equal their lists and the collaboration rows', () => {
    fc.assert(fc.property(workspace, (generated) => {
      const sessions = parse(generated);
      const groups = collaborations(sessions, { today: '2026-06-01' });
      const html = renderOverviewMain(sessions, { lang: 'en', mode: 'workspace', collaborations: groups });
      const open = shownCount(html, 'open');
      const done = shownCount(html, 'done');
      assert.equal(listedAfter(html, 'open'), open);
      assert.equal(listedAfter(html, 'done'), done);
      const rows = [...html.matchAll(/<td class="num">(\d+)<\/td><td class="num[^"]*">\d+<\/td><\/tr>/g)].map((m) => Number(m[1]));
      assert.equal(rows.reduce((a, b) => a + b, 0), open);
      assert.equal(open + done, groups.reduce((n, c) => n + c.actions.length, 0));
      const byStatus = actionsByStatus(groups);
      assert.deepEqual([byStatus.open.length, byStatus.done.length], [open, done]);
      assert.equal(openActionGroups(groups, 'collaboration').reduce((n, g) => n + g.actions.length, 0), open);
      assert.equal(openActionGroups(groups, 'owner').reduce((n, g) => n + g.actions.length, 0), open);
      assertCellsAgree(html);
      assert.equal(shownCount(html, 'observations'), sessions.reduce((n, s) => n + s.observations.length, 0));
    }), { numRuns: 150 });
  });

  it('session page and Markdown: actions and cells count what they list', () => {
    fc.assert(fc.property(workspace, (generated) => {
      for (const session of parse(generated)) {
        const html = renderOverviewMain([session], { lang: 'nl', mode: 'session' });
        assert.equal(listedAfter(html, 'open'), shownCount(html, 'open'));
        assert.equal(listedAfter(html, 'done'), shownCount(html, 'done'));
        assertCellsAgree(html);
        for (const m of html.matchAll(/<a href="#(cell-[^"]+)" data-cell-link="[^"]+">(\d+)<\/a>/g)) {
          assert.equal(Number(new RegExp(`<details id="${m[1]}"[^>]*><summary>[^<]*\\((\\d+)\\)`).exec(html)![1]), Number(m[2]));
        }
        const md = renderMarkdown(buildReport([session]), 'en', undefined, [session]);
        const [, open, done] = /open: (\d+) · done: (\d+)/i.exec(md)!;
        assert.deepEqual([count(md, /^- \[ \] /gm), count(md, /^- \[x\] /gm)], [Number(open), Number(done)]);
      }
    }), { numRuns: 100 });
  });

  it('dossier: the open total equals the open rows of its action table, in HTML and Markdown', () => {
    fc.assert(fc.property(workspace, (generated) => {
      const groups = collaborations(parse(generated), { today: '2026-06-01' });
      const html = renderDossierMain(groups, { lang: 'en' });
      const md = renderDossierMarkdown(groups, 'en');
      groups.forEach((_, i) => {
        const article = html.split('<article').slice(1)[i];
        assert.equal(count(article, /<tr data-status="(?:open|overdue)">/g), shownCount(article, 'open'));
        const block = md.split(/^# /m).slice(1)[i];
        const [, shown] = /Open: (\d+)/.exec(block)!;
        assert.equal(count(block, /^\| \*{0,2}(?:Open|Overdue)\*{0,2} \|/gm), Number(shown));
      });
    }), { numRuns: 100 });
  });

  it('JSON and CSV: each action\'s status total equals its items; the totals are the sessions\' sums; the CSV has a row for each counted item', () => {
    fc.assert(fc.property(workspace, (generated) => {
      const sessions = parse(generated);
      const json = JSON.parse(REPORT_FORMATS.json.render(buildReport(sessions), 'en', sessions)) as OverviewReport;
      assertJsonAgrees(json);
      const rows = csvRows(REPORT_FORMATS.csv.render(buildReport(sessions), 'en', sessions), ',');
      json.sessions.forEach((summary) => {
        const own = rows.filter((r) => r[0] === summary.file);
        const actionLines = new Set(summary.actions.items.map((a) => String(a.line)));
        const decisionOnly = (r: string[]) => r[11] === 'yes' && r.slice(4, 10).every((c) => c === '');
        assert.equal(own.filter((r) => actionLines.has(r[2])).length, summary.actions.open + summary.actions.done);
        assert.equal(own.filter((r) => r[11] === 'yes').length, summary.decisions.length);
        assert.equal(own.filter((r) => !actionLines.has(r[2]) && !decisionOnly(r)).length, summary.observations);
        assert.equal(own.filter((r) => r[10] === 'yes' && !actionLines.has(r[2]) && !decisionOnly(r)).length, summary.private);
      });
    }), { numRuns: 100 });
  });

  it('the partners\' report (Markdown, HTML), JSON and CSV: every figure counts the items listed', () => {
    fc.assert(fc.property(workspace, (generated) => {
      for (const notes of notesFiles(generated, true)) {
        const session = parseSession(notes.text, { file: notes.file });
        const out = textOutputs(notes, 'en') as Record<'md' | 'html' | 'json' | 'csv', string>;
        const json = JSON.parse(out.json) as OverviewReport;
        assertJsonAgrees(json);
        const [summary] = json.sessions;
        const rows = csvRows(out.csv, ',');
        const kind = (k: string) => rows.filter((r) => r[2] === k);
        assert.deepEqual([kind('action').length, kind('action').filter((r) => r[10] === 'open').length], [summary.actions.open + summary.actions.done, summary.actions.open]);
        assert.equal(kind('decision').length, summary.decisions.length);
        // Actions: one table row each, with its status; decisions: one list item each.
        const section = (md: string, heading: string) => md.split(/^## /m).find((part) => part.startsWith(`${heading}\n`)) ?? '';
        const actionRows = count(section(out.md, 'Actions'), /^\| (?!Action \||:--)/gm);
        assert.deepEqual([actionRows, count(section(out.md, 'Actions'), /\| Open \|$/gm)], [summary.actions.open + summary.actions.done, summary.actions.open]);
        assert.equal(count(section(out.md, 'Decisions'), /^- /gm), summary.decisions.length);
        // The chart: each cell counts the paragraphs listed above it (what was discussed, and the decisions, each
        // listed once) noted under its condition and phase, in both formats.
        const discussed = numbersListed(section(out.md, 'What was discussed'));
        const decided = numbersListed(section(out.md, 'Decisions'));
        const htmlSection = (id: string) => numbersListed(new RegExp(`<section id="${id}"[\\s\\S]*?</section>`).exec(out.html)?.[0] ?? '');
        assert.deepEqual([htmlSection('discussed'), htmlSection('decisions')], [discussed, decided]);
        assert.deepEqual(discussed.filter((n) => decided.includes(n)), []);
        const observation = (n: number) => session.observations.find((o) => o.text.startsWith(`P${n}:`));
        const expected = chartOf([...discussed, ...decided].flatMap((n) => observation(n) ?? []));
        assert.deepEqual(markdownChart(section(out.md, 'The collaboration in the model')), expected);
        assert.deepEqual(svgChart(out.html), expected);
        // Grouped by condition: each condition's heading lists its observations, once each.
        const byCondition = renderPartnerReport(notes, { format: 'md', lang: 'en', groupBy: 'condition' });
        for (const part of section(byCondition, 'What was discussed').split(/^### /m).slice(1)) {
          const condition = part.slice(0, part.indexOf('\n')).toLowerCase();
          if (condition === 'other') continue;
          const under = discussed.filter((n) => observation(n)?.conditions.includes(condition));
          assert.deepEqual(numbersListed(part), under);
        }
      }
    }), { numRuns: 100 });
  });

  it('a carried-over action ticked later is listed once, as done, on the workspace page', () => {
    const sessions = parse([['pact', { day: 1, lines: [], actions: [['Map what each partner offers', false], ['Book a room', false]] }],
      ['pact', { day: 8, lines: [], actions: [['Map what each partner offers', true], ['Book a room', false]] }]]);
    const html = renderOverviewMain(sessions, { lang: 'en', mode: 'workspace', collaborations: collaborations(sessions, { today: '2026-06-01' }) });
    assert.deepEqual([shownCount(html, 'open'), shownCount(html, 'done')], [1, 1]);
    assert.equal(count(html, /<li>Map what each partner offers /g), 1);
    assert.equal(count(html, /<li>Book a room /g), 1);
  });
});

/** A report's own figures: open and done against the action items, the totals against the sessions' sums. */
function assertJsonAgrees(json: OverviewReport): void {
  for (const summary of json.sessions) {
    assert.deepEqual([summary.actions.open, summary.actions.done],
      [summary.actions.items.filter((a) => !a.done).length, summary.actions.items.filter((a) => a.done).length]);
  }
  assert.equal(json.totals.observations, json.sessions.reduce((n, s) => n + s.observations, 0));
  for (const [condition, row] of Object.entries(json.totals.matrix)) {
    for (const [phase, n] of Object.entries(row)) assert.equal(n, json.sessions.reduce((sum, s) => sum + (s.matrix[condition]?.[phase] ?? 0), 0));
  }
}

/** The rows of a CSV without its header (the generated texts hold no quotes, separators or line breaks). */
function csvRows(csv: string, separator: string): string[][] {
  assert.equal(csv.includes('"'), false);
  return csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n').slice(1).map((line) => line.split(separator));
}

/** The paragraph numbers a part of a report lists ('P3: …'), in order. */
function numbersListed(text: string): number[] {
  return [...text.matchAll(/(?:^|>|- )P(\d+):/gm)].map((m) => Number(m[1]));
}

type Chart = Record<string, Record<string, number>>;

/** Condition → phase → count of the observations that have both, zero cells left out. */
function chartOf(observations: readonly Session['observations'][number][]): Chart {
  const chart: Chart = {};
  for (const o of observations) {
    for (const c of o.phase ? o.conditions : []) {
      chart[c] ??= {};
      chart[c][o.phase!] = (chart[c][o.phase!] ?? 0) + 1;
    }
  }
  return chart;
}

/** The Markdown chart table ('| Ambition | 1 | 0 |'), zero cells left out, by condition and phase id (labels in lower case). */
function markdownChart(model: string): Chart {
  const lines = model.split('\n').filter((l) => l.startsWith('| '));
  if (lines.length === 0) return {};
  const phases = lines[0].split(' | ').slice(1).map((h) => h.replace(/ \|$/, '').toLowerCase());
  return cells(lines.slice(2).flatMap((line) => {
    const [condition, ...counts] = line.slice(2, -2).split(' | ');
    return counts.map((n, i) => [condition.toLowerCase(), phases[i], Number(n)] as const);
  }));
}

/** The SVG chart's numbers, by the column header above and the row label beside each. */
function svgChart(html: string): Chart {
  const texts = [...html.matchAll(/<text x="(\d+)" y="(\d+)" text-anchor="(middle|end)"[^>]*>([^<]+)<\/text>/g)]
    .map((m) => ({ x: m[1], y: m[2], anchor: m[3], text: m[4] }));
  const headerY = texts.length ? Math.min(...texts.map((t) => Number(t.y))) : 0;
  const phase = (x: string) => texts.find((t) => t.anchor === 'middle' && Number(t.y) === headerY && t.x === x)!.text.toLowerCase();
  const condition = (y: string) => texts.find((t) => t.anchor === 'end' && t.y === y)!.text.toLowerCase();
  return cells(texts.filter((t) => t.anchor === 'middle' && Number(t.y) !== headerY).map((t) => [condition(t.y), phase(t.x), Number(t.text)] as const));
}

function cells(found: readonly (readonly [string, string, number])[]): Chart {
  const chart: Chart = {};
  for (const [c, p, n] of found) if (n > 0) (chart[c] ??= {})[p] = n;
  return chart;
}

