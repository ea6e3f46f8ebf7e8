import { strict as assert } from 'node:assert';
import { parseSession } from '../../../src/core/parse/parser';
import { meetingOf, nextMeeting } from '../../../src/core/report/meeting';

const notes = (frontMatter: string) => parseSession(`---\n${frontMatter}\n---\n\nText #ambitie\n`, { file: 'a.md' });

describe('the meeting in the front matter: location, absent, next, summary', () => {
  it('reads the English keys; absent ones named by alias become the participant, the others are present', () => {
    const session = notes([
      'participants:', '  - { name: Gemeente Rivierstad, aliases: [Gemeente] }', '  - Thuiszorg De Linde', '  - Ziekenhuis',
      'location: Stadskantoor, zaal 2', 'absent: [gemeente, Ziekenhuis, Jan de Vries]', 'next: 2026-11-03 14:00, stadskantoor',
      'summary: We kozen samen een aanpak.',
    ].join('\n'));
    assert.deepEqual(session.problems, []);
    assert.deepEqual(meetingOf(session), {
      location: 'Stadskantoor, zaal 2',
      present: ['Thuiszorg De Linde'],
      absent: ['Gemeente Rivierstad', 'Ziekenhuis', 'Jan de Vries'],
      next: { date: '2026-11-03', time: '14:00', text: 'stadskantoor' },
      summary: 'We kozen samen een aanpak.',
    });
  });

  it('reads the Dutch keys alike, and one absent name as a plain text', () => {
    const session = notes('participants: [Gemeente, Wijkteam]\nlocatie: De Schakel\nafwezig: Wijkteam\nvolgende: na de zomer\nsamenvatting: Kort.');
    assert.deepEqual(session.problems, []);
    assert.deepEqual(meetingOf(session), {
      location: 'De Schakel', present: ['Gemeente'], absent: ['Wijkteam'], next: { date: null, time: null, text: 'na de zomer' }, summary: 'Kort.',
    });
  });

  it('without the keys says nothing, and everyone at the table is present', () => {
    assert.deepEqual(meetingOf(notes('participants: [A, B]')), { location: null, present: ['A', 'B'], absent: [], next: null, summary: null });
  });

  it('a wrong value is a problem at its line and is dropped', () => {
    const session = notes('location: [1, 2]\nnext: ""');
    assert.deepEqual(session.problems.map((p) => [p.line, p.field]), [[2, 'location'], [3, 'next']]);
    assert.deepEqual(meetingOf(session).location, null);
  });

  it('reads the next meeting\'s leading date and time, and leaves a text without a real date alone', () => {
    assert.deepEqual(nextMeeting('2026-11-03'), { date: '2026-11-03', time: null, text: '' });
    assert.deepEqual(nextMeeting('2026-11-03 9.30 – online'), { date: '2026-11-03', time: '09:30', text: 'online' });
    assert.deepEqual(nextMeeting('2026-02-30 14:00, zaal'), { date: null, time: null, text: '2026-02-30 14:00, zaal' });
    assert.deepEqual(nextMeeting('2026-11-031'), { date: null, time: null, text: '2026-11-031' });
  });
});
