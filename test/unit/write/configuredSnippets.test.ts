import { strict as assert } from 'node:assert';
import { buildSnippets, configuredSnippets } from '../../../src/core/write/snippets';
import { BUILTIN_VOCABULARY } from '../../../src/core/vocabulary/vocabulary';

describe('snippets in the configured tag language', () => {
  it('with tagLanguage nl: the English-prefixed snippets again, with Dutch tags and front matter keys; nothing the file already gives', () => {
    const snippets = configuredSnippets(BUILTIN_VOCABULARY, 'nl');
    assert.deepEqual(Object.keys(snippets), ['New session notes (en)', 'Observation (en)', 'Thermometer reading (en)', 'Phase section (en)']);
    assert.deepEqual(snippets['Observation (en)'], {
      prefix: ['observation', 'obs'],
      body: ['- ${1:What happened} ${2|#ambitie,#belangen,#relatie,#organisatie,#proces|} ${3|#verkennen,#delen,#overeenkomen,#vormgeven,#uitvoeren|} ${4|#vriendschappelijk,#waakzaam,#onenigheid,#conflict|}$0'],
      description: 'An observation tagged with condition, phase and thermometer level.',
    });
    assert.deepEqual(snippets['New session notes (en)'].body.slice(5, 7), [
      'fase: ${4|verkennen,delen,overeenkomen,vormgeven,uitvoeren|}',
      'thermometer: ${5|vriendschappelijk,waakzaam,onenigheid,conflict|}',
    ]);
  });

  it('with tagLanguage en: the Dutch-prefixed snippets again, with English tags', () => {
    const snippets = configuredSnippets(BUILTIN_VOCABULARY, 'en');
    assert.deepEqual(Object.keys(snippets), ['Nieuwe sessienotities (nl)', 'Observatie (nl)', 'Thermometerstand (nl)', 'Fasesectie (nl)']);
    assert.deepEqual(snippets['Thermometerstand (nl)'].body, ['${CURRENT_HOUR}:${CURRENT_MINUTE} ${1|#friendly,#watchful,#disagreement,#conflict|} ${2:Wat er gebeurde}$0']);
    assert.deepEqual(snippets['Fasesectie (nl)'].prefix, ['fase']);
  });

  it('the team\'s vocabulary changes the choices of every prefix, so all tagged snippets are offered', () => {
    const [condition, ...rest] = BUILTIN_VOCABULARY.dimensions;
    const vocabulary = { dimensions: [{ ...condition, terms: condition.terms.slice(0, 2) }, ...rest] };
    const snippets = configuredSnippets(vocabulary, 'en');
    assert.deepEqual(Object.keys(snippets), ['Observation (en)', 'Nieuwe sessienotities (nl)', 'Observatie (nl)', 'Thermometerstand (nl)', 'Fasesectie (nl)']);
    assert.ok(snippets['Observation (en)'].body[0].includes('${2|#ambition,#interests|}'));
  });

  it('tags follow the tag language, texts and prefixes the snippet\'s language', () => {
    assert.deepEqual(buildSnippets(BUILTIN_VOCABULARY, 'nl', 'en')['Fasesectie (nl)'].body[0], '## ${2:Titel van de sectie} ${1|#explore,#share,#agree,#shape,#execute|}');
  });
});
