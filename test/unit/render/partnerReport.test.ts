import { strict as assert } from 'node:assert';
import { renderOverviewHtml } from '../../../src/core/render/overview/html';
import { partnerDocument, renderPartnerReport, reportLanguage } from '../../../src/core/render/report/partnerReport';
import { longDate } from '../../../src/core/render/shared/dates';
import { documentDocx } from '../../../src/core/render/report/docx';
import { actionText, partnerReportOf, ReportEntry } from '../../../src/core/report/partnerReport';
import { handAction, handSession } from '../helpers/sessions';
import { wordText } from '../helpers/wordFile';
import * as mammoth from 'mammoth';
import { HARBOUR } from '../helpers/harbourNotes';
import { partnerOutputs } from '../helpers/partnerOutputs';

const notes = { file: 'notes/harbour.md', text: HARBOUR };

const EXPECTED_MD = `*Report*

# Harbour table

**Date:** Wednesday 14 October 2026  
**Location:** Town hall, room 2  
**Facilitator:** Esther  
**Present:** Harbour Engineering, Vossen Installatietechniek  
**Absent:** City  
**Next meeting:** Tuesday 3 November 2026, 14:00, town hall

## Summary

We chose one shared front door.

## What was discussed

Welcome and a round of names.

### Getting started

- Harbour Engineering: can start in March
- Harbour Engineering: needs a clear brief
- Vossen Installatietechniek: wants the planning first.
- One front door for all clients.
  - Also for the small firms.

### How do we go on?

The decisions and agreements made here are listed under Decisions and Actions.

## Decisions

- We meet every month. *(How do we go on?)*

## Actions

| Action | Who | Due | Status |
| :-- | :-- | :-- | :-- |
| Send the brief | Harbour Engineering | 20 October 2026 | Open |
| Book the room | Esther | — | Done |

## Next meeting

Tuesday 3 November 2026, 14:00, town hall

## The collaboration in the model

**Phase at the end of the meeting:** Agree  
**Conditions discussed:** Ambition, Interests, Relationship, Process

| Observations per condition and phase | Explore | Agree |
| :-- | --: | --: |
| Ambition | 2 | 0 |
| Interests | 1 | 0 |
| Relationship | 1 | 0 |
| Process | 1 | 1 |

Each count is the number of items above that were noted under that condition and phase.
`;

