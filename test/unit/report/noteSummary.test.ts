import * as assert from 'node:assert/strict';
import { parseSession } from '../../../src/core/parse/parser';
import { actionsSummary, workspaceSummary } from '../../../src/core/report/noteSummary';

const NOTES = '---\ntitle: Overleg\ndate: 2026-03-02\nsamenwerking: Regiotafel\n---\n\n'
  + 'De gemeente wil snelheid. #ambitie\n\n- [ ] Begroting opstellen @Esther\n\nWe starten klein. #besluit\n';

const parse = (text: string) => parseSession(text, { file: 'a.md' });
const before = parse(NOTES);

describe('note summaries: what the workspace views show of a note', () => {
  it('typing plain text into an observation changes neither summary (unless the page lists observations)', () => {
    const after = parse(NOTES.replace('wil snelheid', 'wil vooral snelheid'));
    assert.equal(actionsSummary(after), actionsSummary(before));
    assert.equal(workspaceSummary(after, false), workspaceSummary(before, false));
    assert.notEqual(workspaceSummary(after, true), workspaceSummary(before, true));
  });

  it('an edited action changes both', () => {
    const after = parse(NOTES.replace('Begroting opstellen', 'Begroting opstellen en delen'));
    assert.notEqual(actionsSummary(after), actionsSummary(before));
    assert.notEqual(workspaceSummary(after, false), workspaceSummary(before, false));
  });

  it('a tag added to an observation or a decision edited changes the workspace summary only', () => {
    for (const after of [parse(NOTES.replace('#ambitie', '#ambitie #belangen')), parse(NOTES.replace('starten klein', 'starten groot'))]) {
      assert.equal(actionsSummary(after), actionsSummary(before));
      assert.notEqual(workspaceSummary(after, false), workspaceSummary(before, false));
    }
  });

  it('a changed header (collaboration, title, date) changes both', () => {
    for (const after of [parse(NOTES.replace('Regiotafel', 'Techniekpact')), parse(NOTES.replace('title: Overleg', 'title: Tweede overleg')), parse(NOTES.replace('03-02', '03-09'))]) {
      assert.notEqual(actionsSummary(after), actionsSummary(before));
      assert.notEqual(workspaceSummary(after, false), workspaceSummary(before, false));
    }
  });

  it('no notes is the empty summary', () => {
    assert.equal(actionsSummary(undefined), '');
    assert.equal(workspaceSummary(undefined, true), '');
  });
});
