// A report document as a Word file: real headings, lists and tables (the `docx` library writes the
// OOXML). Bundled on its own as dist/docx.js and loaded only when a Word file is asked for, so the
// extension's activation never loads the library. Imports nothing of ours but types.
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Block, ReportDocument, ReportPart } from './reportDocument';

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3, 4: HeadingLevel.HEADING_4 } as const;

/** The .docx file's bytes. */
export async function documentDocx(doc: ReportDocument): Promise<Uint8Array> {
  const file = new Document({
    title: doc.title,
    creator: 'Facilitator Notes',
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    // A4 in twentieths of a point, margins of about 18 mm.
    sections: doc.parts.map((part) => ({
      properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1020, bottom: 1020, left: 1020, right: 1020 } } },
      children: partChildren(part),
    })),
  });
  return new Uint8Array(await Packer.toArrayBuffer(file));
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
