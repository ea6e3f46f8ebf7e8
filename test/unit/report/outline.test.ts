import { strict as assert } from 'node:assert';
import { outline } from '../../../src/core/report/outline';
import { parseSession } from '../../../src/core/parse/parser';

describe('outline (document symbols)', () => {
  it('nests headings by depth with their tags and the tagged observations of each section', () => {
    const text = [
      '# Round one #explore', // 1
      '',
      'The ambition is vague #ambition #waakzaam #foo', // 3
      '',
      '## Money', // 5
      '',
      '- Who pays? #organisatie #need/trust', // 7
      '',
      'Untagged text.', // 9
      '',
      '# Round two', // 11
      '',
      `#proces ${'word '.repeat(20)}`, // 13
    ].join('\n');
    const entries = outline(parseSession(text, { file: 'x.md' }));
    const shape = (e: ReturnType<typeof outline>[number]): unknown => [e.kind, e.name, e.detail, e.line, e.endLine, e.children.map(shape)];
    assert.deepEqual(entries.map(shape), [
      ['heading', 'Round one', '#explore', 1, 10, [
        ['observation', 'The ambition is vague', '#ambition #waakzaam #foo', 3, 3, []],
        ['heading', 'Money', '', 5, 10, [
          ['observation', 'Who pays?', '#organisatie #need/trust', 7, 7, []],
        ]],
      ]],
      ['heading', 'Round two', '', 11, 13, [
        ['observation', `${'word '.repeat(11)}word…`, '#proces', 13, 13, []],
      ]],
    ]);
  });

  it('names an observation of tags only by its tags, and puts text before the first heading at the top', () => {
    const entries = outline(parseSession('#ambition #delen\n\n# Later\n', { file: 'x.md' }));
    assert.deepEqual(entries.map((e) => [e.kind, e.name, e.detail]), [['observation', '#ambition #delen', '#ambition #delen'], ['heading', 'Later', '']]);
  });
});
