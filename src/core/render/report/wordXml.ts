// WordprocessingML elements as strings: runs, paragraphs, table rows, a picture, a section's page. Every text
// and attribute from the notes goes through escapeXml. A paragraph stays data until it is written, so the
// body writer (wordBody.ts) can still close a part's section in the last paragraph of that part.
import { escapeXml } from '../shared/escape';

/** A4 in twentieths of a point, margins of about 18 mm. */
export const PAGE = { width: 11906, height: 16838, margin: 1020 } as const;
/** A4's width less the margins, in twentieths of a point. */
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

export interface RunStyle {
  /** false writes bold off explicitly, as a table's body cells always have. */
  bold?: boolean;
  italics?: boolean;
  /** Hex RGB, no '#'. */
  color?: string;
  /** In half points. */
  size?: number;
}

/** The kicker, header and footer's small grey letters. */
export const SMALL_GREY: RunStyle = { color: '666666', size: 18 };

export function run(text: string, style: RunStyle = {}): string {
  return `<w:r>${runProperties(style)}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

/** A run of one of Word's fields (PAGE, NUMPAGES): begin, instruction, separate, end. */
export function fieldRuns(instruction: string, style: RunStyle): string {
  const props = runProperties(style);
  const char = (type: string) => `<w:r>${props}<w:fldChar w:fldCharType="${type}"/></w:r>`;
  return `${char('begin')}<w:r>${props}<w:instrText xml:space="preserve">${instruction}</w:instrText></w:r>${char('separate')}${char('end')}`;
}

function runProperties({ bold, italics, color, size }: RunStyle): string {
  const props = (bold === undefined ? '' : bold ? '<w:b/><w:bCs/>' : '<w:b w:val="false"/><w:bCs w:val="false"/>')
    + (italics ? '<w:i/><w:iCs/>' : '')
    + (color ? `<w:color w:val="${color}"/>` : '')
    + (size ? `<w:sz w:val="${size}"/><w:szCs w:val="${size}"/>` : '');
  return props ? `<w:rPr>${props}</w:rPr>` : '';
}

export type Alignment = 'left' | 'center' | 'right';

export interface ParagraphStyle {
  /** A style of styles.xml: Title, Heading1 … Heading4, ListParagraph. */
  style?: string;
  keepNext?: boolean;
  /** The bullet list's level, 0 to 4. */
  bulletLevel?: number;
  align?: Alignment;
}

/** A paragraph not yet written: its properties and its runs. */
export interface Paragraph { props: string; runs: string }

export function paragraph(runs: string, { style, keepNext, bulletLevel, align }: ParagraphStyle = {}): Paragraph {
  const props = (style ? `<w:pStyle w:val="${style}"/>` : '')
    + (keepNext ? '<w:keepNext/>' : '')
    + (bulletLevel === undefined ? '' : `<w:numPr><w:ilvl w:val="${bulletLevel}"/><w:numId w:val="${BULLETS}"/></w:numPr>`)
    + (align ? `<w:jc w:val="${align}"/>` : '');
  return { props, runs };
}

/** The numbering (numbering.xml) of the report's bullets. */
export const BULLETS = 1;

/** The paragraph's XML; `section`, a section's properties, ends that section with this paragraph. */
export function paragraphXml({ props, runs }: Paragraph, section = ''): string {
  const all = props + section;
  return all || runs ? `<w:p>${all ? `<w:pPr>${all}</w:pPr>` : ''}${runs}</w:p>` : '<w:p/>';
}

/** A section's page: A4, its margins and, when the document has them, the header and footer by relationship id. */
export function sectionProperties(frame?: { header: string; footer: string }): string {
  const { width, height, margin } = PAGE;
  return '<w:sectPr>'
    + (frame ? `<w:headerReference w:type="default" r:id="${frame.header}"/><w:footerReference w:type="default" r:id="${frame.footer}"/>` : '')
    + `<w:pgSz w:w="${width}" w:h="${height}" w:orient="portrait"/>`
    + `<w:pgMar w:top="${margin}" w:right="${margin}" w:bottom="${margin}" w:left="${margin}" w:header="708" w:footer="708" w:gutter="0"/>`
    + '<w:docGrid w:linePitch="360"/></w:sectPr>';
}

const BORDER = 'w:val="single" w:color="auto" w:sz="4"';
const BORDERS = `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} ${BORDER}/>`).join('')}</w:tblBorders>`;

