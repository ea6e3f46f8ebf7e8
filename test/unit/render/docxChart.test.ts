import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
// fflate reads the entries here; mammoth's zip reader (docx.test.ts) is the independent one.
import { strFromU8, unzipSync } from 'fflate';
import { documentDocx } from '../../../src/core/render/report/docx';
import { partnerDocument } from '../../../src/core/render/report/partnerReport';
import { chartSvgs } from '../../../src/core/render/report/reportDocument';
import { chartPngs, ReadAsset } from '../../../src/io/chartPng';
import { HARBOUR } from '../helpers/harbourNotes';

// The Word report's heat map as a picture: the HTML report's SVG rendered to PNG by resvg (io/chartPng.ts)
// with the wasm and font build.mjs copies into dist/, beside the bundles, as the CLI and the extension read them.
const DIST = path.resolve(__dirname, '../../..');
const CLI = path.join(DIST, 'cli.js');
const fromDist: ReadAsset = (name) => fs.promises.readFile(path.join(DIST, name));
const harbour = (lang: 'nl' | 'en') => partnerDocument({ file: 'harbour.md', text: HARBOUR }, { lang });

async function wordWithChart(lang: 'nl' | 'en'): Promise<Record<string, Uint8Array>> {
  const doc = harbour(lang);
  return unzipSync(await documentDocx(doc, undefined, { chartImages: await chartPngs(chartSvgs(doc), fromDist) }));
}

/** A PNG's signature and its IHDR's width and height. */
function pngHead(png: Uint8Array): { signature: string; width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { signature: Buffer.from(png.subarray(0, 8)).toString('hex'), width: view.getUint32(16), height: view.getUint32(20) };
}
const PNG_SIGNATURE = '89504e470d0a1a0a';
const ALT = {
  en: 'Observations per condition and phase. Ambition: Explore 2, Agree 0; Interests: Explore 1, Agree 0; Relationship: Explore 1, Agree 0; Process: Explore 1, Agree 1.',
  nl: 'Observaties per conditie en fase. Ambitie: Verkennen 2, Overeenkomen 0; Belangen: Verkennen 1, Overeenkomen 0; Relatie: Verkennen 1, Overeenkomen 0; Proces: Verkennen 1, Overeenkomen 1.',
};

describe('Word report: the heat map as a picture', function () {
  this.timeout(60_000);

  // First in this file: once the renderer has loaded, it is not read again.
  it('without the renderer (a file that cannot be read) gives no pictures, the Word file the shaded table; a later export draws', async () => {
    const doc = harbour('en');
    const missing: ReadAsset = (name) => Promise.reject(new Error(`no ${name}`));
    assert.equal(await chartPngs(chartSvgs(doc), missing), undefined);
    const files = unzipSync(await documentDocx(doc, undefined, { chartImages: undefined }));
    assert.deepEqual(Object.keys(files).filter((f) => f.startsWith('word/media/')), []);
    assert.equal(strFromU8(files['word/document.xml']).match(/<w:tbl>/g)?.length, 2, 'the actions table and the heat map table');
    const drawn = await chartPngs(chartSvgs(doc), fromDist);
    assert.equal(drawn?.length, 1);
    assert.equal(pngHead(drawn[0]).signature, PNG_SIGNATURE);
  });

  for (const lang of ['nl', 'en'] as const) {
    it(`${lang}: word/media/image1.png at twice the SVG's size, its relationship, content type and an inline drawing with alt text`, async () => {
      const files = await wordWithChart(lang);
      assert.deepEqual(Object.keys(files).filter((f) => f.startsWith('word/media/')), ['word/media/image1.png']);
      // The SVG: 190 + 2 × 96 + 2 = 384 by 30 + 4 × 34 + 2 = 168 pixels; the PNG twice that for print.
      assert.deepEqual(pngHead(files['word/media/image1.png']), { signature: PNG_SIGNATURE, width: 768, height: 336 });
      const rels = strFromU8(files['word/_rels/document.xml.rels']);
      const rel = rels.match(/<Relationship Id="(\w+)" Type="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships\/image" Target="media\/image1\.png"\/>/);
      assert.ok(rel, rels);
      assert.match(strFromU8(files['[Content_Types].xml']), /<Default ContentType="image\/png" Extension="png"\/>/);
      const xml = strFromU8(files['word/document.xml']);
      assert.equal(xml.match(/<w:drawing>/g)?.length, 1);
      const drawing = xml.slice(xml.indexOf('<w:drawing>'), xml.indexOf('</w:drawing>'));
      // Its size in EMU: 9525 to the pixel, the SVG's own size (narrower than the text).
      assert.match(drawing, /^<w:drawing><wp:inline [^>]*><wp:extent cx="3657600" cy="1600200"\/>/);
      const title = ALT[lang].slice(0, ALT[lang].indexOf('.'));
      assert.match(drawing, new RegExp(`<wp:docPr id="1" name="${title}" descr="${ALT[lang]}" title="${title}"/>`));
      assert.match(drawing, new RegExp(`<pic:pic [^>]*>.*<a:blip r:embed="${rel[1]}"`));
      assert.equal(xml.match(/<w:tbl>/g)?.length, 1, 'only the actions table: no heat map table beside the picture');
    });
  }

  it('the same notes give the same bytes, picture included', async () => {
    const doc = harbour('nl');
    const date = new Date('2026-10-14T00:00:00Z');
    const first = await documentDocx(doc, date, { chartImages: await chartPngs(chartSvgs(doc), fromDist) });
    const second = await documentDocx(doc, date, { chartImages: await chartPngs(chartSvgs(doc), fromDist) });
    assert.ok(Buffer.from(first).equals(Buffer.from(second)), 'the two Word files differ');
  });

  it('the CLI embeds the same picture, read from beside dist/cli.js', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fn-docx-chart-'));
    try {
      fs.writeFileSync(path.join(dir, 'harbour.md'), HARBOUR);
      const result = spawnSync(process.execPath, [CLI, 'overview', '--audience', 'partners', '--format', 'docx', '--lang', 'en', '--out', 'h.docx', 'harbour.md'],
        { cwd: dir, encoding: 'utf8' });
      assert.deepEqual([result.status, result.stderr], [0, '']);
      const png = unzipSync(fs.readFileSync(path.join(dir, 'h.docx')))['word/media/image1.png'];
      assert.ok(png, 'no picture in the CLI\'s Word file');
      assert.ok(Buffer.from(png).equals(Buffer.from((await wordWithChart('en'))['word/media/image1.png'])), 'the CLI\'s picture differs');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
