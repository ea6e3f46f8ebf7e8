import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
// fflate reads the entries here; mammoth's zip reader (docx.test.ts) is the independent one.
import { strFromU8, unzipSync } from 'fflate';
import { documentDate } from '../../../src/core/report/documentDate';
import { documentDocx } from '../../../src/core/render/report/docx';
import { partnerDocument } from '../../../src/core/render/report/partnerReport';

// Same input, same bytes: a Word file carries no clock time, only the notes' date (or SOURCE_DATE_EPOCH).
const CLI = path.resolve(__dirname, '../../../cli.js');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const coreDates = (bytes: Uint8Array) => [...strFromU8(unzipSync(bytes)['docProps/core.xml']).matchAll(/<dcterms:(\w+) xsi:type="dcterms:W3CDTF">([^<]*)</g)].map((m) => `${m[1]} ${m[2]}`);
/** [MS-DOS time, date] of every entry, from the local headers and from the central directory. */
function entryTimes(bytes: Uint8Array): number[][] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const times: number[][] = [];
  for (let at = 0; at + 4 <= bytes.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50) times.push([view.getUint16(at + 10, true), view.getUint16(at + 12, true)]);
    if (signature === 0x02014b50) times.push([view.getUint16(at + 12, true), view.getUint16(at + 14, true)]);
  }
  return times;
}

describe('Word file: the same bytes for the same notes', function () {
  this.timeout(60_000);

  it('takes SOURCE_DATE_EPOCH, else the latest session date, else none', () => {
    const dates = [{ date: null }, { date: '2026-04-09' }, { date: '2026-03-02' }];
    assert.equal(documentDate(dates, '1700000000')?.toISOString(), '2023-11-14T22:13:20.000Z');
    assert.equal(documentDate(dates)?.toISOString(), '2026-04-09T00:00:00.000Z');
    assert.equal(documentDate(dates, 'yesterday')?.toISOString(), '2026-04-09T00:00:00.000Z');
    assert.equal(documentDate([{ date: null }]), undefined);
  });

  it('documentDocx: two runs seconds apart give identical bytes, dated by the date given', async () => {
    const doc = partnerDocument({ file: 'a.md', text: '---\ntitle: Regiotafel\ndate: 2026-04-09\n---\n\nOne door #ambition #explore\n' }, { lang: 'en' });
    const date = new Date('2026-04-09T00:00:00Z');
    const first = await documentDocx(doc, date);
    await sleep(2100);
    const second = await documentDocx(doc, date);
    assert.ok(Buffer.from(first).equals(Buffer.from(second)), 'the two Word files differ');
    assert.deepEqual(coreDates(first), ['created 2026-04-09T00:00:00Z', 'modified 2026-04-09T00:00:00Z']);
    const times = entryTimes(first);
    assert.equal(times.length, 2 * Object.keys(unzipSync(first)).length);
    // 2026-04-09 00:00:00 as MS-DOS time and date: 0, (46 << 9) | (4 << 5) | 9.
    assert.deepEqual(new Set(times.map((t) => t.join(' '))), new Set([`0 ${(46 << 9) | (4 << 5) | 9}`]));
  });

  describe('the CLI', () => {
    let dir: string;
    before(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fn-docx-bytes-'));
      fs.writeFileSync(path.join(dir, 'a.md'), '---\ndate: 2026-03-02\n---\n# Regiotafel\n\nWe share one goal. #ambition #explore\n');
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    const word = (out: string, env: Record<string, string> = {}) => {
      const result = spawnSync(process.execPath, [CLI, 'overview', '--audience', 'partners', '--format', 'docx', '--out', out, 'a.md'],
        { cwd: dir, encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: '', ...env } });
      assert.deepEqual([result.status, result.stderr], [0, '']);
      return fs.readFileSync(path.join(dir, out));
    };

    it('writes identical bytes on two runs with a pause between, and in another time zone', async () => {
      const first = word('1.docx', { TZ: 'UTC' });
      await sleep(2100);
      assert.ok(first.equals(word('2.docx', { TZ: 'UTC' })), 'the second run differs');
      assert.ok(first.equals(word('3.docx', { TZ: 'Pacific/Auckland' })), 'the run in another time zone differs');
      assert.deepEqual(coreDates(first), ['created 2026-03-02T00:00:00Z', 'modified 2026-03-02T00:00:00Z']);
    });

    it('dates the file by SOURCE_DATE_EPOCH when it is set', () => {
      const bytes = word('epoch.docx', { SOURCE_DATE_EPOCH: '1700000000' });
      assert.deepEqual(coreDates(bytes), ['created 2023-11-14T22:13:20Z', 'modified 2023-11-14T22:13:20Z']);
      // 2023-11-14 22:13:20 as MS-DOS time and date.
      assert.deepEqual(new Set(entryTimes(bytes).map((t) => t.join(' '))), new Set([`${(22 << 11) | (13 << 5) | 10} ${(43 << 9) | (11 << 5) | 14}`]));
    });
  });
});
