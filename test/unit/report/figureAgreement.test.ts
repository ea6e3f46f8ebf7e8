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

function parse(generated: Generated): Session[] {
  return generated.map(([folder, s], i) => {
    const text = `---\ntitle: Session ${i}\ndate: 2026-03-${String(s.day).padStart(2, '0')}\n---\n\n`
      + s.lines.join('\n\n') + '\n\n' + s.actions.map(([a, done]) => `- [${done ? 'x' : ' '}] ${a}`).join('\n') + '\n';
    return parseSession(text, { file: `${folder ? `${folder}/` : ''}${i}.md` });
  });
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

  it('a carried-over action ticked later is listed once, as done, on the workspace page', () => {
    const sessions = parse([['pact', { day: 1, lines: [], actions: [['Map what each partner offers', false], ['Book a room', false]] }],
      ['pact', { day: 8, lines: [], actions: [['Map what each partner offers', true], ['Book a room', false]] }]]);
    const html = renderOverviewMain(sessions, { lang: 'en', mode: 'workspace', collaborations: collaborations(sessions, { today: '2026-06-01' }) });
    assert.deepEqual([shownCount(html, 'open'), shownCount(html, 'done')], [1, 1]);
    assert.equal(count(html, /<li>Map what each partner offers /g), 1);
    assert.equal(count(html, /<li>Book a room /g), 1);
  });
});