/**
 * A table's start: single borders, its width and grid (in twips). With `fixedWidth` (twips) the columns keep
 * the grid's widths whatever the text; else the table spans the text's width and the grid only says equal shares.
 */
export function tableStart(grid: number[], fixedWidth?: number): string {
  const width = fixedWidth === undefined ? '<w:tblW w:type="pct" w:w="5000"/>' : `<w:tblW w:type="dxa" w:w="${fixedWidth}"/>`;
  return `<w:tbl><w:tblPr>${width}${BORDERS}${fixedWidth === undefined ? '' : '<w:tblLayout w:type="fixed"/>'}</w:tblPr>`
    + `<w:tblGrid>${grid.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
}

export const TABLE_END = '</w:tbl>';

export interface Cell {
  paragraph: Paragraph;
  /** In twips, where the table's columns are fixed. */
  width?: number;
  /** The background, hex RGB. */
  fill?: string;
}

/**
 * A row that never splits across pages. `header`: repeated on every page (true), or said not to be (false);
 * left out, the row says nothing of it.
 */
export function tableRow(cells: Cell[], header?: boolean): string {
  const repeat = header === undefined ? '' : header ? '<w:tblHeader/>' : '<w:tblHeader w:val="off"/>';
  return `<w:tr><w:trPr><w:cantSplit/>${repeat}</w:trPr>${cells.map(cellXml).join('')}</w:tr>`;
}

function cellXml({ paragraph: p, width, fill }: Cell): string {
  const props = (width === undefined ? '' : `<w:tcW w:type="dxa" w:w="${width}"/>`)
    + (fill ? `<w:shd w:fill="${fill}" w:color="auto" w:val="clear"/>` : '');
  return `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}${paragraphXml(p)}</w:tc>`;
}

/** English Metric Units per CSS pixel (96 to the inch). */
const EMU_PER_PIXEL = 9525;

export interface Picture {
  /** Its relationship's id in document.xml.rels. */
  relationship: string;
  /** The drawing's number in the document, from 1. */
  id: number;
  /** In CSS pixels. */
  width: number;
  height: number;
  title: string;
  /** What it shows, in words, for a screen reader. */
  description: string;
}

/** An inline picture, with its title and description as the alternative text. */
export function pictureRun(picture: Picture): string {
  const size = `cx="${picture.width * EMU_PER_PIXEL}" cy="${picture.height * EMU_PER_PIXEL}"`;
  const a = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';
  const title = escapeXml(picture.title);
  return '<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
    + `<wp:extent ${size}/><wp:effectExtent t="0" r="0" b="0" l="0"/>`
    + `<wp:docPr id="${picture.id}" name="${title}" descr="${escapeXml(picture.description)}" title="${title}"/>`
    + `<wp:cNvGraphicFramePr><a:graphicFrameLocks ${a} noChangeAspect="1"/></wp:cNvGraphicFramePr>`
    + `<a:graphic ${a}><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">`
    + '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">'
    + '<pic:nvPicPr><pic:cNvPr id="0" name="" descr=""/><pic:cNvPicPr><a:picLocks noChangeAspect="1" noChangeArrowheads="1"/></pic:cNvPicPr></pic:nvPicPr>'
    + `<pic:blipFill><a:blip r:embed="${picture.relationship}" cstate="none"/><a:srcRect/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>`
    + `<pic:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext ${size}/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>`
    + '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>';
}
