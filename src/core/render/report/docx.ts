// A report document as a Word file: real headings, lists and tables (the `docx` library writes the
// OOXML). Bundled on its own as dist/docx.js and loaded only when a Word file is asked for, so the
// extension's activation never loads the library. Imports nothing of ours but types, the escaping and the heat map's colours,
// size and words. Charts come as PNG bytes made by an adapter (io/chartPng.ts): this stays synchronous and pure.
import {
  AlignmentType, Document, Footer, Header, HeadingLevel, ImageRun, LevelFormat, Packer, PageNumber, Paragraph, ShadingType, Table, TableCell,
  TableLayoutType, TableRow, TextRun, WidthType,
} from 'docx';
import { escapeHtml } from '../shared/escape';
import { heatColour, HeatMap, heatMapSize, heatMapText } from './heatmap';
import type { Block, ListItem, ReportDocument, ReportPart } from './reportDocument';

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3, 4: HeadingLevel.HEADING_4 } as const;
const CREATOR = 'Facilitator Notes';
/** The date of a Word file whose notes tell none: the first a zip entry can hold. */
const ZIP_EPOCH = new Date('1980-01-01T00:00:00Z');
/** The Word language of the notes' languages, so spelling is checked in the right one. */
const LANGUAGE = { nl: 'nl-NL', en: 'en-GB' } as const;
/** A4's width less the margins, in twentieths of a point. */
const TEXT_WIDTH = 11906 - 2 * 1020;
const BULLETS = 'report-bullets';
/** Twentieths of a point per CSS pixel (96 to the inch). */
const TWIPS_PER_PIXEL = 15;

export interface DocxOptions {
  /** The PNG of each chart of the document, in order (reportDocument.ts's chartSvgs, rendered). */
  chartImages?: readonly Uint8Array[];
}

/**
 * The .docx file's bytes; the same for the same document and `date` (see core/report/documentDate.ts), which
 * is its created and modified date and its zip entries' time, where the library would take the clock's.
 */
export async function documentDocx(doc: ReportDocument, date: Date = ZIP_EPOCH, options: DocxOptions = {}): Promise<Uint8Array> {
  const images = options.chartImages ?? [];
  let drawn = 0;
  const nextImage: NextImage = () => (drawn < images.length ? { png: images[drawn], id: ++drawn } : undefined);
  const file = new Document({
    title: doc.title,
    creator: CREATOR,
    styles: { default: {
      document: { run: { font: 'Calibri', size: 22, language: { value: LANGUAGE[doc.lang] } }, paragraph: { spacing: { after: 80 } } },
      title: { run: { size: 48 }, paragraph: { spacing: { after: 160 } } },
      heading2: { paragraph: { spacing: { before: 320, after: 100 } } },
      heading3: { paragraph: { spacing: { before: 220, after: 80 } } },
      heading4: { paragraph: { spacing: { before: 160, after: 60 } } },
    } },
    numbering: { config: [{ reference: BULLETS, levels: [0, 1, 2, 3, 4].map((level) => ({
      level, format: LevelFormat.BULLET, text: ['•', '◦', '▪', '•', '◦'][level], alignment: AlignmentType.LEFT,
      style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 260 } } },
    })) }] },
    // A4 in twentieths of a point, margins of about 18 mm.
    sections: doc.parts.map((part) => ({
      properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1020, bottom: 1020, left: 1020, right: 1020 } } },
      ...(doc.page ? pageFrame(doc.page) : {}),
      children: partChildren(part, nextImage),
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

/** The header's title and date, the footer's "Page 1 of 2" as Word's PAGE and NUMPAGES fields. */
function pageFrame(page: NonNullable<ReportDocument['page']>) {
  const small = { size: 18, color: '666666' };
  return {
    headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: page.header, ...small })] })] }) },
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [
      new TextRun({ text: `${page.page} `, ...small }), new TextRun({ children: [PageNumber.CURRENT], ...small }),
      new TextRun({ text: ` ${page.of} `, ...small }), new TextRun({ children: [PageNumber.TOTAL_PAGES], ...small }),
    ] })] }) },
  };
}

/** The next chart's PNG and its drawing's id (1, 2, …: the same report gives the same bytes), if there is one. */
type NextImage = () => { png: Uint8Array; id: number } | undefined;

function partChildren(part: ReportPart, nextImage: NextImage): (Paragraph | Table)[] {
  return [
    ...(part.kicker ? [new Paragraph({ keepNext: true, children: [new TextRun({ text: part.kicker.toUpperCase(), color: '666666', size: 18 })] })] : []),
    part.kicker ? new Paragraph({ heading: HeadingLevel.TITLE, text: part.title, keepNext: true }) : heading(1, part.title),
    ...part.fields.map(field),
    ...part.sections.flatMap((s) => [heading(2, s.heading), ...s.blocks.flatMap((b) => blockChildren(b, nextImage))]),
  ];
}

