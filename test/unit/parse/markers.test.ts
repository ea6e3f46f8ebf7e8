import { strict as assert } from 'node:assert';
import { parseSession } from '../../../src/core/parse/parser';

const parse = (text: string) => parseSession(text, { file: 'notes.md' });

describe('parser: markers and phase changes', () => {
  it('reads a time and level line as a marker and a reading, not an observation', () => {
    const s = parse('## Relatie #relatie\n\n08:13 #watchful\n\nZe kijken elkaar aan.\n');
    assert.deepEqual(s.markers, [{ line: 3, time: '08:13', level: 'watchful', phase: null }]);
    assert.deepEqual(s.readings, [{ line: 3, level: 'watchful', text: '08:13', time: '08:13' }]);
    assert.deepEqual(s.observations.map((o) => [o.startLine, o.text, o.conditions, o.level]), [[5, 'Ze kijken elkaar aan.', ['relationship'], 'watchful']]);
  });

  it('takes markers without a time, with a phase, or with both', () => {
    const s = parse('#waakzaam\n\n14:05 #delen\n\n9:30 #onenigheid #vormgeven\n');
    assert.deepEqual(s.markers, [
      { line: 1, time: null, level: 'watchful', phase: null },
      { line: 3, time: '14:05', level: null, phase: 'share' },
      { line: 5, time: '9:30', level: 'disagreement', phase: 'shape' },
    ]);
    assert.deepEqual(s.observations, []);
  });

  it('keeps paragraphs with other words, conditions or needs as observations', () => {
    const s = parse('14:05 het wordt spannend #waakzaam\n\n14:06 #waakzaam #relatie\n\n14:07 #delen #need/trust\n');
    assert.deepEqual(s.markers, []);
    assert.deepEqual(s.observations.map((o) => o.startLine), [1, 3, 5]);
  });

  it('lets a phase marker set the phase for the rest of its section, then as the file default', () => {
    const s = parse([
      '---', 'phase: verkennen', '---', //            1-3
      'a #ambitie', '', //                             4
      '## Een', '', //                                 6
      'b #ambitie', '', //                             8
      '10:00 #delen', '', //                           10
      'c #ambitie', '', //                             12
      '- d #relatie #overeenkomen', '', //             14
      '### Dieper #uitvoeren', '', //                  16
      'e #proces', '', //                              18
      '## Twee', '', //                                20
      'f #proces', '', //                              22
      '## Drie #vormgeven', '', //                     24
      'g #proces', //                                  26
    ].join('\n'));
    assert.deepEqual(s.observations.map((o) => [o.text, o.phase]), [
      ['a', 'explore'], ['b', 'explore'], ['c', 'share'], ['d', 'agree'], ['e', 'execute'], ['f', 'share'], ['g', 'shape'],
    ]);
  });

  it('changes the phase of the innermost section only, and the file default after it', () => {
    const s = parse('## Een #verkennen\n\n### Sub\n\n#vormgeven\n\na #ambitie\n\n## Twee\n\nb #ambitie\n');
    assert.deepEqual(s.observations.map((o) => [o.text, o.phase]), [['a', 'shape'], ['b', 'shape']]);
  });

  it('does not take a task as a marker', () => {
    const s = parse('- [ ] 14:05 #waakzaam\n');
    assert.deepEqual(s.markers, []);
    assert.equal(s.actions.length, 1);
  });
});

describe('parser: current phase', () => {
  it('is the phase of the last block that names one, not of an untagged closing section', () => {
    const s = parse('---\nphase: verkennen\n---\n## Start #verkennen\n\na #ambitie\n\n## Vorm #vormgeven\n\nb #proces\n\n## Afsluiting\n\nc #relatie\n');
    assert.equal(s.currentPhase, 'shape');
  });

  it('counts a phase marker and a tagged paragraph', () => {
    assert.equal(parse('a #ambitie #delen\n\n14:05 #overeenkomen\n\nb #ambitie\n').currentPhase, 'agree');
    assert.equal(parse('a #ambitie #delen\n').currentPhase, 'share');
  });

  it('falls back to the front matter phase, else null', () => {
    assert.equal(parse('---\nphase: delen\n---\na #ambitie\n').currentPhase, 'share');
    assert.equal(parse('a #ambitie\n').currentPhase, null);
  });
});
