// The body of a report document's Word file (word/document.xml's <w:body>), written element by element as a
// generator, so a long report is never one string: each part a section of A4, its title a Title (with a kicker)
// or a Heading 1, sections Heading 2, blocks as headings, paragraphs, bullets, tables and the heat map.
import { heatColour, HeatMap, heatMapSize, heatMapText } from './heatmap';
import type { Block, ListItem, ReportDocument, ReportPart } from './reportDocument';
import {
  Cell, Paragraph, paragraph, paragraphXml, pictureRun, run, sectionProperties, SMALL_GREY, TABLE_END, tableRow, tableStart, TEXT_WIDTH,
} from './wordXml';

/** Twentieths of a point per CSS pixel (96 to the inch). */
const TWIPS_PER_PIXEL = 15;
/** The deepest bullet level numbering.xml defines; deeper items stay at it. */
const DEEPEST_BULLET = 4;

/** The next chart's picture: its relationship's id and its drawing's number, if a PNG came for it. */
export type NextPicture = () => { relationship: string; id: number } | undefined;

/**
 * The body's XML in pieces. Each part is a section; a section's properties close it in its last paragraph
 * (the last part's stand at the body's end), so one paragraph is held back until the next element comes.
 */
export function* bodyXml(doc: ReportDocument, nextPicture: NextPicture, frame?: { header: string; footer: string }): Generator<string> {
  const section = sectionProperties(frame);
  for (const [index, part] of doc.parts.entries()) {
    let held: Paragraph | undefined;
    for (const element of partElements(part, nextPicture)) {
      if (held) yield paragraphXml(held);
      if (typeof element !== 'string') {
        held = element;
        continue;
      }
      held = undefined;
      yield element;
    }
    if (index < doc.parts.length - 1) yield paragraphXml(held ?? paragraph(''), section);
    else if (held) yield paragraphXml(held);
  }
  yield section;
}

/** A part's elements: paragraphs still open to a section's properties, tables as XML. */
function* partElements(part: ReportPart, nextPicture: NextPicture): Generator<Paragraph | string> {
  if (part.kicker) {
    yield paragraph(run(part.kicker.toUpperCase(), SMALL_GREY), { keepNext: true });
    yield paragraph(textRun(part.title), { style: 'Title', keepNext: true });
  } else {
    yield heading(1, part.title);
  }
  yield* part.fields.map(field);
  for (const s of part.sections) {
    yield heading(2, s.heading);
    for (const block of s.blocks) yield* blockElements(block, nextPicture);
  }
}

/** A run of the text, none for no text (as a heading or paragraph without words has). */
function textRun(text: string): string {
  return text ? run(text) : '';
}

function heading(level: 1 | 2 | 3 | 4, text: string): Paragraph {
  return paragraph(textRun(text), { style: `Heading${level}`, keepNext: true });
}

function field([label, value]: [string, string]): Paragraph {
  return paragraph(run(`${label}: `, { bold: true }) + run(value));
}

function* blockElements(block: Block, nextPicture: NextPicture): Generator<Paragraph | string> {
  switch (block.kind) {
    case 'heading': yield heading(block.level, block.text); return;
    case 'paragraph': yield paragraph(textRun(block.text)); return;
    case 'fields': yield* block.fields.map(field); return;
    case 'list': yield* listParagraphs(block.items, 0); return;
    case 'table':
      yield* table(block.head, block.rows, block.numeric, block.widths);
      yield paragraph('');
      return;
    case 'chart': {
      const picture = nextPicture();
      if (picture) yield heatPicture(block.map, picture);
      else yield* heatTable(block.map);
      yield paragraph(run(block.note, { italics: true, size: 18 }));
    }
  }
}

function* listParagraphs(items: ListItem[], level: number): Generator<Paragraph> {
  for (const item of items) {
    const aside = item.aside ? run(` (${item.aside})`, { italics: true }) : '';
    yield paragraph(run(item.text) + aside, { style: 'ListParagraph', bulletLevel: Math.min(level, DEEPEST_BULLET) });
    yield* listParagraphs(item.items ?? [], level + 1);
  }
}

/**
 * The heat map as a picture (its SVG rendered to PNG), at the SVG's own size or narrowed to the text's width,
 * described in words for a screen reader.
 */
function heatPicture(map: HeatMap, picture: { relationship: string; id: number }): Paragraph {
  const size = heatMapSize(map);
  const width = Math.min(size.width, Math.floor(TEXT_WIDTH / TWIPS_PER_PIXEL));
  const height = Math.round((size.height * width) / size.width);
  return paragraph(pictureRun({ ...picture, width, height, title: map.title, description: heatMapText(map) }), { keepNext: true });
}

/**
 * The heat map when no picture came (the renderer could not load): a table of shaded cells with their counts. A PNG,
 * not an SVG picture, is the picture above, as an SVG shows only in recent Word and LibreOffice shows its text-less fallback.
 */
function* heatTable(map: HeatMap): Generator<string> {
  const max = Math.max(0, ...map.counts.flat());
  const hex = (n: number) => heatColour(n, max).map((c) => c.toString(16).padStart(2, '0')).join('').toUpperCase();
  const label = Math.round(TEXT_WIDTH * 0.3);
  const column = Math.round((TEXT_WIDTH - label) / Math.max(map.columns.length, 1));
  const cell = (text: string, options: { bold?: boolean; fill?: string; white?: boolean; count?: boolean }): Cell => ({
    width: options.count ? column : label,
    fill: options.fill,
    paragraph: paragraph(run(text, { bold: options.bold, ...(options.white ? { color: 'FFFFFF' } : {}) }), { align: options.count ? 'center' : 'left' }),
  });
  yield tableStart([label, ...map.columns.map(() => column)], label + column * map.columns.length);
  yield tableRow([cell(map.title, { bold: true }), ...map.columns.map((c) => cell(c, { bold: true, count: true }))], true);
  for (const [i, row] of map.rows.entries()) {
    yield tableRow([cell(row, {}), ...map.counts[i].map((n) => cell(n ? String(n) : '', { fill: hex(n), white: n > max / 2, count: true }))]);
  }
  yield TABLE_END;
}

/**
 * A full-width table whose header row repeats on every page and whose rows never split across pages; with
 * `widths` (percent) its columns are fixed at those shares, so no word is broken to fit an equal share.
 */
function* table(head: string[], rows: string[][], numeric: number[], widths?: number[]): Generator<string> {
  const twips = widths?.map((w) => Math.round((TEXT_WIDTH * w) / 100));
  const row = (cells: string[], header: boolean) => tableRow(cells.map((text, i) => ({
    width: twips?.[i],
    paragraph: paragraph(run(text, { bold: header }), { align: numeric.includes(i) ? 'right' : 'left' }),
  })), header);
  yield tableStart(twips ?? head.map(() => Math.round(TEXT_WIDTH / head.length)), twips && TEXT_WIDTH);
  yield row(head, true);
  for (const r of rows) yield row(r, false);
  yield TABLE_END;
}
