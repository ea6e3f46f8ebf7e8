import * as assert from 'node:assert/strict';
import { actionKey, CollaborationMemo, collaborations } from '../../../src/core/report/collaboration';
import { openActionGroups } from '../../../src/core/report/openActions';
import { parseSession } from '../../../src/core/parse/parser';
import { action, handSession as session, observation } from '../helpers/sessions';

const today = '2026-06-01';

describe('collaborations', () => {
  describe('grouping', () => {
    it('groups by the front matter key, whatever folder the notes are in, ignoring case and spaces', () => {
      const result = collaborations([
        session({ file: 'a/1.md', collaboration: 'Regiotafel' }),
        session({ file: 'b/2.md', collaboration: ' regiotafel ' }),
        session({ file: 'a/3.md', collaboration: 'Techniekpact' }),
      ], { today });
      assert.deepEqual(result.map((c) => [c.name, c.by, c.sessions.map((s) => s.file)]), [
        ['Regiotafel', 'key', ['a/1.md', 'b/2.md']],
        ['Techniekpact', 'key', ['a/3.md']],
      ]);
    });

    it('falls back to the folder, the root named after the workspace folder', () => {
      const result = collaborations([
        session({ file: 'wonen/1.md' }), session({ file: 'top.md' }), session({ file: 'wonen/2.md' }), session({ file: 'jeugd/zorg/3.md' }),
      ], { today, rootName: 'examples' });
      assert.deepEqual(result.map((c) => [c.name, c.by, c.folder, c.sessions.length]), [
        ['examples', 'folder', '', 1], ['jeugd/zorg', 'folder', 'jeugd/zorg', 1], ['wonen', 'folder', 'wonen', 2],
      ]);
    });

    it('mixed: keyed notes join their key, the others in the same folder stay with the folder', () => {
      const result = collaborations([
        session({ file: 'x/1.md', collaboration: 'Pact' }), session({ file: 'x/2.md' }), session({ file: 'y/3.md', collaboration: 'pact' }),
      ], { today, folderOf: (s) => s.file.split('/')[0] });
      assert.deepEqual(result.map((c) => [c.name, c.by, c.sessions.map((s) => s.file)]), [['Pact', 'key', ['x/1.md', 'y/3.md']], ['x', 'folder', ['x/2.md']]]);
    });

    it('orders the sessions by date, undated last', () => {
      const [c] = collaborations([
        session({ file: 'n/c.md', date: null, startLevel: 'conflict' }), session({ file: 'n/b.md', date: '2026-04-01', startLevel: 'watchful' }),
        session({ file: 'n/a.md', date: '2026-03-01', startLevel: 'friendly' }),
      ], { today });
      assert.deepEqual(c.sessions.map((s) => s.file), ['n/a.md', 'n/b.md', 'n/c.md']);
      assert.deepEqual(c.thermometers.map((t) => t.start), ['friendly', 'watchful', 'conflict']);
      assert.equal(c.latestDate, '2026-04-01');
      assert.equal(c.latestLevel, 'conflict');
    });
  });

  describe('phase journey', () => {
    const [journey] = collaborations([
      session({ file: 'n/1.md', date: '2026-03-01', observations: [observation(['ambition'], 'explore'), observation([], null)] }),
      session({ file: 'n/2.md', date: '2026-03-15', observations: [observation(['interests'], 'agree')], markers: [{ line: 3, time: '10:00', level: null, phase: 'explore' }] }),
      session({ file: 'n/3.md', date: '2026-04-01', observations: [observation(['process'], 'execute')], currentPhase: 'execute' }),
    ], { today });

    it('lists the phases each session worked in, observations and markers, in the model order', () => {
      assert.deepEqual(journey.phases, [['explore'], ['explore', 'agree'], ['execute']]);
    });

    it('names the phases skipped before the furthest one, explore and share stressed', () => {
      assert.deepEqual(journey.phasesSkipped, [{ phase: 'share', stressed: true }, { phase: 'shape', stressed: false }]);
      assert.equal(journey.currentPhase, 'execute');
    });

    it('takes the current phase from the latest session', () => {
      const [c] = collaborations([session({ date: '2026-01-01', currentPhase: 'agree' }), session({ observations: [observation([], 'share')], currentPhase: 'share' })], { today });
      assert.equal(c.currentPhase, 'share');
      assert.deepEqual(c.phasesSkipped, [{ phase: 'explore', stressed: true }]);
    });
  });

  describe('conditions not discussed lately', () => {
    it('looks at the last three sessions only', () => {
      const s = (date: string, conditions: string[]) => session({ file: `n/${date}.md`, date, observations: [observation(conditions, null)] });
      const [c] = collaborations([s('2026-01-01', ['relationship']), s('2026-02-01', ['ambition']), s('2026-03-01', ['process']), s('2026-04-01', ['ambition', 'interests'])], { today });
      assert.deepEqual(c.conditionsNotDiscussed, ['relationship', 'organisation']);
    });

    it('uses every session when there are fewer than three', () => {
      const [c] = collaborations([session({ observations: [observation(['ambition', 'interests', 'relationship', 'organisation'], null)] })], { today });
      assert.deepEqual(c.conditionsNotDiscussed, ['process']);
    });
  });

  it('follows the parties across sessions: attendance and observations raised', () => {
    const [c] = collaborations([
      session({ file: 'n/1.md', date: '2026-03-01', participants: [{ name: 'Gemeente', aliases: [] }, { name: 'School', aliases: [] }],
        observations: [observation(['process'], null, { parties: ['Gemeente'] }), observation(['interests', 'ambition'], null, { parties: ['gemeente', 'School'] })] }),
      session({ file: 'n/2.md', date: '2026-04-01', participants: [{ name: 'gemeente', aliases: [] }], observations: [observation([], null, { parties: ['Bedrijf'] })] }),
    ], { today });
    assert.deepEqual(c.parties, [
      { name: 'Gemeente', attended: [0, 1], raised: 2, conditions: ['ambition', 'interests', 'process'] },
      { name: 'School', attended: [0], raised: 1, conditions: ['ambition', 'interests'] },
      { name: 'Bedrijf', attended: [], raised: 1, conditions: [] },
    ]);
  });

  describe('actions', () => {
    const s1 = session({ file: 'n/1.md', date: '2026-03-01', actions: [
      action(10, 'Send the  budget overview @Esther 2026-03-20'), action(11, 'Invite the hospital @Marco'), action(12, 'Book a room', true), action(13, 'Draft the covenant'),
    ] });
    const s2 = session({ file: 'n/2.md', date: '2026-04-01', actions: [
      action(5, 'send the budget overview @Fatima', true), action(6, 'Invite the hospital', false, { due: '2026-05-01' }),
    ] });

    it('carries an open action over until a later session has it done, or its own line is ticked', () => {
      const [c] = collaborations([s2, s1], { today });
      assert.deepEqual(c.actions.map((a) => [a.text, a.done, a.origin.file, a.origin.line, a.latest.file, a.latest.line]), [
        ['Send the  budget overview @Esther 2026-03-20', true, 'n/1.md', 10, 'n/2.md', 5],
        ['Invite the hospital @Marco', false, 'n/1.md', 11, 'n/2.md', 6],
        ['Book a room', true, 'n/1.md', 12, 'n/1.md', 12],
        ['Draft the covenant', false, 'n/1.md', 13, 'n/1.md', 13],
      ]);
    });

    it('keeps the owner and due date of the latest copy that names them', () => {
      const [c] = collaborations([s1, s2], { today });
      assert.deepEqual(c.actions.map((a) => [a.owner, a.due]), [['Fatima', null], ['Marco', '2026-05-01'], [null, null], [null, null]]);
    });

    it('does not close an action with a done copy in an earlier session', () => {
      const [c] = collaborations([
        session({ file: 'n/1.md', date: '2026-03-01', actions: [action(1, 'Call the school', true)] }),
        session({ file: 'n/2.md', date: '2026-04-01', actions: [action(1, 'Call the school')] }),
      ], { today });
      assert.deepEqual(c.actions.map((a) => [a.origin.file, a.done]), [['n/1.md', true], ['n/2.md', false]]);
    });

    it('is overdue when open and due before today or before the latest session', () => {
      const due = (d: string, done = false) => action(1, `Task ${d}x`, done, { due: d });
      const [c] = collaborations([
        session({ file: 'n/1.md', date: '2026-03-01', actions: [due('2026-04-10'), due('2026-05-20'), due('2026-05-31', true), action(2, 'No date')] }),
        session({ file: 'n/2.md', date: '2026-05-01' }),
      ], { today: '2026-05-15' });
      assert.deepEqual(c.actions.map((a) => [a.due, a.overdue]), [['2026-04-10', true], ['2026-05-20', false], ['2026-05-31', false], [null, false]]);
      const [later] = collaborations([session({ date: '2026-06-01', actions: [due('2026-05-20')] })], { today: '2026-05-15' });
      assert.equal(later.actions[0].overdue, true, 'due before the latest session');
      const [fine] = collaborations([session({ date: '2026-05-01', actions: [due('2026-05-15')] })], { today: '2026-05-15' });
      assert.equal(fine.actions[0].overdue, false, 'due today is not overdue');
    });

    it('matches texts ignoring case, whitespace, owners and dates', () => {
      assert.equal(actionKey('Send the  Budget @Esther 20-04-2026.'), 'send the budget');
      assert.equal(actionKey('send the budget'), 'send the budget');
      assert.notEqual(actionKey('Send the budget twice'), actionKey('Send the budget'));
    });
  });
});

