import { strict as assert } from 'node:assert';
import { parseSession } from '../../../src/core/parse/parser';
import { StandIns } from '../../../src/core/report/standIns';

const NOTES = '# Overleg\n\nHet Anker wil meer tijd #belangen #verkennen #need/trust\n\nWe delen de planning #belangen #verkennen #need/trust\n\nEen eigen punt #relatie #privé\n';

describe('stand-ins and observations placed over them', () => {
  const [first, second, third] = parseSession(NOTES, { file: 'a.md' }).observations;

  it('one frozen stand-in per set of values, without place, text or mentions', () => {
    const standIns = new StandIns();
    const standIn = standIns.of(first);
    assert.equal(standIns.of(second), standIn);
    assert.notEqual(standIns.of(third), standIn);
    assert.ok(Object.isFrozen(standIn));
    assert.deepEqual([standIn.startLine, standIn.endLine, standIn.text, standIn.tags], [0, 0, '', []]);
    assert.deepEqual([standIn.conditions, standIn.phase, standIn.needs], [['interests'], 'explore', ['trust']]);
  });

  it('a placed observation reads its own place and text and its stand-in\'s values', () => {
    const standIns = new StandIns();
    const placed = standIns.placed(second);
    assert.deepEqual(Object.keys(placed), ['startLine', 'endLine', 'text']);
    assert.deepEqual([placed.startLine, placed.endLine, placed.text], [5, 5, second.text]);
    assert.equal(placed.text, 'We delen de planning');
    assert.deepEqual([placed.conditions, placed.phase, placed.needs, placed.private], [['interests'], 'explore', ['trust'], false]);
    const secret = standIns.placed(third);
    assert.deepEqual([secret.private, secret.conditions, secret.startLine], [true, ['relationship'], 7]);
    assert.equal(Object.getPrototypeOf(Object.getPrototypeOf(standIns.placed(first))), standIns.of(first));
  });
});
