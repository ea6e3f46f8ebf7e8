import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { documentDocx } from '../../../src/core/render/report/docx';
import { Block, ReportDocument } from '../../../src/core/render/report/reportDocument';
import { bodyXml } from '../../../src/core/render/report/wordBody';
import { wordTables, wordText } from '../helpers/wordFile';

// Our own Word writer (docx.ts, word*.ts): what the docx library did is kept by docx.test.ts, docxChart.test.ts and
// docxBytes.test.ts; here what it adds: every part is XML whatever the notes hold, a section per part closed in
// its last paragraph, and the body written in pieces, so a Word file whose XML is larger than the heap is still made.
const DIST = path.resolve(__dirname, '../../..');

/** A character the XML 1.0 Char production leaves out (surrogate pairs are one character here, with the u flag). */
const NOT_XML_CHAR = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** The zip's XML parts as text, the pictures left out. */
function xmlParts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).filter(([name]) => !name.startsWith('word/media/')).map(([name, data]) => [name, strFromU8(data)]));
}

/** The problems a strict XML read finds in `xml`. */
function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const report = (message: string) => problems.push(message);
  new DOMParser({ errorHandler: { warning: report, error: report, fatalError: report } }).parseFromString(xml, 'text/xml');
  const bad = NOT_XML_CHAR.exec(xml);
  if (bad) problems.push(`U+${bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} at ${bad.index}`);
  return problems;
}

const section = (blocks: Block[]) => ({ id: 's', heading: 'Section', blocks });

