import * as assert from 'node:assert/strict';
import { collaborations } from '../../../src/core/report/collaboration';
import { renderDossierMarkdown } from '../../../src/core/render/dossier/dossierMarkdown';
import { renderDossierHtml, renderDossierMain } from '../../../src/core/render/dossier/dossierHtml';
import { thermometerAcross } from '../../../src/core/render/dossier/dossierSvg';
import { action, handSession as session, observation } from '../helpers/sessions';

const pact = collaborations([
  session({ file: 'pact/1.md', title: 'Start <b>', date: '2026-03-01', startLevel: 'friendly', participants: [{ name: 'City', aliases: [] }],
    observations: [observation(['ambition'], 'explore')], readings: [{ line: 5, level: 'conflict', text: '', time: null }],
    actions: [action(9, 'Send the *minutes* @Esther', false, { due: '2026-03-20' }), action(10, 'Book a room', true)] }),
  session({ file: 'pact/2.md', title: 'Next', date: '2026-04-01', observations: [observation(['process'], 'agree')], currentPhase: 'agree' }),
], { today: '2026-05-01' });

describe('dossier renderers', () => {
  it('Markdown: sessions, the phase grid with the skipped share phase, thermometer, conditions, parties and actions', () => {
    const md = renderDossierMarkdown(pact, 'en');
    assert.equal(md, `# Dossier: pact

Sessions: 2 · Current phase: Agree · Open: 1 · Overdue: 1

## Sessions

| Date | Title | Observations | Parties present | End | Peak | Phases worked in |
| --- | --- | --- | --- | --- | --- | --- |
| 1 Mar 2026 | Start \\<b\\> | 1 | City | Conflict | Conflict | Explore |
| 1 Apr 2026 | Next | 1 | — | — | — | Agree |

## Phase journey

| Phase × session | 1 Mar 2026 | 1 Apr 2026 |
| --- | --- | --- |
| Explore | ● | · |
| Share | · | · |
| Agree | · | ● |
| Shape | · | · |
| Execute | · | · |

Phases skipped so far:

- **Share** (often skipped). Talking about interests is hard, so partners jump to a contract; such partnerships usually get stuck later, and the partners must go back to setting the ambition and talk openly about each one\'s interests after all.

## Thermometer across sessions

| Date | Title | Start | End | Peak |
| --- | --- | --- | --- | --- |
| 1 Mar 2026 | Start \\<b\\> | Friendly | Conflict | Conflict |
| 1 Apr 2026 | Next | — | — | — |

## Conditions not discussed in the last three sessions

- Interests
- Relationship
- Organisation

## Parties across sessions

| Party | Sessions attended | Observations raised |
| --- | --- | --- |
| City | 1 / 2 (1 Mar 2026) | 0 |

## All actions

| Status | Action | Owner | Due | Session |
| --- | --- | --- | --- | --- |
| **Overdue** | Send the \\*minutes\\* @Esther | Esther | 20 Mar 2026 | 1 Mar 2026 Start \\<b\\> |
| Done | Book a room | — | — | 1 Mar 2026 Start \\<b\\> |
`);
  });

  it('Markdown in Dutch', () => {
    const md = renderDossierMarkdown(pact, 'nl');
    assert.match(md, /^Sessies: 2 · Huidige fase: Overeenkomen · Open: 1 · Te laat: 1$/m);
    assert.match(md, /^## Condities die in de laatste drie sessies niet aan bod kwamen$/m);
    assert.match(md, /^- \*\*Delen\*\* \(vaak overgeslagen\)\. Praten over belangen/m);
    assert.match(md, /^\| \*\*Te laat\*\* \| Send the/m);
  });

  it('HTML: escapes note text, marks the skipped phase and the overdue action, links sessions and actions in the panel', () => {
    const page = renderDossierHtml(pact, { lang: 'en' });
    assert.ok(page.includes('Start &lt;b&gt;'));
    assert.ok(!page.includes('<b>'));
    assert.ok(page.includes('<th scope="row" class="stressed">Share</th>'));
    assert.ok(page.includes('<tr data-status="overdue"><td class="stressed">Overdue</td><td>Send the *minutes* @Esther</td>'));
    assert.equal((page.match(/data-worked=/g) ?? []).length, 2);
    const main = renderDossierMain(pact, { lang: 'en', webview: { nonce: 'n', cspSource: 'c', scriptUri: 's' } });
    assert.ok(main.includes('<button type="button" class="open-session" data-session="1">Next</button>'));
    assert.ok(main.includes('<button type="button" class="obs" data-session="0" data-line="9" data-end="9">Send the *minutes* @Esther</button>'));
    assert.ok(main.includes('<button type="button" data-command="workspace">Workspace overview</button>'));
  });

  it('HTML: one article per collaboration with ids of its own', () => {
    const two = collaborations([session({ file: 'a/1.md' }), session({ file: 'b/1.md' })], { today: '2026-05-01' });
    const main = renderDossierMain(two, { lang: 'nl' });
    assert.equal((main.match(/<article /g) ?? []).length, 2);
    assert.ok(main.includes('id="c0-sessions"') && main.includes('id="c1-sessions"'));
    assert.ok(main.includes('<h1 id="c1-title">Dossier: b</h1>'));
  });

  it('SVG: one date label per session, start, end and peak as different shapes, and a legend', () => {
    const svg = thermometerAcross([
      { label: '2026-03-01', title: 'A', start: 'friendly', end: 'watchful', peak: 'conflict' },
      { label: '2026-04-01', title: 'B', start: null, end: 'friendly', peak: 'friendly' },
    ], 'en');
    assert.deepEqual([...svg.matchAll(/<text class="axis date"[^>]*>([^<]*)</g)].map((m) => m[1]), ['2026-03-01', '2026-04-01']);
    assert.equal((svg.match(/<rect class="dot start lvl-0"/g) ?? []).length, 1);
    assert.equal((svg.match(/<circle class="dot end /g) ?? []).length, 2);
    assert.equal((svg.match(/<circle class="peak lvl-3"/g) ?? []).length, 1);
    assert.deepEqual([...svg.matchAll(/<g class="legend"[^]*?<\/g>/g)][0][0].match(/>(Legend|Start|End|Peak)</g), ['>Legend<', '>Start<', '>End<', '>Peak<']);
    assert.match(svg, /aria-label="Thermometer across sessions: 2026-03-01 Watchful, 2026-04-01 Friendly"/);
  });
});
