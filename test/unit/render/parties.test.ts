import { strict as assert } from 'node:assert';
import { observationsCsv } from '../../../src/core/render/overview/csv';
import { renderOverviewHtml } from '../../../src/core/render/overview/html';
import { renderMarkdown } from '../../../src/core/render/overview/markdown';
import { buildReport } from '../../../src/core/report/overview';
import { partyViews } from '../../../src/core/report/parties';
import { handObservation, handSession } from '../helpers/sessions';
import { parseSession } from '../../../src/core/parse/parser';

const participants = [{ name: 'Gemeente', aliases: [] }, { name: 'Het Anker', aliases: ['Anker'] }, { name: 'Thuisbasis', aliases: [] }];
const observations = [
  handObservation('Gemeente: budget first', { startLine: 3, conditions: ['interests'], phase: 'explore', parties: ['Gemeente'], needs: ['trust'] }),
  handObservation('Het Anker wants <more> time', { startLine: 5, conditions: ['ambition', 'process'], phase: 'share', parties: ['Het Anker'], needs: ['certainty', 'trust'] }),
  handObservation('Both agree', { startLine: 7, conditions: [], phase: 'share', parties: ['Gemeente', 'Het Anker'] }),
];
const session = handSession({ participants, observations, currentPhase: 'share' });
const between = (html: string, id: string) => html.slice(html.indexOf(`<section id="${id}"`), html.indexOf('</section>', html.indexOf(`<section id="${id}"`)));

