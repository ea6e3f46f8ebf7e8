import { strict as assert } from 'node:assert';
import { renderMarkdown } from '../../../src/core/render/overview/markdown';
import { renderOverviewHtml } from '../../../src/core/render/overview/html';
import { buildReport } from '../../../src/core/report/overview';
import { handAction, handDecision, handObservation, handSession } from '../helpers/sessions';

const session = handSession({
  title: 'Regiotafel', facilitator: 'Esther <E>',
  participants: [{ name: 'Gemeente', aliases: [] }, { name: 'Het Anker', aliases: ['Anker'] }],
  observations: [
    handObservation('Open remark', { startLine: 5, conditions: ['ambition'], phase: 'explore' }),
    handObservation('Quiet remark', { startLine: 7, conditions: ['ambition'], phase: 'explore', private: true }),
  ],
  actions: [
    handAction('Send the plan', { line: 10, owner: 'Gemeente', due: '2026-04-20' }),
    handAction('Book a room', { line: 11, done: true }),
    handAction('Call Jan', { line: 12, owner: 'Esther', private: true }),
  ],
  decisions: [handDecision('We meet monthly', { line: 14 }), handDecision('Keep it between us', { line: 15, private: true })],
});

const between = (html: string, id: string) => html.slice(html.indexOf(`<section id="${id}"`), html.indexOf('</section>', html.indexOf(`<section id="${id}"`)));

describe('facilitator overview: people, actions, decisions, private marks', () => {
  it('HTML names the facilitator and participants in the header, escaped', () => {
    const html = renderOverviewHtml([session], { lang: 'en' });
    assert.match(html, /<p class="meta people">Facilitator: <strong data-people="facilitator">Esther &lt;E&gt;<\/strong> · Participants: <span data-people="participants">Gemeente, Het Anker<\/span><\/p>/);
  });

  it('HTML lists every action with owner, due date and a lock when private', () => {
    const actions = between(renderOverviewHtml([session], { lang: 'nl' }), 'actions');
    assert.deepEqual([...actions.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1].replace(/<[^>]+>/g, '').trim()), [
      'Send the plan @Gemeente Uiterlijk 20 apr. 2026',
      'Call Jan privé @Esther',
      'Book a room geen actiehouder',
    ]);
    assert.match(actions, /<span class="lock">privé<\/span>/);
  });

  it('HTML lists decisions, the private one locked, and locks private observations', () => {
    const html = renderOverviewHtml([session], { lang: 'en' });
    assert.deepEqual([...between(html, 'decisions').matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1].replace(/<[^>]+>/g, '').trim()),
      ['We meet monthly', 'Keep it between us private']);
    assert.match(between(html, 'cells'), /Quiet remark<\/span> <span class="lock"/);
    assert.doesNotMatch(between(html, 'cells'), /Open remark<\/span> <span class="lock"/);
  });

  it('HTML says so when there are no decisions', () => {
    assert.match(between(renderOverviewHtml([handSession()], { lang: 'en' }), 'decisions'), /<p class="muted">No decisions recorded.<\/p>/);
  });

  it('Markdown has the people line and the full action and decision lists', () => {
    const md = renderMarkdown(buildReport([session]), 'en', undefined, [session]);
    assert.ok(md.includes('Monday 2 March 2026 · notes/a.md · Observations: 2\n\nFacilitator: Esther \\<E\\> · Participants: Gemeente, Het Anker\n\n'));
    assert.ok(md.includes('### Actions\n\nopen: 2 · done: 1\n\n'
      + '- [ ] Send the plan · @Gemeente · Due 20 April 2026 (line 10)\n'
      + '- [x] Book a room (line 11)\n'
      + '- [ ] Call Jan · @Esther · private (line 12)\n\n'
      + '### Decisions\n\n- We meet monthly (line 14)\n- Keep it between us · private (line 15)\n\n'), md);
  });
});
