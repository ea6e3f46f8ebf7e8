import { strict as assert } from 'node:assert';
import { BUILTIN_VOCABULARY as V } from '../../../src/core/vocabulary/vocabulary';
import { readVocabularyFile } from '../../../src/core/vocabulary/vocabularyFile';

// YAML that once threw or warned on stderr: each is an issue at its line, the file is not used.
describe('vocabulary file: hostile YAML', () => {
  it('reports an alias bomb at the first alias instead of expanding it', () => {
    const bomb = ['needs: false', 'x: &a [l, l, l, l, l, l, l, l, l, l]', 'y: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'z: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]'].join('\n');
    assert.deepEqual(readVocabularyFile(bomb, V, 'en'), {
      file: null,
      issues: [{ path: [], message: 'Too many alias references (*name) to expand; write the values out.', line: 3, column: 7, length: 2 }],
    });
    assert.equal(readVocabularyFile(bomb, V, 'nl').issues[0].message, 'Te veel aliasverwijzingen (*naam) om uit te werken; schrijf de waarden uit.');
  });

  it('still reads a file with a few aliases', () => {
    const reading = readVocabularyFile('aliases:\n  ambition: &words [doel, streven]\n  interests: [belang2]\n', V, 'en');
    assert.deepEqual(reading.issues, []);
    assert.deepEqual(reading.file, { aliases: { ambition: ['doel', 'streven'], interests: ['belang2'] } });
  });

  it('reports a key that is a list or mapping, with no warning from Node', () => {
    const warnings: string[] = [];
    const listen = (w: Error) => warnings.push(w.message);
    process.on('warning', listen);
    try {
      for (const yaml of ['? [a, b]\n: 1\n', 'labels:\n  ? {a: 1}\n  : x\n']) {
        const reading = readVocabularyFile(yaml, V, 'en');
        assert.equal(reading.file, null);
        assert.deepEqual(reading.issues.map((i) => [i.message, i.line]), [['A key must be a plain name, not a list or mapping.', yaml.startsWith('?') ? 1 : 2]]);
      }
    } finally {
      process.off('warning', listen);
    }
    assert.deepEqual(warnings, []);
  });

  it('never throws on keys named like Object.prototype members', () => {
    const reading = readVocabularyFile('aliases:\n  __proto__: [x]\n  constructor: [y]\nlabels:\n  toString: Z\n', V, 'en');
    assert.equal(reading.file, null);
    assert.deepEqual(reading.issues.map((i) => [i.message, i.line]), [["Unknown term 'constructor'.", 3], ["Unknown dimension or term 'toString'.", 5]]);
  });
});