function heading(level: 1 | 2 | 3 | 4, text: string): Paragraph {
  return new Paragraph({ heading: HEADINGS[level], text, keepNext: true });
}

function field([label, value]: [string, string]): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] });
}

function blockChildren(block: Block, nextImage: NextImage): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading': return [heading(block.level, block.text)];
    case 'paragraph': return [new Paragraph({ text: block.text })];
    case 'fields': return block.fields.map(field);
    case 'list': return listParagraphs(block.items, 0);
    case 'table': return [table(block.head, block.rows, block.numeric, block.widths), new Paragraph({ text: '' })];
    case 'chart': {
      const image = nextImage();
      const note = new Paragraph({ children: [new TextRun({ text: block.note, italics: true, size: 18 })] });
      return [image ? heatPicture(block.map, image.png, image.id) : heatTable(block.map), note];
    }
  }
}

function listParagraphs(items: ListItem[], level: number): Paragraph[] {
  return items.flatMap((item) => [
    new Paragraph({
      numbering: { reference: BULLETS, level: Math.min(level, 4) },
      children: [new TextRun(item.text), ...(item.aside ? [new TextRun({ text: ` (${item.aside})`, italics: true })] : [])],
    }),
    ...listParagraphs(item.items ?? [], level + 1),
  ]);
}

/**
 * The heat map as a picture (its SVG rendered to PNG), at the SVG's own size or narrowed to the text's width,
 * described in words for a screen reader.
 */
function heatPicture(map: HeatMap, png: Uint8Array, id: number): Paragraph {
  const size = heatMapSize(map);
  const width = Math.min(size.width, Math.floor(TEXT_WIDTH / TWIPS_PER_PIXEL));
  const description = heatMapText(map);
  return new Paragraph({ keepNext: true, children: [new ImageRun({
    type: 'png', data: png, transformation: { width, height: Math.round((size.height * width) / size.width) },
    altText: { id: String(id), name: map.title, title: map.title, description },
  })] });
}

/**
 * The heat map when no picture came (the renderer could not load): a table of shaded cells with their counts. A PNG,
 * not an SVG picture, is the picture above, as an SVG shows only in recent Word and LibreOffice shows its text-less fallback.
 */
function heatTable(map: HeatMap): Table {
  const max = Math.max(0, ...map.counts.flat());
  const hex = (n: number) => heatColour(n, max).map((c) => c.toString(16).padStart(2, '0')).join('').toUpperCase();
  const cell = (text: string, options: { fill?: string; bold?: boolean; white?: boolean; right?: boolean }) => new TableCell({
    ...(options.fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: options.fill } } : {}),
    children: [new Paragraph({ alignment: options.right ? AlignmentType.CENTER : AlignmentType.LEFT, children: [
      new TextRun({ text, bold: options.bold, ...(options.white ? { color: 'FFFFFF' } : {}) })] })],
  });
  const label = Math.round(TEXT_WIDTH * 0.3);
  const column = Math.round((TEXT_WIDTH - label) / Math.max(map.columns.length, 1));
  return new Table({
    width: { size: label + column * map.columns.length, type: WidthType.DXA },
    columnWidths: [label, ...map.columns.map(() => column)],
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: [cell(map.title, { bold: true }), ...map.columns.map((c) => cell(c, { bold: true, right: true }))] }),
      ...map.rows.map((r, i) => new TableRow({ cantSplit: true, children: [cell(r, {}),
        ...map.counts[i].map((n) => cell(n ? String(n) : '', { fill: hex(n), white: n > max / 2, right: true }))] })),
    ],
  });
}

/**
 * A full-width table whose header row repeats on every page and whose rows never split across pages; with
 * `widths` (percent) its columns are fixed at those shares, so no word is broken to fit an equal share.
 */
function table(head: string[], rows: string[][], numeric: number[], widths?: number[]): Table {
  const twips = widths?.map((w) => Math.round((TEXT_WIDTH * w) / 100));
  const row = (cells: string[], header: boolean) => new TableRow({
    tableHeader: header,
    cantSplit: true,
    children: cells.map((text, i) => new TableCell({
      ...(twips ? { width: { size: twips[i], type: WidthType.DXA } } : {}),
      children: [new Paragraph({
        alignment: numeric.includes(i) ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold: header })],
      })],
    })),
  });
  return new Table({
    width: twips ? { size: TEXT_WIDTH, type: WidthType.DXA } : { size: 100, type: WidthType.PERCENTAGE },
    ...(twips ? { columnWidths: twips, layout: TableLayoutType.FIXED } : {}),
    rows: [row(head, true), ...rows.map((r) => row(r, false))],
  });
}