describe('Word writer of our own', function () {
  this.timeout(120_000);

  it('drops what XML cannot hold from every part (the docx library wrote the title raw into core.xml and kept U+FFFE): Word can open it', async () => {
    const odd = 'Plan\u0001 A\u000B\uFFFE\uFFFF\uD800 & <b> "q" \'s\' \uD83D\uDE00';
    const doc: ReportDocument = { lang: 'nl', title: odd, page: { header: odd, page: 'Pagina', of: 'van' }, parts: [{
      kicker: odd, title: odd, fields: [[odd, odd]], sections: [section([
        { kind: 'paragraph', text: odd }, { kind: 'list', items: [{ text: odd, aside: odd }] },
        { kind: 'table', head: [odd], rows: [[odd]], numeric: [] },
        { kind: 'chart', map: { title: odd, columns: [odd], rows: [odd], counts: [[1]] }, note: odd },
      ])],
    }] };
    const bytes = await documentDocx(doc);
    const parts = xmlParts(bytes);
    assert.deepEqual(Object.keys(parts).sort(), ['[Content_Types].xml', '_rels/.rels', 'docProps/core.xml', 'word/_rels/document.xml.rels',
      'word/document.xml', 'word/footer1.xml', 'word/header1.xml', 'word/numbering.xml', 'word/settings.xml', 'word/styles.xml']);
    for (const [name, xml] of Object.entries(parts)) assert.deepEqual(xmlProblems(xml), [], name);
    const clean = 'Plan A & <b> "q" \'s\' \uD83D\uDE00';
    assert.match(parts['docProps/core.xml'], /<dc:title>Plan A &amp; &lt;b&gt; &quot;q&quot; &apos;s&apos; \uD83D\uDE00<\/dc:title>/);
    assert.ok(parts['word/header1.xml'].includes('>Plan A &amp; &lt;b&gt; &quot;q&quot; &apos;s&apos; \uD83D\uDE00</w:t>'));
    const text = await wordText(bytes);
    assert.ok(text.startsWith(`${clean.toUpperCase()}\n\n${clean}\n\n${clean}: ${clean}\n\nSection\n\n${clean}\n\n${clean} (${clean})\n\n`), text);
    assert.deepEqual(await wordTables(bytes), [[[clean], [clean]], [[clean, clean], [clean, '1']]]);
  });

  it('the checks above can fail: a control character and U+FFFE are found', () => {
    assert.deepEqual(xmlProblems('<a>x\u0001y</a>').filter((p) => p.startsWith('U+')), ['U+0001 at 4']);
    assert.deepEqual(xmlProblems('<a>\uFFFE</a>').filter((p) => p.startsWith('U+')), ['U+FFFE at 3']);
    assert.notDeepEqual(xmlProblems('<a><b></a>'), []);
  });

  it('each part is a section of its own, closed in its last paragraph; every section has the one header and footer', async () => {
    const doc: ReportDocument = { lang: 'en', title: 'Three', page: { header: 'Three · 9 April 2026', page: 'Page', of: 'of' }, parts: [
      { title: 'First', fields: [], sections: [section([{ kind: 'paragraph', text: 'end of the first' }])] },
      { title: 'Second', fields: [['Date', 'today']], sections: [] },
      { kicker: 'Report', title: 'Third', fields: [], sections: [section([{ kind: 'table', head: ['a', 'b'], rows: [['1', '2']], numeric: [1] }])] },
    ] };
    const bytes = await documentDocx(doc);
    const xml = xmlParts(bytes)['word/document.xml'];
    const sections = [...xml.matchAll(/<w:sectPr>(.*?)<\/w:sectPr>/g)].map((m) => m[1]);
    assert.equal(sections.length, 3);
    for (const s of sections) assert.ok(s.startsWith('<w:headerReference w:type="default" r:id="rIdHeader"/><w:footerReference w:type="default" r:id="rIdFooter"/>'), s);
    // Parts one and two end in a paragraph holding their section; the last part's section ends the body, after the table's spacer.
    const closing = [...xml.matchAll(/<w:p><w:pPr>(?:(?!<\/w:p>).)*?<w:sectPr>(?:(?!<\/w:p>).)*<\/w:p>/g)].map((m) => m[0].replace(/<w:sectPr>.*<\/w:sectPr>/, '').replace(/<[^>]+>/g, ''));
    assert.deepEqual(closing, ['end of the first', 'Date: today']);
    assert.match(xml, /<\/w:tbl><w:p\/><w:sectPr>.*<\/w:sectPr><\/w:body><\/w:document>$/);
    assert.equal(await wordText(bytes), ['First', 'Section', 'end of the first', 'Second', 'Date: today', 'REPORT', 'Third', 'Section', 'a', 'b', '1', '2', '']
      .map((line) => `${line}\n\n`).join(''));
    const rels = xmlParts(bytes)['word/_rels/document.xml.rels'];
    assert.deepEqual([...rels.matchAll(/Target="([^"]+)"/g)].map((m) => m[1]), ['styles.xml', 'numbering.xml', 'settings.xml', 'header1.xml', 'footer1.xml']);
  });

  it('writes the body in pieces: one a paragraph or a table row, never the whole', () => {
    const items = Array.from({ length: 20_000 }, (_, i) => ({ text: `item ${i}`, items: [{ text: `under ${i}` }] }));
    const doc: ReportDocument = { lang: 'en', title: 'Long', parts: [{ title: 'Long', fields: [], sections: [section([
      { kind: 'list', items }, { kind: 'table', head: ['n'], rows: items.map((item) => [item.text]), numeric: [] }])] }] };
    const lengths = [...bodyXml(doc, () => undefined)].map((piece) => piece.length);
    // Title, section heading, the bullets, the table (start, head, rows, end), its spacer, the page.
    assert.equal(lengths.length, 1 + 1 + 40_000 + 1 + 1 + 20_000 + 1 + 1 + 1);
    assert.ok(Math.max(...lengths) < 1_000, `a piece of ${Math.max(...lengths)} characters`);
  });

  it('makes a Word file whose document.xml (56 MB) is larger than the heap node may use (48 MB): the docx library ran out of memory', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fn-word-heap-'));
    try {
      const out = path.join(dir, 'long.docx');
      // 300,000 bullets: the document holds about 20 MB, its XML 56 MB.
      const script = `const { documentDocx } = require(${JSON.stringify(path.join(DIST, 'docx.js'))});
        const items = Array.from({ length: 300000 }, (_, i) => ({ text: 'item ' + i + ' of the long list' }));
        const doc = { lang: 'en', title: 'Long', parts: [{ title: 'Long', fields: [], sections: [{ id: 's', heading: 'All', blocks: [{ kind: 'list', items }] }] }] };
        documentDocx(doc).then((bytes) => require('node:fs').writeFileSync(${JSON.stringify(out)}, bytes));`;
      const result = spawnSync(process.execPath, ['--max-old-space-size=48', '-e', script], { encoding: 'utf8', timeout: 110_000 });
      assert.deepEqual([result.status, result.signal, result.stderr], [0, null, '']);
      const xml = strFromU8(unzipSync(fs.readFileSync(out))['word/document.xml']);
      assert.ok(xml.length > 56_000_000, `${xml.length} characters`);
      assert.equal(xml.match(/<w:numId w:val="1"\/>/g)?.length, 300_000);
      assert.ok(xml.includes('>item 299999 of the long list</w:t>'));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