describe('open actions (the Actions view model)', () => {
  const groups = collaborations([
    session({ file: 'pact/1.md', date: '2026-03-01', actions: [
      action(1, 'Late @Esther', false, { due: '2026-03-10' }), action(2, 'Later @Marco', false, { due: '2026-09-01' }),
      action(3, 'Undated @Esther'), action(4, 'Soon', false, { due: '2026-06-02' }), action(5, 'Done @Esther', true),
    ] }),
    session({ file: 'zorg/1.md', date: '2026-03-01', actions: [action(1, 'Call @marco')] }),
  ], { today });

  it('by collaboration: open ones only, overdue first, then by due date, undated last', () => {
    assert.deepEqual(openActionGroups(groups, 'collaboration').map((g) => [g.name, g.actions.map((a) => a.action.text)]), [
      ['pact', ['Late @Esther', 'Soon', 'Later @Marco', 'Undated @Esther']],
      ['zorg', ['Call @marco']],
    ]);
  });

  it('by owner: owners by name whatever their case, no owner last', () => {
    assert.deepEqual(openActionGroups(groups, 'owner').map((g) => [g.name, g.actions.map((a) => a.action.text)]), [
      ['Esther', ['Late @Esther', 'Undated @Esther']], ['Marco', ['Later @Marco', 'Call @marco']], [null, ['Soon']],
    ]);
  });

  it('for the partners (a shared screen): without actions marked private, in a private section or in private notes', () => {
    const notes = [
      parseSession('---\ntitle: Start\ndate: 2026-03-01\nsamenwerking: Pact\n---\n\n- [ ] Open @Esther\n- [ ] Secret @Esther #privé\n\n'
        + '## Coaching #privé\n\n- [ ] Call Jan @Esther\n', { file: 'pact/1.md' }),
      parseSession('---\ntitle: Apart\ndate: 2026-03-02\nsamenwerking: Pact\nprivé: ja\n---\n\n- [ ] Hidden whole @Marco\n', { file: 'pact/2.md' }),
    ];
    const all = collaborations(notes, { today });
    const texts = (audience?: 'partners') => openActionGroups(all, 'collaboration', audience).map((g) => [g.name, g.actions.map((a) => a.action.text)]);
    assert.deepEqual(texts('partners'), [['Pact', ['Open @Esther']]]);
    assert.deepEqual(texts(), [['Pact', ['Open @Esther', 'Secret @Esther', 'Call Jan @Esther', 'Hidden whole @Marco']]]);
  });
});

