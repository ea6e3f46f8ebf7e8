import { strict as assert } from 'node:assert';
import { parseSession } from '../../../src/core/parse/parser';
import { partnerReportOf } from '../../../src/core/report/partnerReport';
import { sessionDuration } from '../../../src/core/render/shared/svg';
import { escalation } from '../../../src/sidebar/escalation';
import { BUILTIN_VOCABULARY } from '../../../src/core/vocabulary/vocabulary';

// A large file's lists are longer than a call's arguments may be: a spread of them (Math.max(...xs),
// push(...xs)) overflows the stack. The facilitator's html of 10 MB of notes ended so ("cannot write …:
// Maximum call stack size exceeded", exit 3).
const MANY = 300_000;

describe('lists of a large file are never spread into a call', () => {
  it('the session\'s duration over 300,000 clock times', () => {
    const times = Array.from({ length: MANY }, (_, i) => (i === MANY - 1 ? '11:30' : i % 2 ? '09:00' : '10:15'));
    assert.equal(sessionDuration(times), 150);
  });

  it('the escalation over 300,000 readings', () => {
    const session = parseSession('Start\n\n14:00 #conflict\n', { file: 'a.md' });
    const readings = Array.from({ length: MANY }, () => session.readings[0]);
    assert.equal(escalation({ ...session, startLevel: 'friendly', readings }, BUILTIN_VOCABULARY, 'en')?.level, 'conflict');
  });

  it('the partners\' report of 130,000 decisions under one agenda item', function () {
    this.timeout(60_000);
    const count = 130_000;
    const text = `# Overleg\n\n## Besluiten\n\n${Array.from({ length: count }, (_, i) => `- Besluit ${i} #besluit\n`).join('')}`;
    const report = partnerReportOf({ file: 'a.md', text });
    assert.equal(report.decisions.length, count);
    assert.equal(report.decisions[count - 1].under, 'Besluiten');
  });
});
