import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Session } from '../../../src/core/parse/model';
import { isSessionNotes, parseSession, PARSER_VERSION } from '../../../src/core/parse/parser';
import { collaborations } from '../../../src/core/report/collaboration';
import { NoteSummary, noteSummary } from '../../../src/core/report/noteSummary';
import { NOTES_INDEX_FORMAT, NotesIndex, sealed, vocabularyKey } from '../../../src/core/report/notesIndex';
import { buildReport } from '../../../src/core/report/overview';
import { openActionGroups } from '../../../src/core/report/openActions';
import { BUILTIN_VOCABULARY } from '../../../src/core/vocabulary/vocabulary';

const KEY = vocabularyKey(BUILTIN_VOCABULARY);

interface File { text: string; mtime: number }

/** A workspace folder in memory: path → text and mtime. */
type Disk = Map<string, File>;

function note(collaboration: string, date: string, action: string): string {
  return `---\ntitle: Overleg ${date}\ndate: ${date}\nsamenwerking: ${collaboration}\nthermometer: vriendschappelijk\n---\n\n`
    + `# Ronde #verkennen\n\nDe gemeente wil vooral snelheid. #ambitie #waakzaam #behoefte/erkenning\n\nAlleen voor mij. #privé\n\n`
    + `- [ ] ${action} @Esther 2026-01-15\n- [x] Agenda rondsturen\n\nWe starten met twee wijken. #besluit\n`;
}

function disk(count: number): Disk {
  const files: Disk = new Map();
  for (let i = 0; i < count; i++) {
    files.set(`file:///notes/c${i % 4}/${i}.md`, { text: note(`Samenwerking ${i % 4}`, `2025-0${1 + (i % 9)}-1${i % 10}`, `Actie ${i}`), mtime: 1000 + i });
  }
  return files;
}

function parsed(uri: string, file: File): Session | null {
  const session = parseSession(file.text, { file: uri.slice('file:///'.length) });
  return isSessionNotes(session) ? session : null;
}

/** What WorkspaceNotes does on a scan: each listed file's summary through the index, parsed only when its stamp changed. */
async function scan(index: NotesIndex, files: Disk): Promise<NoteSummary[]> {
  let calls = 0;
  const summaries = await Promise.all([...files].map(([uri, file]) => index.summary(
    { uri, size: Buffer.byteLength(file.text), mtime: file.mtime },
    async () => {
      calls++;
      const session = parsed(uri, file);
      return session && noteSummary(session, BUILTIN_VOCABULARY);
    },
  )));
  index.keepOnly(files.keys());
  assert.equal(calls, index.parsed, 'the index counts every parser call');
  return summaries.filter((s): s is NoteSummary => s !== null);
}

/** Every file's whole session, as exports read them. */
function wholeSessions(files: Disk): Session[] {
  return [...files].map(([uri, file]) => parsed(uri, file)).filter((s): s is Session => s !== null);
}

/** The Actions view's rows: group, action text, due, overdue. */
function actionRows(sessions: Session[]): string[] {
  return openActionGroups(collaborations(sessions, { today: '2026-02-01' }), 'collaboration')
    .flatMap((g) => g.actions.map((a) => `${g.name}: ${a.action.text} ${a.action.due} ${a.action.overdue}`));
}

/** The stored text's header line (parsed) and its body. */
function parts(stored: string): { header: Record<string, unknown>; body: string } {
  const end = stored.indexOf('\n');
  return { header: JSON.parse(stored.slice(0, end)) as Record<string, unknown>, body: stored.slice(end + 1) };
}

/** Sessions as JSON keeps them (an optional field set to undefined is absent). */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

