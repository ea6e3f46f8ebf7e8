// A REFI-QDA codebook read into a team vocabulary file: our own export comes back as the same terms, other
// tools' codebooks map by name, and what cannot become a tag is said; bad input never throws.
import { strict as assert } from 'node:assert';
import { codebookXml, codeTree } from '../../../src/core/render/qda/codebook';
import { importCodebook, vocabularyYaml } from '../../../src/core/vocabulary/codebookImport';
import { Lexicon } from '../../../src/core/vocabulary/lexicon';
import { BUILTIN_VOCABULARY } from '../../../src/core/vocabulary/vocabulary';
import { mergeVocabulary, readVocabularyFile, VocabularyFile } from '../../../src/core/vocabulary/vocabularyFile';

const TEAM: VocabularyFile = {
  dimensions: [{
    id: 'theme', label: 'Theme', values: [
      { id: 'housing', label: 'Housing', summary: 'Where people live.' },
      { id: 'care-at-home', label: 'Care at home' },
    ],
  }],
};

const codebook = (codes: string) => `<?xml version="1.0" encoding="utf-8"?>\n<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>${codes}</Codes></CodeBook>`;
const options = { dimension: 'code', label: 'Codes', vocabulary: BUILTIN_VOCABULARY };

describe('codebook import (.qdc into a team vocabulary)', () => {
  it('round-trips a team dimension: exported, imported, the same terms', () => {
    const exported = codebookXml(codeTree(mergeVocabulary(BUILTIN_VOCABULARY, TEAM), 'en'));
    const { file, notMapped } = importCodebook(exported, options);
    const values = file!.dimensions![0].values;
    assert.deepEqual(values.filter((v) => typeof v !== 'string' && v.id !== 'action'), [
      { id: 'housing', label: 'Housing', summary: 'Where people live.' },
      { id: 'care-at-home', label: 'Care at home', aliases: ['careathome', 'care_at_home'] },
    ]);
    // The model's own terms are tags already: each is said, none is imported twice.
    assert.ok(notMapped.includes("'Ambition': already a term of condition (ambition); not imported."), notMapped.join('\n'));
    assert.equal(notMapped.length, codeTree(BUILTIN_VOCABULARY, 'en').flatMap((c) => c.children).length - 1);
    const reread = readVocabularyFile(vocabularyYaml(file!, 'team.qdc'), BUILTIN_VOCABULARY, 'en');
    assert.deepEqual(reread, { file, issues: [] });
    const lexicon = new Lexicon(mergeVocabulary(BUILTIN_VOCABULARY, reread.file!));
    const resolved = lexicon.resolve('code/careathome');
    assert.equal(resolved.kind === 'known' && resolved.term.id, 'care-at-home');
  });

  it('maps other tools\' codes by name, nested under groups, and lists what it cannot map', () => {
    const { file, notMapped } = importCodebook(codebook(`
      <Code guid="a" name="Themes" isCodable="false">
        <Code guid="b" name="Wachtlijsten" isCodable="true" color="#ff0000"><Description> Lange wachttijden. </Description></Code>
        <Code guid="c" name="wachtlijsten" isCodable="true"/>
        <Code guid="d" name="!!!" isCodable="true"/>
        <Code guid="e" name="Één loket" isCodable="true"/>
      </Code>
      <Code guid="f" name="Ambitie" isCodable="true"/>`), options);
    assert.deepEqual(file, { dimensions: [{ id: 'code', label: 'Codes', values: [
      { id: 'wachtlijsten', label: 'Wachtlijsten', summary: 'Lange wachttijden.' },
      { id: 'één-loket', label: 'Één loket', aliases: ['éénloket', 'één_loket'] },
    ] }] });
    assert.deepEqual(notMapped, [
      "'wachtlijsten': the same tag as 'Wachtlijsten' (#wachtlijsten).",
      "'!!!': no tag can be made of this name (it needs a letter or digit).",
      "'Ambitie': already a term of condition (ambitie); not imported.",
    ]);
  });

  it('writes nothing for input that is no codebook, or a dimension the vocabulary refuses, and never throws', () => {
    const cases: [string, string][] = [
      ['not xml at all <<<', 'not readable as XML'],
      ['<Project xmlns="urn:QDA-XML:project:1.0"/>', 'not a REFI-QDA codebook'],
      [codebook('<Code guid="a" name="Open" isCodable="false"/>'), 'no code could become a tag.'],
      ['', 'not readable as XML'],
    ];
    for (const [xml, said] of cases) {
      const result = importCodebook(xml, options);
      assert.equal(result.file, null, xml);
      assert.ok(result.notMapped.at(-1)!.includes(said), `${xml}: ${result.notMapped.join(' | ')}`);
    }
    const refused = importCodebook(codebook('<Code guid="a" name="Wonen" isCodable="true"/>'), { ...options, dimension: 'need' });
    assert.equal(refused.file, null);
    assert.deepEqual(refused.notMapped, ["dimensions.0.id: A dimension 'need' already exists.", "dimensions.0.prefixes.0: The prefix 'need' is already used by 'need'."]);
  });
});