describe('parties in the overview', () => {
  it('reads each participant: observations per condition, needs, whether interests are on the table', () => {
    const views = partyViews(session);
    assert.deepEqual(views.map((v) => [v.name, Object.fromEntries(Object.entries(v.byCondition).map(([c, l]) => [c, l.length])), v.needs, v.interestsMissing]), [
      ['Gemeente', { ambition: 0, interests: 1, relationship: 0, organisation: 0, process: 0, none: 1 }, { trust: 1 }, false],
      ['Het Anker', { ambition: 1, interests: 0, relationship: 0, organisation: 0, process: 1, none: 1 }, { trust: 1, certainty: 1 }, true],
      ['Thuisbasis', { ambition: 0, interests: 0, relationship: 0, organisation: 0, process: 0, none: 0 }, {}, true],
    ]);
  });

  it('HTML: a party × condition table whose counts link to the lists of observations', () => {
    const html = renderOverviewHtml([session], { lang: 'en' });
    const parties = between(html, 'parties');
    const cells = [...parties.matchAll(/data-party-cell="([^"|]+)\|([^"]+)">(?:<a href="#([^"]+)"[^>]*>)?(\d+)/g)].filter((m) => m[4] !== '0')
      .map((m) => `${m[1]}|${m[2]}=${m[4]}→${m[3]}`);
    assert.deepEqual(cells, ['Gemeente|interests=1→party-0-1', 'Gemeente|none=1→party-0-5', 'Het Anker|ambition=1→party-1-0', 'Het Anker|process=1→party-1-4', 'Het Anker|none=1→party-1-5']);
    assert.match(parties, /<details id="party-1-0" open><summary>Het Anker × Ambition \(1\)<\/summary><ul>\n<li><span class="obs">Het Anker wants &lt;more&gt; time<\/span>/);
    assert.match(parties, /<tr><th scope="row">Thuisbasis<\/th>(<td class="s0" [^>]*>0<\/td>){6}<\/tr>/);
  });

  it('HTML: each party\'s needs and, in the share phase, stressed hints for parties without interests (Dutch)', () => {
    const html = renderOverviewHtml([session], { lang: 'nl' });
    assert.deepEqual([...between(html, 'party-needs').matchAll(/<h3>([^<]+)<\/h3><(?:ul|p)[^>]*>(.*?)<\/(?:ul|p)>/g)].map((m) => [m[1], m[2].replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()]), [
      ['Gemeente', 'Vertrouwen: 1'], ['Het Anker', 'Vertrouwen: 1 Zekerheid: 1'], ['Thuisbasis', 'Geen behoeften getagd.'],
    ]);
    const hints = between(html, 'coverage');
    assert.match(hints, /<li data-party="Het Anker" class="stressed"><strong>Het Anker heeft de eigen belangen nog niet op tafel gelegd.<\/strong><\/li>\n<li data-party="Thuisbasis" class="stressed">/);
    assert.match(hints, /<p class="party-hint">We zitten in de fase Delen: het moment om ernaar te vragen.<\/p>/);
  });

  it('HTML: outside the share phase the hints are plain; no party section without participants', () => {
    const explore = handSession({ participants, observations: [observations[0]], currentPhase: 'explore' });
    assert.match(between(renderOverviewHtml([explore], { lang: 'en' }), 'coverage'), /<li data-party="Het Anker">Het Anker has not put its interests on the table yet.<\/li>/);
    assert.equal(renderOverviewHtml([handSession({ observations })], { lang: 'en' }).includes('id="parties"'), false);
  });

  it('Markdown: the table, the hints and the needs per party', () => {
    const md = renderMarkdown(buildReport([session]), 'en', undefined, [session]);
    assert.ok(md.includes('### Party × condition\n\n'
      + '| Party × condition | Ambition | Interests | Relationship | Organisation | Process | No condition |\n'
      + '| :-- | --: | --: | --: | --: | --: | --: |\n'
      + '| Gemeente | · | 1 | · | · | · | 1 |\n'
      + '| Het Anker | 1 | · | · | · | 1 | 1 |\n'
      + '| Thuisbasis | · | · | · | · | · | · |\n\n'
      + '- **Het Anker has not put its interests on the table yet.**\n- **Thuisbasis has not put its interests on the table yet.**\n\n'
      + 'This is the share phase: the moment to ask for them.\n\n'
      + '### Needs per party\n\n- Gemeente: Trust 1\n- Het Anker: Trust 1, Certainty 1\n- Thuisbasis: No needs tagged.\n\n'), md);
  });

  it('CSV: a parties column', () => {
    const rows = observationsCsv([session], 'en').split('\r\n');
    assert.equal(rows[0], '\uFEFFfile,date,line,text,conditions,phase,level,needs,free tags,parties,private,decision,due,owner');
    assert.equal(rows[3], 'notes/a.md,2026-03-02,7,Both agree,,share,,,,Gemeente; Het Anker,,,,');
  });

  it('from notes text: attributed observations fill the table, the header names the people, private items are locked', () => {
    const parsed = parseSession('---\ntitle: T\nfacilitator: Sam\nparticipants: [Gemeente, Het Anker]\n---\n\n## Delen #delen\n\n'
      + 'Gemeente: we willen weten wat het kost. #belangen\n\n- Het Anker: eerst de planning. #proces\n  - en de mensen erbij #ambitie\n\n'
      + 'Het Anker lijkt moe. #relatie #privé #partij/het-anker\n', { file: 't.md' });
    const html = renderOverviewHtml([parsed], { lang: 'nl' });
    const counts = [...between(html, 'parties').matchAll(/data-party-cell="([^"|]+)\|([^"]+)">(?:<a [^>]*>)?(\d+)/g)].filter((m) => m[3] !== '0').map((m) => `${m[1]}|${m[2]}=${m[3]}`);
    assert.deepEqual(counts, ['Gemeente|interests=1', 'Het Anker|ambition=1', 'Het Anker|relationship=1', 'Het Anker|process=1']);
    assert.match(html, /Facilitator: <strong data-people="facilitator">Sam<\/strong> · Deelnemers: <span data-people="participants">Gemeente, Het Anker<\/span>/);
    assert.match(between(html, 'parties'), /Het Anker lijkt moe.<\/span> <span class="lock"/);
    assert.match(between(html, 'coverage'), /<li data-party="Het Anker" class="stressed"><strong>Het Anker heeft de eigen belangen nog niet op tafel gelegd.<\/strong><\/li>/);
  });
});