describe('notes index', () => {
  it('round trip: a stored index gives back every summary as made, parsing nothing', async () => {
    const files = disk(12);
    const cold = new NotesIndex(KEY);
    const parsed = await scan(cold, files);
    assert.equal(cold.parsed, 12);
    const warm = new NotesIndex(KEY, cold.serialize());
    assert.equal(warm.trusted, true);
    assert.deepEqual(await scan(warm, files), plain(parsed));
    assert.equal(warm.parsed, 0);
    assert.equal(warm.changed, false);
  });

  it('round trip: every example notes file (tags, parties, problems) validates and comes back the same', async () => {
    const folder = path.join(__dirname, '../../../../examples');
    const files: Disk = new Map(fs.readdirSync(folder, { recursive: true }).map(String).filter((f) => f.endsWith('.md'))
      .map((f, i) => [`file:///examples/${f}`, { text: fs.readFileSync(path.join(folder, f), 'utf8'), mtime: i }]));
    assert.equal(files.size, 7);
    const cold = new NotesIndex(KEY);
    const parsed = await scan(cold, files);
    assert.ok(parsed.some((s) => s.problems.length > 0 && s.tags.length > 0 && s.participants.length > 0));
    const warm = new NotesIndex(KEY, cold.serialize());
    assert.equal(warm.trusted, true);
    assert.deepEqual(await scan(warm, files), plain(parsed));
    assert.equal(warm.parsed, 0);
  });

  it('warm start: only the file whose mtime or size changed is parsed again', async () => {
    const files = disk(40);
    const cold = new NotesIndex(KEY);
    await scan(cold, files);
    files.get('file:///notes/c1/5.md')!.mtime = 9999;
    const warm = new NotesIndex(KEY, cold.serialize());
    await scan(warm, files);
    assert.equal(warm.parsed, 1);
  });

  describe('versioning: an index of another parser, format or vocabulary is rebuilt', () => {
    const stored = async () => {
      const index = new NotesIndex(KEY);
      await scan(index, disk(5));
      return parts(index.serialize());
    };
    for (const [what, change] of [
      ['parser', { parser: PARSER_VERSION + 1 }],
      ['format', { format: NOTES_INDEX_FORMAT + 1 }],
      ['vocabulary', { vocabulary: vocabularyKey({ dimensions: [] }) }],
    ] as const) {
      it(what, async () => {
        const { header, body } = await stored();
        const index = new NotesIndex(KEY, `${JSON.stringify({ ...header, ...change })}\n${body}`);
        assert.equal(index.trusted, false);
        assert.equal(index.changed, true, 'an untrusted index is written again');
        await scan(index, disk(5));
        assert.equal(index.parsed, 5);
      });
    }

    it('a team vocabulary has a key of its own', () => {
      assert.notEqual(vocabularyKey({ ...BUILTIN_VOCABULARY, parties: [{ name: 'Gemeente', aliases: [] }] }), KEY);
      assert.equal(vocabularyKey(structuredClone(BUILTIN_VOCABULARY)), KEY);
    });
  });

  describe('corruption: the index is rebuilt and the views are as from a fresh parse', () => {
    const files = disk(8);
    const fresh = () => scan(new NotesIndex(KEY), files);
    /** The stored index of `files`, and the Actions view's rows from a fresh parse. */
    const stored = async (): Promise<{ text: string; expected: string[] }> => {
      const cold = new NotesIndex(KEY);
      const expected = actionRows(await scan(cold, files));
      return { text: cold.serialize(), expected };
    };
    /** The index read from `text` is untrusted, every file is parsed again and the Actions view is as expected. */
    const rebuilt = async (text: string, expected: string[]) => {
      const index = new NotesIndex(KEY, text);
      assert.equal(index.trusted, false);
      assert.deepEqual(actionRows(await scan(index, files)), expected);
      assert.equal(index.parsed, 8);
    };

    it('a flipped bit in any byte of the stored text (header or body) is caught', async () => {
      const { text } = await stored();
      const bytes = new TextEncoder().encode(text);
      assert.ok(bytes.length > 3000, `${bytes.length} bytes`);
      const trusted: string[] = [];
      for (const bit of [0x01, 0x20, 0x80]) {
        for (let at = 0; at < bytes.length; at++) {
          const damaged = bytes.slice();
          damaged[at] ^= bit;
          if (new NotesIndex(KEY, new TextDecoder().decode(damaged)).trusted) trusted.push(`${at}^${bit}`);
        }
      }
      assert.deepEqual(trusted, []);
      assert.equal(new NotesIndex(KEY, text).trusted, true);
    });

    it('a byte flipped in an action text: the views are as from a fresh parse', async () => {
      const { text, expected } = await stored();
      await rebuilt(text.replace('Actie 3 @Esther', 'Actie 8 @Esther'), expected);
    });

    const damaged: [string, (text: string) => string][] = [
      ['garbage', () => '\u0000{{ not json at all'],
      ['truncated', (text) => text.slice(0, Math.floor(text.length / 2))],
      ['empty', () => ''],
      ['null', () => 'null'],
      ['a session with a wrong field', (text) => text.replace('"done":false', '"done":"no"')],
      ['an entry with a field too many', (text) => text.replace('"uri":', '"extra":1,"uri":')],
      ['an entry with a field too few', (text) => text.replace(/"size":\d+,/, '')],
      ['an action moved to another collaboration', (text) => text.replaceAll('"collaboration":"Samenwerking 1"', '"collaboration":7')],
      ['an observation of a kind the index does not hold', (text) => text.replace('"observations":[0', '"observations":[99')],
      ['an observation at no whole place', (text) => text.replace('"observations":[0', '"observations":[0.5')],
      ['a negative line', (text) => text.replace(/"line":\d+/, '"line":-3')],
      ['an absent optional field written as null', (text) => text.replace('"dimension":"need"', '"dimension":null')],
      ['a kind of observation with a prototype among its facets', (text) => text.replace('"facets":{}', '"facets":{"__proto__":["x"]}')],
      ['a body that is no pair of kinds and entries', (text) => text.replace(/^\[\[/, '[[],[')],
    ];
    for (const [what, damage] of damaged) {
      it(`${what}: caught by the hash, and by the check when the hash is made to match`, async () => {
        const { text, expected } = await stored();
        const { body } = parts(text);
        const changed = damage(body);
        assert.notEqual(changed, body);
        await rebuilt(text.replace(body, changed), expected);
        await rebuilt(sealed(KEY, changed), expected);
        assert.deepEqual(actionRows(await fresh()), expected);
        assert.equal(({} as Record<string, unknown>).x, undefined);
      });
    }

    it('a header without a body, or whose length or hash is not the body\'s', async () => {
      const { text, expected } = await stored();
      const { header, body } = parts(text);
      await rebuilt(JSON.stringify(header), expected);
      await rebuilt(`${JSON.stringify({ ...header, length: body.length - 1 })}\n${body.slice(1)}`, expected);
      await rebuilt(`${JSON.stringify({ ...header, hash: 'abc' })}\n${body}`, expected);
      await rebuilt(`${JSON.stringify({ ...header, hash: undefined })}\n${body}`, expected);
    });
  });

  describe('change detection: each change updates the views', () => {
    let files: Disk;
    let index: NotesIndex;
    beforeEach(async () => {
      files = disk(4);
      const cold = new NotesIndex(KEY);
      await scan(cold, files);
      index = new NotesIndex(KEY, cold.serialize());
    });

    it('an edited file', async () => {
      const file = files.get('file:///notes/c2/2.md')!;
      files.set('file:///notes/c2/2.md', { text: file.text.replace('Actie 2', 'Begroting opstellen'), mtime: file.mtime + 1 });
      const rows = actionRows(await scan(index, files));
      assert.equal(index.parsed, 1);
      assert.ok(rows.includes('Samenwerking 2: Begroting opstellen @Esther 2026-01-15 2026-01-15 true'));
      assert.ok(!rows.some((r) => r.includes('Actie 2 ')));
    });

    it('an edited file of the same mtime but another size', async () => {
      const file = files.get('file:///notes/c2/2.md')!;
      file.text = file.text.replace('Actie 2', 'Actie 22');
      assert.ok(actionRows(await scan(index, files)).some((r) => r.startsWith('Samenwerking 2: Actie 22 @Esther')));
      assert.equal(index.parsed, 1);
    });

    it('a renamed file', async () => {
      const file = files.get('file:///notes/c3/3.md')!;
      files.delete('file:///notes/c3/3.md');
      files.set('file:///notes/c3/renamed.md', file);
      const sessions = await scan(index, files);
      assert.equal(index.parsed, 1);
      assert.equal(index.size, 4);
      assert.deepEqual(sessions.map((s) => s.file).sort(), ['notes/c0/0.md', 'notes/c1/1.md', 'notes/c2/2.md', 'notes/c3/renamed.md']);
      assert.equal(actionRows(sessions).filter((r) => r.includes('Actie 3 ')).length, 1);
    });

    it('a deleted file', async () => {
      files.delete('file:///notes/c0/0.md');
      const rows = actionRows(await scan(index, files));
      assert.equal(index.parsed, 0);
      assert.equal(index.size, 3);
      assert.equal(index.changed, true);
      assert.deepEqual(rows.map((r) => r.split(':')[0]), ['Samenwerking 1', 'Samenwerking 2', 'Samenwerking 3']);
    });

    it('a new file, and one that is no session notes (kept as such, not parsed again)', async () => {
      files.set('file:///notes/c0/new.md', { text: note('Samenwerking 0', '2025-12-01', 'Nieuwe actie'), mtime: 5 });
      files.set('file:///notes/readme.md', { text: '# Read me\n\nNothing tagged here.\n', mtime: 5 });
      const rows = actionRows(await scan(index, files));
      assert.equal(index.parsed, 2);
      assert.ok(rows.includes('Samenwerking 0: Nieuwe actie @Esther 2026-01-15 2026-01-15 true'));
      const again = new NotesIndex(KEY, index.serialize());
      await scan(again, files);
      assert.equal(again.parsed, 0);
    });

    it('a file that cannot be read leaves no entry and spoils no other', async () => {
      await assert.rejects(index.summary({ uri: 'file:///notes/c0/0.md', size: 1, mtime: 1 }, () => Promise.reject(new Error('gone'))));
      assert.equal(index.size, 3);
      assert.equal(new NotesIndex(KEY, index.serialize()).trusted, true);
    });
  });

  describe('summaries: the workspace views see from them what they see from whole sessions', () => {
    const folder = path.join(__dirname, '../../../../examples');
    const examples = (): Disk => new Map(fs.readdirSync(folder, { recursive: true }).map(String).filter((f) => f.endsWith('.md'))
      .map((f, i) => [`file:///examples/${f}`, { text: fs.readFileSync(path.join(folder, f), 'utf8'), mtime: i }]));

    it('the Actions view rows', async () => {
      const files = disk(12);
      assert.deepEqual(actionRows(await scan(new NotesIndex(KEY), files)), actionRows(wholeSessions(files)));
      assert.equal(actionRows(wholeSessions(files)).length, 12);
    });

    it('the workspace overview report (counts, needs, other tags, actions, decisions, problems) of the examples', async () => {
      const files = examples();
      const fromIndex = new NotesIndex(KEY, (await (async () => {
        const cold = new NotesIndex(KEY);
        await scan(cold, files);
        return cold;
      })()).serialize());
      const report = buildReport(await scan(fromIndex, files));
      assert.equal(fromIndex.parsed, 0);
      assert.deepEqual(report, buildReport(wholeSessions(files)));
      assert.ok(report.sessions.some((s) => Object.keys(s.needs).length > 0 && Object.keys(s.otherTags).length > 0));
    });

    it('keeps no observation text, heading, front matter field or private scope, and is a fraction of the sessions', async () => {
      const files = examples();
      const index = new NotesIndex(KEY);
      const summaries = await scan(index, files);
      assert.deepEqual(summaries.flatMap((s) => [...s.observations.flatMap((o) => (o.text ? [o.text] : o.tags)), ...s.headings, ...s.privateScopes]), []);
      assert.deepEqual(summaries.map((s) => s.frontMatter), summaries.map(() => ({})));
      const whole = JSON.stringify(wholeSessions(files)).length;
      assert.ok(index.serialize().length < whole / 2, `index ${index.serialize().length} of sessions ${whole}`);
    });
  });

  it('a note with an unclear private form (its problem) is kept and trusted', async () => {
    const files: Disk = new Map([['file:///x.md', { text: '---\ntitle: X\n---\n\n#privé\n\nDe gemeente wil snelheid. #ambitie\n', mtime: 1 }]]);
    const cold = new NotesIndex(KEY);
    const [summary] = await scan(cold, files);
    assert.deepEqual(summary.problems.map((p) => p.code), ['unclear-private']);
    const warm = new NotesIndex(KEY, cold.serialize());
    assert.equal(warm.trusted, true);
    assert.deepEqual(await scan(warm, files), plain([summary]));
    // Its problem's parts told apart by kind: another kind's fields, or a kind of none, is not ours.
    const { body } = parts(cold.serialize());
    for (const kind of ['yaml', 'nope', '__proto__']) {
      const changed = body.replace('"kind":"unclear-private"', `"kind":"${kind}"`);
      assert.notEqual(changed, body);
      assert.equal(new NotesIndex(KEY, sealed(KEY, changed)).trusted, false, kind);
    }
  });

  it('a session whose front matter JSON cannot keep exactly is stored all the same: the summary keeps no front matter', async () => {
    const index = new NotesIndex(KEY);
    const session = parseSession(note('X', '2025-01-01', 'Y'), { file: 'x.md' });
    await index.summary({ uri: 'file:///x.md', size: 1, mtime: 1 }, async () => noteSummary({ ...session, frontMatter: { budget: Infinity } }, BUILTIN_VOCABULARY));
    const stored = new NotesIndex(KEY, index.serialize());
    assert.equal(stored.trusted, true);
    assert.equal(stored.size, 1);
  });

  it('written in turns: the same text as at once, with pauses between batches of entries, and the header\'s hash of the whole body', async () => {
    const index = new NotesIndex(KEY);
    await scan(index, disk(600));
    let pauses = 0;
    const text = await index.serializeInTurns(async () => { pauses++; });
    assert.equal(text, index.serialize());
    const body = text.slice(text.indexOf('\n') + 1);
    assert.equal(text, sealed(KEY, body), 'the hash made a stretch at a time is the hash of the whole body');
    assert.equal(JSON.stringify(JSON.parse(body)), body);
    // 600 entries in batches of 250, then the body hashed in stretches of 2^20 characters.
    assert.equal(pauses, 2 + Math.ceil(body.length / 2 ** 20));
    const warm = new NotesIndex(KEY, text);
    await scan(warm, disk(600));
    assert.equal(warm.parsed, 0);
  });

  it('a file read while the index is written in turns is kept: written then or at the next save', async () => {
    const index = new NotesIndex(KEY);
    const files = disk(600);
    await scan(index, files);
    index.changed = false;
    const late = { text: note('Samenwerking 9', '2025-11-11', 'Laat'), mtime: 9 };
    const text = await index.serializeInTurns(async () => {
      if (index.size === 600) await index.summary({ uri: 'file:///notes/late.md', size: late.text.length, mtime: 9 }, async () => noteSummary(parsed('file:///notes/late.md', late)!, BUILTIN_VOCABULARY));
    });
    assert.equal(index.changed, true, 'the next save writes it');
    assert.equal(new NotesIndex(KEY, text).trusted, true);
    assert.equal(index.size, 601);
  });
});
