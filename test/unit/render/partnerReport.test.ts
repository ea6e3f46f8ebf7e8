import { strict as assert } from 'node:assert';
import { REPORT_FORMATS } from '../../../src/core/render/formats';
import { renderOverviewHtml } from '../../../src/core/render/overview/html';
import { actionText, renderPartnerReport, reportLanguage } from '../../../src/core/render/report/partnerReport';
import { parseSession } from '../../../src/core/parse/parser';
import { buildReport } from '../../../src/core/report/overview';
import { handAction, handDecision, handObservation, handSession } from '../helpers/sessions';

const session = handSession({
  title: 'Regiotafel', date: '2026-04-09', facilitator: 'Esther', startLevel: 'friendly', lang: 'nl',
  participants: [{ name: 'Gemeente', aliases: [] }, { name: 'Het Anker', aliases: ['Anker'] }],
  observations: [
    handObservation('Gemeente: first the budget', { startLine: 3, conditions: ['interests'], phase: 'share', parties: ['Gemeente'] }),
    handObservation('We want one front door', { startLine: 5, conditions: ['ambition'], phase: 'explore', parties: ['Het Anker'], otherTags: ['koffie'] }),
    handObservation('Nobody owns the planning', { startLine: 7, conditions: ['process', 'ambition'], phase: 'explore' }),
    handObservation('Jan looks bored', { startLine: 9, conditions: ['relationship'], phase: 'explore', private: true }),
    handObservation('Loose remark', { startLine: 11 }),
  ],
  readings: [{ line: 13, level: 'watchful', text: 'x', time: '14:05' }],
  decisions: [handDecision('We meet monthly', { line: 15 }), handDecision('Secret deal', { line: 16, private: true })],
  actions: [
    handAction('Send the plan', { line: 18, owner: 'Gemeente', due: '2026-04-20' }),
    handAction('Book a room', { line: 19, done: true }),
    handAction('Warn Jan', { line: 20, owner: 'Esther', private: true }),
  ],
  problems: [{ line: 2, severity: 'error', message: 'Bad date', code: 'front-matter-field', field: 'date' }],
});

const EXPECTED_MD = `# Regiotafel

**Date:** 2026-04-09  
**Facilitator:** Esther  
**Participants:** Gemeente, Het Anker

## What was discussed

### Ambition

#### Explore

- We want one front door *(Het Anker)*
- Nobody owns the planning

### Interests

#### Share

- Gemeente: first the budget

### Process

#### Explore

- Nobody owns the planning

### No condition

#### No phase

- Loose remark

## Decisions

- We meet monthly

## Actions

| Action | Owner | Due | Status |
| :-- | :-- | :-- | :-- |
| Send the plan | Gemeente | 2026-04-20 | Open |
| Book a room | — | — | Done |

## Condition × phase

| Condition × phase | Explore | Share | Agree | Shape | Execute | No phase | Total |
| :-- | --: | --: | --: | --: | --: | --: | --: |
| Ambition | 2 | 0 | 0 | 0 | 0 | 0 | 2 |
| Interests | 0 | 1 | 0 | 0 | 0 | 0 | 1 |
| Relationship | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
| Organisation | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
| Process | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
| No condition | 0 | 0 | 0 | 0 | 0 | 1 | 1 |
`;