/** The text a reader sees: without the stylesheet and the markup. */
const visibleText = (page: string) => page.replace(/<style[^>]*>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ');
const LEFT_OUT = ['Coaching notes', 'Ask Vossen', 'Secretly', 'Jan seems', 'The mood is tense', '14:05', '#relationship', '#private', 'koffie', 'line', 'harbour.md', 'Disagreement', 'Watchful'];

describe('partner report: one session as the meeting went', () => {
  it('Markdown: header, summary, each heading with its text as written, decisions, actions, next meeting, the model', () => {
    assert.equal(renderPartnerReport(notes, { format: 'md', lang: 'en' }).replace(/\\(.)/g, '$1'), EXPECTED_MD);
  });

  it('leaves out private sections and remarks, readings, markers, free tags, line numbers and the file name in every format', async () => {
    const texts = {
      md: renderPartnerReport(notes, { format: 'md', lang: 'en' }),
      html: visibleText(renderPartnerReport(notes, { format: 'html', lang: 'en' })),
      docx: await wordText(await documentDocx(partnerDocument(notes, { lang: 'en' }))),
    };
    for (const [format, text] of Object.entries(texts)) assert.deepEqual(LEFT_OUT.filter((word) => text.includes(word)), [], format);
  });

  it('never an empty bullet nor one that only names a party, in any format', async () => {
    const md = renderPartnerReport(notes, { format: 'md', lang: 'en' });
    assert.deepEqual(md.split('\n').filter((l) => /^\s*- *(\*\(.*\)\*)?$/.test(l) || /^\s*- (Harbour|Harbour Engineering|City):?$/.test(l)), []);
    const html = renderPartnerReport(notes, { format: 'html', lang: 'en' });
    assert.deepEqual([...html.matchAll(/<li>([^<]*)(?=<|$)/g)].map((m) => m[1].trim()).filter((t) => t === '' || /^Harbour( Engineering)?:?$/.test(t)), []);
    const word = (await mammoth.convertToHtml({ buffer: Buffer.from(await documentDocx(partnerDocument(notes, { lang: 'en' }))) })).value;
    assert.deepEqual([...word.matchAll(/<li>([^<]*)/g)].map((m) => m[1].trim()).filter((t) => t === '' || /^Harbour( Engineering)?:?$/.test(t)), []);
    assert.equal((word.match(/<li>/g) ?? []).length, 6);
  });

  it('--readings keeps the paragraphs that carry a level (their tags out); a marker stays out', () => {
    const md = renderPartnerReport(notes, { format: 'md', lang: 'en', readings: true });
    assert.ok(md.includes('- One front door for all clients.\n  - Also for the small firms.\n\nThe mood is tense; Vossen answers curtly.\n\n### How do we go on?'), md);
    assert.ok(!md.includes('14:05'));
  });

  it('a heading that carries a level keeps its text, not the level', () => {
    const md = renderPartnerReport({ file: 'a.md', text: '## Hard talk #conflict\n\nWe disagree on money. #interests\n' }, { format: 'md', lang: 'en' });
    assert.ok(md.includes('## What was discussed\n\n### Hard talk\n\nWe disagree on money.\n\n## Decisions'), md);
  });

  it('group by condition: the same items per condition, parent and children together, the rest under Other', () => {
    const md = renderPartnerReport(notes, { format: 'md', lang: 'en', groupBy: 'condition' });
    assert.equal(md.slice(md.indexOf('## What was discussed'), md.indexOf('## Decisions')), `## What was discussed

### Ambition

- One front door for all clients.
  - Also for the small firms.

### Interests

- Harbour Engineering: can start in March

### Relationship

- Harbour Engineering: needs a clear brief

### Process

- Vossen Installatietechniek: wants the planning first.

### Other

- Welcome and a round of names.

`);
  });

  it('every count in the chart is the number of listed items in its condition and phase', () => {
    const report = partnerReportOf(notes);
    const listed = (entries: ReportEntry[]): ReportEntry[] => entries.flatMap((e) => [e, ...listed(e.children)]);
    const items = listed([...report.agenda.flatMap((a) => a.entries), ...report.decisions]);
    const observed = new Map(report.session.observations.map((o) => [o.startLine, o]));
    const count = (c: string, p: string) => items.filter((e) => observed.get(e.line)?.conditions.includes(c) && observed.get(e.line)?.phase === p).length;
    assert.deepEqual(report.matrix, { ambition: { explore: 2, agree: 0 }, interests: { explore: 1, agree: 0 }, relationship: { explore: 1, agree: 0 }, process: { explore: 1, agree: 1 } });
    for (const [c, row] of Object.entries(report.matrix)) for (const [p, n] of Object.entries(row)) assert.equal(n, count(c, p), `${c} × ${p}`);
    assert.deepEqual(report.conditions, ['ambition', 'interests', 'relationship', 'process']);
    assert.deepEqual(report.observations.map((o) => o.text), ['can start in March', 'needs a clear brief', 'Vossen Installatietechniek: wants the planning first.',
      'One front door for all clients.', 'Also for the *small* firms.'.replace(/\*/g, ''), 'We meet every month.']);
  });

  it('Dutch: the words and the dates written out in Dutch', () => {
    const md = renderPartnerReport(notes, { format: 'md', lang: 'nl' });
    assert.ok(md.startsWith('*Verslag*\n\n# Harbour table\n\n**Datum:** woensdag 14 oktober 2026  \n**Locatie:** Town hall, room 2  \n**Facilitator:** Esther  \n'
      + '**Aanwezig:** Harbour Engineering, Vossen Installatietechniek  \n**Afwezig:** City  \n**Volgende bijeenkomst:** dinsdag 3 november 2026, 14:00, town hall\n'), md);
    assert.ok(md.includes('| Actie | Wie | Uiterlijk | Status |\n| :-- | :-- | :-- | :-- |\n| Send the brief | Harbour Engineering | 20 oktober 2026 | Open |\n| Book the room | Esther | — | Afgerond |'));
    assert.equal(longDate('2026-10-05', 'nl'), 'maandag 5 oktober 2026');
    assert.equal(longDate('2026-10-06', 'en'), 'Tuesday 6 October 2026');
    assert.equal(longDate('2026-10-14', 'en', false), '14 October 2026');
  });

  it('the thermometer\'s course only when asked', () => {
    assert.ok(!renderPartnerReport(notes, { format: 'md', lang: 'en' }).includes('## Thermometer'));
    const md = renderPartnerReport(notes, { format: 'md', lang: 'en', thermometer: true });
    assert.ok(md.endsWith('## Thermometer\n\nWatchful → Disagreement (14:05)\n\n**End:** Disagreement  \n**Peak:** Disagreement\n'), md);
  });

  it('HTML: one self-contained page with the overview\'s CSP, escaped text, the chart inline, A4 print rules', () => {
    const evil = { file: 'e.md', text: '---\ntitle: <script>x</script>\n---\n\n- 1 < 2 & "a" > b #ambition #explore\n' };
    const html = renderPartnerReport(evil, { format: 'html', lang: 'en' });
    const csp = (page: string) => page.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
    assert.equal(csp(html), csp(renderOverviewHtml([handSession()], { lang: 'en' })));
    assert.equal(/<script|<img/.test(html), false);
    assert.ok(html.includes('<li>1 &lt; 2 &amp; &quot;a&quot; &gt; b</li>'));
    assert.ok(html.includes('<h1>&lt;script&gt;x&lt;/script&gt;</h1>'));
    assert.ok(html.includes('<figure class="chart"><svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Observations per condition and phase"'));
    assert.ok(html.includes('@page { size: A4;') && html.includes('section.report-section { break-inside: avoid-page; }') && !html.includes('break-before: page; }\n  tr'));
    const full = renderPartnerReport(notes, { format: 'html', lang: 'en' });
    assert.deepEqual([...full.matchAll(/<section id="([^"]+)" class="report-section"/g)].map((m) => m[1]), ['summary', 'discussed', 'decisions', 'actions', 'next', 'model']);
    assert.ok(full.includes('<li>One front door for all clients.<ul><li>Also for the small firms.</li></ul></li>'));
  });

  it('takes the language asked for, else the notes\' own, else the fallback', () => {
    const dutch = handSession({ lang: 'nl' });
    assert.equal(reportLanguage([dutch], 'en', 'en'), 'en');
    assert.equal(reportLanguage([handSession(), dutch], null, 'en'), 'nl');
    assert.equal(reportLanguage([handSession()], null, 'en'), 'en');
  });

  it('notes with nothing to share: every section says so, no empty heading', () => {
    const md = renderPartnerReport({ file: 'a.md', text: '# Title\n\n## Private #private\n\nAll secret.\n' }, { format: 'md', lang: 'en' });
    assert.equal(md, '*Report*\n\n# Title\n\n## What was discussed\n\nNothing was noted.\n\n## Decisions\n\nNo decisions recorded.\n\n## Actions\n\nNo actions.\n\n'
      + '## The collaboration in the model\n\n**Phase at the end of the meeting:** not named\n');
  });

  it('shows an action without its @owner and due date, which have columns of their own', () => {
    assert.equal(actionText(handAction('Stuur @Gemeente de agenda 2026-04-20', { owner: 'Gemeente', due: '2026-04-20' })), 'Stuur de agenda');
    assert.equal(actionText(handAction('Bel @Piet voor 5-4-2026 terug', { owner: 'Piet', due: '2026-04-05' })), 'Bel voor terug');
    assert.equal(actionText(handAction('Bel terug op 05-04-2026', { due: '2026-04-05' })), 'Bel terug op');
    assert.equal(actionText(handAction('Mail naar jan@example.org', { owner: null })), 'Mail naar jan@example.org');
    assert.equal(actionText(handAction('@Esther', { owner: 'Esther' })), '…');
  });
});

/** Notes with decisions at every place one can be: alone, nested under a party, with items under it, a task, a reading. */
const DECIDED = `---
title: Decided
participants: [Harbour Engineering, City]
---

## Money #interests #agree

We talked about the budget.

- Harbour Engineering:
  - pays half #decision
- We split the rest: #decision
  - City pays a quarter
  - the fund a quarter
- [ ] Send the invoice @City #decision
  - with the numbers

## Planning

Start in March. #decision

We agree, though tense. #decision #watchful
`;

describe('partner report: each decision and action listed once', () => {
  const decided = { file: 'notes/decided.md', text: DECIDED };
  const once = (text: string, phrase: string) => text.split(phrase).length - 1;

  it('a decision stands under Decisions (naming its agenda item, its items under it), not again in the agenda; a task only under Actions', () => {
    const md = renderPartnerReport(decided, { format: 'md', lang: 'en' }).replace(/\\(.)/g, '$1');
    assert.equal(md.slice(md.indexOf('## What was discussed'), md.indexOf('## Actions')), `## What was discussed

### Money

We talked about the budget.

- with the numbers

### Planning

The decisions taken here are listed under Decisions.

## Decisions

- Harbour Engineering: pays half *(Money)*
- We split the rest: *(Money)*
  - City pays a quarter
  - the fund a quarter
- Start in March. *(Planning)*
- We agree, though tense.

`);
    assert.ok(md.includes('| Action | Who | Due | Status |\n| :-- | :-- | :-- | :-- |\n| Send the invoice | City | — | Open |\n\n'), md);
  });

  it('each decision, action and nested item once in Markdown, HTML, Word and CSV', async () => {
    const outputs = await partnerOutputs(DECIDED, 'en', decided.file);
    const texts = { md: outputs.md, html: visibleText(outputs.html), docx: await wordText(await documentDocx(partnerDocument(decided, { lang: 'en' }))), csv: outputs.csv };
    for (const [format, text] of Object.entries(texts)) {
      for (const phrase of ['pays half', 'We split the rest', 'City pays a quarter', 'Start in March', 'Send the invoice', 'We talked about the budget', 'with the numbers']) {
        assert.equal(once(text, phrase), 1, `${format}: ${phrase}`);
      }
    }
  });

  it('the counts take in the decisions listed, each once', () => {
    const report = partnerReportOf(decided);
    assert.deepEqual(report.matrix, { interests: { agree: 6 } });
    assert.deepEqual(report.observations.map((o) => o.text), ['We talked about the budget.', 'pays half', 'We split the rest:', 'City pays a quarter', 'the fund a quarter', 'with the numbers', 'We agree, though tense.']);
  });
});

describe('partner report: adversarial notes', () => {
  it('150 000 headings (too many for a spread) and a deeply nested list make a report, without an empty bullet', () => {
    const text = `${'## Agenda\n\nPunt.\n\n'.repeat(150_000)}${Array.from({ length: 60 }, (_, i) => `${'  '.repeat(i)}- niveau ${i}`).join('\n')}\n`;
    const md = renderPartnerReport({ file: 'big.md', text }, { format: 'md', lang: 'nl' });
    assert.equal((md.match(/^### Agenda$/gm) ?? []).length, 150_000);
    assert.equal(/^\s*- *$/m.test(md), false);
    assert.ok(md.includes('- niveau 0\n  - niveau 1\n'));
  });
});

describe('partner report: private by every rule of the partners\' view', () => {
  it('a private blockquote, a private item\'s nested items, a private session: nothing of them listed', () => {
    const text = '# Overleg\n\n> #privé\n>\n> Geheim citaat.\n\nGedeeld punt. #ambitie\n\n- Apart #private\n  - nog geheimer\n- Open punt\n';
    const md = renderPartnerReport({ file: 'a.md', text }, { format: 'md', lang: 'nl' });
    assert.ok(md.includes('## Wat er besproken is\n\nGedeeld punt.\n\n- Open punt\n\n## Besluiten'), md);
    for (const word of ['Geheim', 'geheimer', 'Apart']) assert.ok(!md.includes(word), word);
    const secret = renderPartnerReport({ file: 'b.md', text: `---\nprivé: ja\n---\n\n${text}` }, { format: 'md', lang: 'nl' });
    assert.ok(secret.includes('## Wat er besproken is\n\nEr is niets genoteerd.\n'), secret);
  });
});
