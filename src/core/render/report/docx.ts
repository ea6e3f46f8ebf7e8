// A report document as a Word file: real headings, lists and tables (the `docx` library writes the
// OOXML). Bundled on its own as dist/docx.js and loaded only when a Word file is asked for, so the
// extension's activation never loads the library. Imports nothing of ours but types and the escaping.
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { escapeHtml } from '../shared/escape';
import type { Block, ReportDocument, ReportPart } from './reportDocument';

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3, 4: HeadingLevel.HEADING_4 } as const;
const CREATOR = 'Facilitator Notes';
/** The date of a Word file whose notes tell none: the first a zip entry can hold. */
const ZIP_EPOCH = new Date('1980-01-01T00:00:00Z');

/**
 * The .docx file's bytes; the same for the same document and `date` (see core/report/documentDate.ts), which
 * is its created and modified date and its zip entries' time, where the library would take the clock's.
 */
export async function documentDocx(doc: ReportDocument, date: Date = ZIP_EPOCH): Promise<Uint8Array> {
  const file = new Document({
    title: doc.title,
    creator: CREATOR,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    // A4 in twentieths of a point, margins of about 18 mm.
    sections: doc.parts.map((part) => ({
      properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1020, bottom: 1020, left: 1020, right: 1020 } } },
      children: partChildren(part),
    })),
  });
  const zip = new Uint8Array(await Packer.toArrayBuffer(file, false, [{ path: 'docProps/core.xml', data: coreProperties(doc.title, date) }]));
  stampZipEntries(zip, date);
  return zip;
}

/** docProps/core.xml as the library writes it, with `date` for created and modified. */
function coreProperties(title: string, date: Date): string {
  const when = `xsi:type="dcterms:W3CDTF">${date.toISOString().replace(/\.\d+Z$/, 'Z')}`;
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    + 'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
    + `xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${escapeHtml(title)}</dc:title><dc:creator>${CREATOR}</dc:creator>`
    + `<cp:lastModifiedBy>${CREATOR}</cp:lastModifiedBy><cp:revision>1</cp:revision>`
    + `<dcterms:created ${when}</dcterms:created><dcterms:modified ${when}</dcterms:modified></cp:coreProperties>`;
}

/**
 * Sets the time of every entry of a zip file without a comment (as the library writes it) to `date`, in its
 * local and central headers, in place: an MS-DOS time, read as UTC so it does not depend on the time zone.
 */
function stampZipEntries(zip: Uint8Array, date: Date): void {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  if (end < 0 || view.getUint32(end, true) !== 0x06054b50) throw new Error('unexpected Word file layout: no zip end record');
  const year = Math.min(Math.max(date.getUTCFullYear(), 1980), 2107);
  const time = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1);
  const day = ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  let at = view.getUint32(end + 16, true);
  for (let i = view.getUint16(end + 10, true); i > 0; i--) {
    const local = view.getUint32(at + 42, true);
    for (const offset of [at + 12, local + 10]) {
      view.setUint16(offset, time, true);
      view.setUint16(offset + 2, day, true);
    }
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
}

function partChildren(part: ReportPart): (Paragraph | Table)[] {
  return [
    heading(1, part.title),
    ...part.fields.map(field),
    ...part.sections.flatMap((s) => [heading(2, s.heading), ...s.blocks.flatMap(blockChildren)]),
  ];
}

function heading(level: 1 | 2 | 3 | 4, text: string): Paragraph {
  return new Paragraph({ heading: HEADINGS[level], text, keepNext: true });
}

function field([label, value]: [string, string]): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] });
}

function blockChildren(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading': return [heading(block.level, block.text)];
    case 'paragraph': return [new Paragraph({ text: block.text })];
    case 'fields': return block.fields.map(field);
    case 'list': return block.items.map((item) => new Paragraph({
      bullet: { level: 0 },
      children: [new TextRun(item.text), ...(item.aside ? [new TextRun({ text: ` (${item.aside})`, italics: true })] : [])],
    }));
    case 'table': return [table(block.head, block.rows, block.numeric), new Paragraph({ text: '' })];
  }
}

/** A full-width table whose header row repeats on every page and whose rows never split across pages. */
function table(head: string[], rows: string[][], numeric: number[]): Table {
  const row = (cells: string[], header: boolean) => new TableRow({
    tableHeader: header,
    cantSplit: true,
    children: cells.map((text, i) => new TableCell({
      children: [new Paragraph({
        alignment: numeric.includes(i) ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold: header })],
      })],
    })),
  });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [row(head, true), ...rows.map((r) => row(r, false))] });
}