describe('collaboration memo: only the collaborations whose sessions changed are computed again', () => {
  const notes = () => [
    session({ file: 'a/1.md', collaboration: 'Regiotafel', actions: [action(3, 'Bel de wethouder')] }),
    session({ file: 'a/2.md', collaboration: 'Regiotafel' }),
    session({ file: 'b/1.md', collaboration: 'Techniekpact' }),
    session({ file: 'c/1.md' }),
  ];

  it('keeps every collaboration for the same sessions, and computes only the changed one', () => {
    const memo = new CollaborationMemo();
    const sessions = notes();
    const first = collaborations(sessions, { today, memo });
    assert.equal(memo.computed, 3);
    const again = collaborations(sessions, { today, memo });
    assert.equal(memo.computed, 3);
    assert.ok(again.every((c, i) => c === first[i]));
    const edited = [{ ...sessions[0], actions: [action(3, 'Bel de burgemeester')] }, ...sessions.slice(1)];
    const after = collaborations(edited, { today, memo });
    assert.equal(memo.computed, 4);
    assert.deepEqual(after.map((c) => [c.name, c === first[first.findIndex((f) => f.name === c.name)]]), [['c', true], ['Regiotafel', false], ['Techniekpact', true]]);
    assert.deepEqual(after.find((c) => c.name === 'Regiotafel')!.actions.map((a) => a.text), ['Bel de burgemeester']);
    assert.deepEqual(after, collaborations(edited, { today }), 'as without the memo');
  });

  it('computes everything again for another day, and forgets a collaboration that is gone', () => {
    const memo = new CollaborationMemo();
    const sessions = notes();
    collaborations(sessions, { today, memo });
    collaborations(sessions, { today: '2026-06-02', memo });
    assert.equal(memo.computed, 6);
    collaborations(sessions.slice(0, 2), { today: '2026-06-02', memo });
    const back = collaborations(sessions, { today: '2026-06-02', memo });
    assert.equal(memo.computed, 8, 'Techniekpact and c were forgotten, so computed again');
    assert.equal(back.length, 3);
  });
});
