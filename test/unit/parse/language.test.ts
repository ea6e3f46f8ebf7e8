import { strict as assert } from 'node:assert';
import { parseSession } from '../../../src/core/parse/parser';
import { latestLanguage, sessionsLanguage } from '../../../src/core/parse/language';
import { problemMessage } from '../../../src/core/parse/problemText';
import { BUILTIN_VOCABULARY } from '../../../src/core/vocabulary/vocabulary';

const lang = (text: string) => parseSession(text, { file: 'notes.md' }).lang;

describe('note language', () => {
  it('takes the front matter lang or taal, in any spelling and case', () => {
    assert.equal(lang('---\nlang: nl\n---\nx #relationship #share'), 'nl');
    assert.equal(lang('---\ntaal: English\n---\nx #relatie #delen'), 'en');
    assert.equal(lang('---\nlang: NEDERLANDS\n---\n'), 'nl');
    assert.equal(lang('---\ntaal: en\n---\n'), 'en');
  });

  it('infers it from the tag spellings when the front matter does not tell', () => {
    assert.equal(lang('x #relatie #delen #relationship'), 'nl');
    assert.equal(lang('x #relationship #explore'), 'en');
    assert.equal(lang('x #belang #ambition #organization'), 'en');
    assert.equal(lang('x #behoefte/vertrouwen #conflict'), 'nl');
    assert.equal(lang('x #need/respect'), 'en');
    assert.equal(lang('x #privé #besluit'), 'nl');
  });

  it('does not count spellings both languages share, nor free tags', () => {
    assert.equal(lang('x #conflict #thermometer/conflict #koffie'), null);
    assert.equal(lang('nothing tagged'), null);
    assert.equal(lang('x #relatie #relationship'), null);
  });

  it('ignores an unknown language in the front matter, with an error in either language', () => {
    const s = parseSession('---\nlang: fr\n---\nx #relatie', { file: 'notes.md' });
    assert.equal(s.lang, 'nl');
    assert.deepEqual(s.problems.map((p) => [p.line, p.code, p.message]), [[2, 'front-matter-field', 'Unknown language \'fr\' for lang, ignored: use nl or en (or Nederlands, English)']]);
    assert.equal(problemMessage(s.problems[0], 'nl', { vocabulary: BUILTIN_VOCABULARY, tags: s.tags }),
      'Onbekende taal \'fr\' voor lang, genegeerd: gebruik nl of en (of Nederlands, English)');
  });

  it('infers a workspace\'s language from its sessions: the majority, on a tie the latest', () => {
    assert.equal(sessionsLanguage([{ lang: 'nl', date: '2026-01-01' }, { lang: 'nl', date: '2026-01-02' }, { lang: 'en', date: '2026-02-01' }]), 'nl');
    assert.equal(sessionsLanguage([{ lang: 'nl', date: '2026-01-01' }, { lang: 'en', date: '2026-02-01' }, { lang: null, date: '2026-03-01' }]), 'en');
    assert.equal(sessionsLanguage([{ lang: 'en', date: null }, { lang: 'nl', date: '2026-01-01' }]), 'nl');
    assert.equal(sessionsLanguage([{ lang: null, date: '2026-01-01' }]), null);
    assert.equal(sessionsLanguage([]), null);
  });

  it('a view of many notes speaks the most recent notes\' language: undated count as oldest, silent notes do not count', () => {
    assert.equal(latestLanguage([{ lang: 'nl', date: '2026-01-01' }, { lang: 'nl', date: '2026-01-02' }, { lang: 'en', date: '2026-02-01' }]), 'en');
    assert.equal(latestLanguage([{ lang: 'nl', date: '2026-01-01' }, { lang: null, date: '2026-03-01' }]), 'nl');
    assert.equal(latestLanguage([{ lang: 'en', date: null }, { lang: 'nl', date: '2026-01-01' }]), 'nl');
    assert.equal(latestLanguage([{ lang: 'en', date: null }]), 'en');
    assert.equal(latestLanguage([]), null);
  });
});

describe('collaboration key', () => {
  it('reads collaboration or samenwerking from the front matter', () => {
    assert.equal(parseSession('---\ncollaboration: Regiotafel Zorg\n---\n', { file: 'a.md' }).collaboration, 'Regiotafel Zorg');
    assert.equal(parseSession('---\nsamenwerking: Techniekpact\n---\n', { file: 'a.md' }).collaboration, 'Techniekpact');
    assert.equal(parseSession('x #relatie', { file: 'a.md' }).collaboration, null);
  });
});
