import { strict as assert } from 'node:assert';
import { parseIncrementalGuarded, parseSessionGuarded, readGuarded } from '../../../src/core/parse/guard';
import { parseSession } from '../../../src/core/parse/parser';
import { problemMessage } from '../../../src/core/parse/problemText';
import { Vocabulary } from '../../../src/core/vocabulary/vocabulary';

/** A vocabulary the parser cannot compile: stands in for any defect that makes parsing throw. */
const BROKEN = { dimensions: null } as unknown as Vocabulary;

describe('parse guard: a failure while reading one file is that file\'s error problem', () => {
  it('returns the session unchanged when parsing works', () => {
    const text = 'We agree. #ambition\n';
    assert.deepEqual(parseSessionGuarded(text, { file: 'a.md' }), parseSession(text, { file: 'a.md' }));
  });

  it('turns an exception into an empty session with one error on line 1, keeping the line count', () => {
    const session = parseSessionGuarded('one\ntwo\nthree', { file: 'notes/a.md', vocabulary: BROKEN });
    assert.equal(session.file, 'notes/a.md');
    assert.equal(session.lineCount, 3);
    assert.deepEqual(session.observations, []);
    assert.equal(session.problems.length, 1);
    const [problem] = session.problems;
    assert.deepEqual({ ...problem, message: '' }, { line: 1, severity: 'error', code: 'unreadable', message: '', args: { kind: 'failure', detail: problem.args?.kind === 'failure' ? problem.args.detail : '' } });
    assert.match(problem.message, /^This file could not be read and is reported without its notes \(vocabulary\.dimensions is not iterable\)$/);
    assert.match(problemMessage(problem, 'nl', { vocabulary: { dimensions: [] }, tags: [] }), /^Dit bestand kon niet worden gelezen en staat zonder notities in het overzicht \(/);
  });

  it('says whether it failed, and gives what `use` makes of the session either way', () => {
    const ok = readGuarded('x #ambition', { file: 'a.md' }, (s) => s.tags.length);
    assert.deepEqual([ok.failed, ok.result], [false, 1]);
    const failed = readGuarded('x #ambition', { file: 'a.md', vocabulary: BROKEN }, (s) => s.problems.length);
    assert.deepEqual([failed.failed, failed.result], [true, 1]);
  });

  it('catches a failure in `use` too', () => {
    let calls = 0;
    const read = readGuarded('x', { file: 'a.md' }, () => {
      if (calls++ === 0) throw new Error('summary failed');
      return 'second';
    });
    assert.deepEqual([read.failed, read.result, read.session.problems[0].message], [true, 'second', 'This file could not be read and is reported without its notes (summary failed)']);
  });
});

describe('front matter: keys named like Object.prototype members', () => {
  const KEYS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', '__defineGetter__'];

  for (const reader of ['simple', 'yaml'] as const) {
    it(`reads them as ordinary unknown keys, without a problem (${reader} reader)`, () => {
      // A quoted value sends the block to the yaml library; plain text stays with the fast reader.
      const value = reader === 'simple' ? 'x' : '"x"';
      const text = `---\ntitle: T\n${KEYS.map((k) => `${k}: ${value}`).join('\n')}\n---\nWe agree. #ambition\n`;
      const session = parseSession(text, { file: 'a.md' });
      assert.deepEqual(session.problems, []);
      assert.equal(session.title, 'T');
      assert.equal(session.observations.length, 1);
      assert.equal(Object.getPrototypeOf(session.frontMatter), Object.prototype);
      assert.deepEqual(Object.keys(session.frontMatter), ['title', ...KEYS.filter((k) => k !== '__proto__')]);
      assert.equal(session.frontMatter.constructor, 'x');
    });
  }

  it('treats a phase-like inherited key as unknown, not as a term field', () => {
    const session = parseSession('---\nconstructor: explore\n---\nWe agree. #ambition\n', { file: 'a.md' });
    assert.equal(session.currentPhase, null);
    assert.equal(session.observations[0].phase, null);
  });
});

describe('parse guard: the incremental parse', () => {
  it('gives the full parse and the state for the next update, or on a failure the guarded session and no state', () => {
    const text = 'We agree. #ambition\n';
    const ok = parseIncrementalGuarded(text, { file: 'a.md' });
    assert.deepEqual(ok.session, parseSession(text, { file: 'a.md' }));
    const next = parseIncrementalGuarded(`${text}More. #proces\n`, { file: 'a.md' }, { state: ok.state!, edit: { startLine: 1, oldEndLine: 1, newEndLine: 2 } });
    assert.deepEqual(next.session, parseSession(`${text}More. #proces\n`, { file: 'a.md' }));
    const failed = parseIncrementalGuarded(text, { file: 'a.md', vocabulary: BROKEN }, { state: ok.state!, edit: { startLine: 0, oldEndLine: 0, newEndLine: 0 } });
    assert.deepEqual(failed, { session: parseSessionGuarded(text, { file: 'a.md', vocabulary: BROKEN }) });
  });
});
