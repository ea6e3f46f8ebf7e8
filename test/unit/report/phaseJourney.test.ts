// Skipped phases judged over a collaboration's journey, party hints under their own heading, and the names
// of collaborations without a front matter key.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { coverageHints } from '../../../src/core/report/coverage';
import { collaborations, commonTitle, phasesCoveredBefore } from '../../../src/core/report/collaboration';
import { renderOverviewMain } from '../../../src/core/render/overview/html';
import { parseSession } from '../../../src/core/parse/parser';
import { handSession as session, observation } from '../helpers/sessions';

const today = '2026-06-01';

describe('skipped phases over the collaboration\'s journey', () => {
  it('a phase an earlier session covered is not skipped; the furthest phase reached counts them too', () => {
    const agreeOnly = [observation(['process'], 'agree')];
    assert.deepEqual(coverageHints(agreeOnly, 'agree').phasesSkipped.map((p) => p.phase), ['explore', 'share']);
    assert.deepEqual(coverageHints(agreeOnly, 'agree', undefined, ['explore', 'share']).phasesSkipped, []);
    assert.deepEqual(coverageHints(agreeOnly, 'agree', undefined, ['explore']).phasesSkipped, [{ phase: 'share', stressed: true }]);
    assert.deepEqual(coverageHints([], 'explore', undefined, ['shape']).phasesSkipped.map((p) => p.phase), ['explore', 'share', 'agree']);
  });

  it('phasesCoveredBefore: the phases of the sessions before the given one, observations and markers alike', () => {
    const [c] = collaborations([
      session({ file: 'n/1.md', date: '2026-01-01', observations: [observation(['ambition'], 'explore')] }),
      session({ file: 'n/2.md', date: '2026-02-01', markers: [{ line: 3, time: null, level: null, phase: 'share' }] }),
      session({ file: 'n/3.md', date: '2026-03-01', observations: [observation(['process'], 'agree')], currentPhase: 'agree' }),
    ], { today });
    assert.deepEqual([0, 1, 2].map((i) => phasesCoveredBefore(c, i)), [[], ['explore'], ['explore', 'share']]);
    assert.deepEqual(c.phasesSkipped, [], 'a phase marked in a session counts as covered for the collaboration');
  });

  it('the Buurtnetwerk examples: the third session\'s page names only the phase the journey skipped (share)', () => {
    const folder = path.join(__dirname, '../../../../examples/buurtnetwerk-noord');
    const sessions = fs.readdirSync(folder).sort().map((f) => parseSession(fs.readFileSync(path.join(folder, f), 'utf8'), { file: `buurtnetwerk-noord/${f}` }));
    const [c] = collaborations(sessions, { today });
    const third = c.sessions[2];
    const skipped = (html: string) => [...html.matchAll(/<li (?:class="stressed" )?data-phase="([a-z]+)"/g)].map((m) => m[1]);
    assert.deepEqual(skipped(renderOverviewMain([third], { lang: 'nl', mode: 'session' })), ['explore', 'share', 'agree']);
    assert.deepEqual(phasesCoveredBefore(c, 2), ['explore', 'agree']);
    assert.deepEqual(skipped(renderOverviewMain([third], { lang: 'nl', mode: 'session', coveredBefore: phasesCoveredBefore(c, 2) })), ['share']);
  });

  it('party hints stand under their own heading, after the phase hints', () => {
    const one = session({
      participants: [{ name: 'Gemeente', aliases: [] }], currentPhase: 'agree',
      observations: [observation(['process'], 'agree', { parties: ['Gemeente'] })],
    });
    const html = renderOverviewMain([one], { lang: 'nl', mode: 'session' });
    const coverage = html.slice(html.indexOf('<section id="coverage"'));
    assert.match(coverage, /<p>Tot nu toe overgeslagen fasen:<\/p><ul class="plain skipped">[\s\S]*?<\/ul><h3>Partijen<\/h3><ul class="plain party-hints"><li data-party="Gemeente">Gemeente heeft de eigen belangen nog niet op tafel gelegd.<\/li><\/ul>/);
  });
});

describe('collaboration names without a front matter key', () => {
  it('commonTitle: the titles\' shared start without its separator; one title\'s part before a separator', () => {
    assert.equal(commonTitle(['Buurtnetwerk Noord — eerste verkenning', 'Buurtnetwerk Noord — de proef vormgeven']), 'Buurtnetwerk Noord');
    assert.equal(commonTitle(['Pact start', 'pact next']), 'Pact');
    assert.equal(commonTitle(['Technology Pact: kick-off']), 'Technology Pact');
    assert.equal(commonTitle(['Regiotafel - tweede overleg']), 'Regiotafel');
    assert.equal(commonTitle(['Zorg kick-off']), '', 'one title without a separator names nothing');
    assert.equal(commonTitle(['Start', 'Vervolg']), '');
    assert.equal(commonTitle(['Ab — één', 'Ab — twee']), '', 'fewer than three letters');
  });

  it('a folder of notes is named after its titles\' common part, else its folder; a key\'s name is never taken twice', () => {
    const result = collaborations([
      session({ file: 'buurt/1.md', title: 'Buurtnetwerk Noord — eerste verkenning' }),
      session({ file: 'buurt/2.md', title: 'Buurtnetwerk Noord — afspraken' }),
      session({ file: 'ws-nl/1.md', title: 'Startbijeenkomst' }),
      session({ file: 'ws-nl/2.md', title: 'Vervolg' }),
      session({ file: 'x/1.md', title: 'Pact — kick-off' }),
      session({ file: 'y/1.md', title: 'Elders', collaboration: 'Pact' }),
    ], { today });
    assert.deepEqual(result.map((c) => [c.name, c.by, c.folder]), [
      ['Buurtnetwerk Noord', 'titles', 'buurt'], ['Pact', 'key', 'y'], ['ws-nl', 'folder', 'ws-nl'], ['x', 'folder', 'x'],
    ]);
  });

  it('a private session\'s title never names its collaboration (the name is on screen while presenting)', () => {
    const result = collaborations([
      session({ file: 'geheim/1.md', title: 'Overname Zorggroep — plan', private: true }),
      session({ file: 'open/1.md', title: 'Regiotafel — start' }),
      session({ file: 'open/2.md', title: 'Regiotafel — vervolg', private: true }),
    ], { today });
    assert.deepEqual(result.map((c) => [c.name, c.by]), [['geheim', 'folder'], ['Regiotafel', 'titles']]);
  });
});