/** The text a reader sees: without the stylesheet and the markup. */
const visibleText = (page: string) => page.replace(/<style[^>]*>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ');

describe('partner report', () => {
  it('Markdown: people, discussed per condition then phase with parties, decisions, actions, the table; nothing private', () => {
    assert.equal(renderPartnerReport([session], { format: 'md', lang: 'en' }), EXPECTED_MD);
  });

  it('leaves out coaching, line numbers, problems and free tags, and the thermometer unless asked', () => {
    for (const format of ['md', 'html'] as const) {
      const text = visibleText(renderPartnerReport([session], { format, lang: 'en' }));
      for (const absent of ['What you can do', 'line', 'Bad date', 'koffie', 'Thermometer', 'Watchful', 'Coverage', 'Jan', 'Secret']) {
        assert.equal(text.includes(absent), false, `${format} has ${absent}`);
      }
    }
    const withCourse = renderPartnerReport([session], { format: 'md', lang: 'nl', thermometer: true });
    assert.ok(withCourse.endsWith('## Thermometer\n\nVriendschappelijk (begin) → Waakzaam (14:05)\n\n**Einde:** Waakzaam  \n**Piek:** Waakzaam\n'), withCourse);
  });

  it('HTML: one self-contained page with the overview\'s CSP, escaped text and A4 print rules', () => {
    const evil = handSession({ title: '<script>x</script>', observations: [handObservation('<img src=x onerror=alert(1)>', { conditions: ['ambition'] })] });
    const html = renderPartnerReport([evil], { format: 'html', lang: 'en' });
    const csp = (page: string) => page.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
    assert.equal(csp(html), csp(renderOverviewHtml([evil], { lang: 'en' })));
    assert.equal(csp(html), 'default-src &#39;none&#39;; img-src data:; style-src &#39;unsafe-inline&#39;');
    assert.equal(/<script|<img/.test(html), false);
    assert.ok(html.includes('<li>&lt;img src=x onerror=alert(1)&gt;</li>'));
    assert.ok(html.includes('@page { size: A4;') && html.includes('tr, li, .fields { break-inside: avoid; }') && html.includes('thead { display: table-header-group; }'));
    assert.deepEqual([...html.matchAll(/<section id="([^"]+)" class="report-section"/g)].map((m) => m[1]), ['discussed', 'decisions', 'actions', 'matrix']);
  });

  it('HTML: the action table has a header row and a row per action', () => {
    const html = renderPartnerReport([session], { format: 'html', lang: 'nl' });
    const table = html.slice(html.indexOf('<section id="actions"'), html.indexOf('</section>', html.indexOf('<section id="actions"')));
    assert.deepEqual([...table.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => m[1].replace(/<[^>]+>/g, '|').replace(/\|+/g, '|')), [
      '|Actie|Wie|Uiterlijk|Status|', '|Send the plan|Gemeente|2026-04-20|Open|', '|Book a room|—|—|Afgerond|',
    ]);
    assert.ok(html.startsWith('<!DOCTYPE html>\n<html lang="nl">'));
  });

  it('takes the language asked for, else the notes\' own, else the fallback', () => {
    assert.equal(reportLanguage([session], 'en', 'en'), 'en');
    assert.equal(reportLanguage([handSession(), session], null, 'en'), 'nl');
    assert.equal(reportLanguage([handSession()], null, 'en'), 'en');
  });

  it('is what the md and html formats render for the partners', () => {
    const report = buildReport([session]);
    assert.equal(REPORT_FORMATS.md.render(report, 'en', [session], undefined, { audience: 'partners' }), EXPECTED_MD);
    assert.ok(REPORT_FORMATS.html.render(report, 'en', [session], undefined, { audience: 'partners', thermometer: true }).includes('<section id="thermometer"'));
  });

  it('shows an action without its @owner and due date, which have columns of their own', () => {
    assert.equal(actionText(handAction('Stuur @Gemeente de agenda 2026-04-20', { owner: 'Gemeente', due: '2026-04-20' })), 'Stuur de agenda');
    assert.equal(actionText(handAction('Bel @Piet voor 5-4-2026 terug', { owner: 'Piet', due: '2026-04-05' })), 'Bel voor terug');
    assert.equal(actionText(handAction('Bel terug op 05-04-2026', { due: '2026-04-05' })), 'Bel terug op');
    assert.equal(actionText(handAction('Mail naar jan@example.org', { owner: null })), 'Mail naar jan@example.org');
    assert.equal(actionText(handAction('@Esther', { owner: 'Esther' })), '…');
  });

  it('from notes text: parties by leading name, actions and decisions only in their own sections, Dutch from the notes', () => {
    const notes = '---\ntitle: Vervolg\ndate: 2026-05-01\nfacilitator: Sam\nparticipants: [Gemeente, { name: Het Anker, aliases: [Anker] }]\n---\n\n'
      + '## Proces #proces #delen\n\n**Anker**: wij willen eerst de cijfers zien.\n\n- [ ] Cijfers rondsturen @Anker 15-05-2026\n\n'
      + 'We kiezen voor één loket. #besluit #ambitie\n\nJan is chagrijnig. #privé\n';
    const parsed = parseSession(notes, { file: 'v.md' });
    const lang = reportLanguage([parsed], null, 'en');
    assert.equal(lang, 'nl');
    assert.equal(renderPartnerReport([parsed], { format: 'md', lang }).split('\n## Conditie × fase')[0], `# Vervolg

**Datum:** 2026-05-01  
**Facilitator:** Sam  
**Deelnemers:** Gemeente, Het Anker

## Wat er besproken is

### Proces

#### Delen

- Anker: wij willen eerst de cijfers zien. *(Het Anker)*

## Besluiten

- We kiezen voor één loket.

## Acties

| Actie | Wie | Uiterlijk | Status |
| :-- | :-- | :-- | :-- |
| Cijfers rondsturen | Anker | 2026-05-15 | Open |
`);
  });

  it('several sessions: one part per session, each on a new page in print, titled "Report"', () => {
    const other = handSession({ title: 'Vervolg', date: '2026-05-01' });
    const html = renderPartnerReport([session, other], { format: 'html', lang: 'en' });
    assert.deepEqual([...html.matchAll(/<article class="report-part"><header><h1>([^<]+)<\/h1>/g)].map((m) => m[1]), ['Regiotafel', 'Vervolg']);
    assert.ok(html.includes('<title>Report</title>') && html.includes('.report-part + .report-part { break-before: page; }'));
    assert.match(renderPartnerReport([other], { format: 'md', lang: 'en' }), /^# Vervolg\n\n\*\*Date:\*\* 2026-05-01\n\n## What was discussed\n\nNothing was noted.\n\n## Decisions\n\nNo decisions recorded.\n\n## Actions\n\nNo actions.\n\n/);
  });
});
