// A report as plain structure (headings, fields, lists, tables), written out by one writer per format:
// HTML and Markdown here, Word in docx.ts. Builders (partnerReport.ts, facilitatorDocument.ts) decide
// what goes in; the writers only decide how it looks, and escape every text.
import { escapeHtml, escapeMarkdown } from '../shared/escape';
import { HtmlOptions, pageClosing, pageOpening } from '../overview/html';
import { Lang } from '../../vocabulary/vocabulary';
import { HeatMap, heatMapSvg } from './heatmap';
import { batched } from '../shared/pieces';

export interface ListItem {
  text: string;
  /** Shown after the text, set off: the party of an observation, a lock. */
  aside?: string;
  /** The items nested under it. */
  items?: ListItem[];
}

export type Block =
  | { kind: 'heading'; level: 3 | 4; text: string }
  | { kind: 'paragraph'; text: string }
  /** 'Label: value' lines, such as the date and the people under a title. */
  | { kind: 'fields'; fields: [string, string][] }
  | { kind: 'list'; items: ListItem[] }
  /** `numeric`: the columns (by index) whose cells are counts, aligned to the right. */
  /** `widths`: each column's share of the width in percent, where the content asks for it. */
  | { kind: 'table'; head: string[]; rows: string[][]; numeric: number[]; widths?: number[] }
  /** A heat map, with a line that says what its counts count. */
  | { kind: 'chart'; map: HeatMap; note: string };

/**
 * `blocks` may be made as they are read (a large file's partners' report): a writer reads each section's blocks to
 * their end before it asks for the next section, and reads them once.
 */
export interface ReportSection { id: string; heading: string; blocks: Iterable<Block> }

/** One session's part of the report: a kicker above the title ('Report'), its title (a first-level heading), fields, then sections. */
export interface ReportPart { kicker?: string; title: string; fields: [string, string][]; sections: Iterable<ReportSection> }

/** `page`: a printed page's header text and the footer's words ('Page', 'of'), where the document has them. */
export interface ReportDocument { lang: Lang; title: string; page?: { header: string; page: string; of: string }; parts: ReportPart[] }

/** The SVG of each chart in the document, in order: what an adapter renders to PNG for the Word file. */
export function chartSvgs(doc: ReportDocument): string[] {
  const svgs: string[] = [];
  // Section by section, each read to its end: the order a document made as it is read asks for.
  for (const part of doc.parts) for (const s of part.sections) for (const b of s.blocks) if (b.kind === 'chart') svgs.push(heatMapSvg(b.map));
  return svgs;
}

/**
 * Extra rules for a printed report: A4; a section starts a new page only when it does not fit on this one;
 * no row or item cut across pages, headers repeated; tables wrap their text rather than run off the page.
 */
export const REPORT_PRINT_CSS = `
.report-part + .report-part { break-before: page; }
.kicker { margin: 0; color: var(--muted); text-transform: uppercase; letter-spacing: .08em; font-size: .85em; }
table.report { width: 100%; max-width: 100%; margin: 4px 0 10px; table-layout: auto; }
table.report th, table.report td { overflow-wrap: break-word; word-break: normal; hyphens: manual; }
figure.chart { margin: 8px 0; }
figure.chart svg { max-width: 100%; height: auto; }
figure.chart figcaption { color: var(--muted); font-size: .9em; }
table.report td.num, table.report th.num { text-align: right; font-variant-numeric: tabular-nums; }
.aside { color: var(--muted); }
.fields { margin: 2px 0; }
@page { size: A4; margin: 18mm 16mm; }
@media print {
  section.report-section { break-inside: avoid-page; }
  tr, li, .fields, figure.chart { break-inside: avoid; }
  body { max-width: none; }
  thead { display: table-header-group; }
  h1, h2, h3, h4 { break-after: avoid; }
}
`;

/** One self-contained HTML file, with the overview's CSP and stylesheet plus the print rules. */
export function documentHtml(doc: ReportDocument, options: Omit<HtmlOptions, 'webview'> = { lang: doc.lang }): string {
  return [...documentHtmlChunks(doc, options)].join('');
}

/**
 * documentHtml in pieces of about 64K characters (batched), for a writer that writes each as it comes: a large
 * report is never one string.
 */
export function documentHtmlChunks(doc: ReportDocument, options: Omit<HtmlOptions, 'webview'> = { lang: doc.lang }): Generator<string> {
  const page = documentPage(doc.lang, options);
  return batched(function* () {
    yield pageOpening(doc.title, page);
    for (const [i, part] of doc.parts.entries()) {
      if (i > 0) yield '\n';
      yield* partHtmlPieces(part);
    }
    yield pageClosing(page);
  }());
}

/** The page options of a document's HTML file. */
export function documentPage(lang: Lang, options: Omit<HtmlOptions, 'webview'>): HtmlOptions {
  return { ...options, lang, style: REPORT_PRINT_CSS };
}

/** One part as HTML; documentHtml puts a line between parts. */
export function partHtml(part: ReportPart): string {
  return [...partHtmlPieces(part)].join('');
}

function* partHtmlPieces(part: ReportPart): Generator<string> {
  yield `<article class="report-part"><header>${part.kicker ? `<p class="kicker">${escapeHtml(part.kicker)}</p>` : ''}<h1>${escapeHtml(part.title)}</h1>\n`
    + part.fields.map(([label, value]) => `<p class="fields"><strong>${escapeHtml(label)}:</strong> ${escapeHtml(value)}</p>`).join('\n')
    + '</header>\n';
  let i = 0;
  for (const s of part.sections) {
    yield `${i++ > 0 ? '\n' : ''}<section id="${escapeHtml(s.id)}" class="report-section" aria-labelledby="h-${escapeHtml(s.id)}">`
      + `<h2 id="h-${escapeHtml(s.id)}">${escapeHtml(s.heading)}</h2>\n`;
    let j = 0;
    for (const block of s.blocks) yield (j++ > 0 ? '\n' : '') + blockHtml(block);
    yield '\n</section>';
  }
  yield '</article>';
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'heading': return `<h${block.level}>${escapeHtml(block.text)}</h${block.level}>`;
    case 'paragraph': return `<p>${escapeHtml(block.text)}</p>`;
    case 'fields': return block.fields.map(([label, value]) => `<p class="fields"><strong>${escapeHtml(label)}:</strong> ${escapeHtml(value)}</p>`).join('\n');
    case 'list': return listHtml(block.items);
    case 'chart': return `<figure class="chart">${heatMapSvg(block.map)}<figcaption>${escapeHtml(block.note)}</figcaption></figure>`;
    case 'table': {
      const cls = (i: number) => (block.numeric.includes(i) ? ' class="num"' : '');
      return `<table class="report"><thead><tr>${block.head.map((h, i) => `<th scope="col"${cls(i)}>${escapeHtml(h)}</th>`).join('')}</tr></thead>\n<tbody>\n`
        + block.rows.map((row) => `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row">${escapeHtml(cell)}</th>` : `<td${cls(i)}>${escapeHtml(cell)}</td>`)).join('')}</tr>`).join('\n')
        + '\n</tbody></table>';
    }
  }
}

function listHtml(items: ListItem[]): string {
  return `<ul>${items.map((item) => `<li>${escapeHtml(item.text)}${item.aside ? ` <span class="aside">(${escapeHtml(item.aside)})</span>` : ''}`
    + `${item.items?.length ? listHtml(item.items) : ''}</li>`).join('\n')}</ul>`;
}

/** The same document as Markdown: headings one level per depth, lists, pipe tables. */
export function documentMarkdown(doc: ReportDocument): string {
  return [...documentMarkdownChunks(doc)].join('');
}

/** documentMarkdown in pieces, as documentHtmlChunks. */
export function documentMarkdownChunks(doc: ReportDocument): Generator<string> {
  return batched(function* () {
    for (const [i, part] of doc.parts.entries()) {
      if (i > 0) yield '\n\n';
      yield* partMarkdownPieces(part);
    }
    yield '\n';
  }());
}

/** One part as Markdown; documentMarkdown puts an empty line between parts. */
export function partMarkdown(part: ReportPart): string {
  return [...partMarkdownPieces(part)].join('');
}

/** The part's paragraphs, headings, lists and tables, an empty line between each two. */
function* partMarkdownPieces(part: ReportPart): Generator<string> {
  if (part.kicker) yield `*${escapeMarkdown(part.kicker)}*\n\n`;
  yield `# ${escapeMarkdown(part.title)}`;
  if (part.fields.length) yield `\n\n${fieldsMarkdown(part.fields)}`;
  for (const s of part.sections) {
    yield `\n\n## ${escapeMarkdown(s.heading)}`;
    for (const block of s.blocks) yield `\n\n${blockMarkdown(block)}`;
  }
}

function fieldsMarkdown(fields: [string, string][]): string {
  return fields.map(([label, value]) => `**${escapeMarkdown(label)}:** ${escapeMarkdown(value)}`).join('  \n');
}

function blockMarkdown(block: Block): string {
  switch (block.kind) {
    case 'heading': return `${'#'.repeat(block.level)} ${escapeMarkdown(block.text)}`;
    case 'paragraph': return escapeMarkdown(block.text);
    case 'fields': return fieldsMarkdown(block.fields);
    case 'list': return listMarkdown(block.items, '');
    case 'chart': return [tableMarkdown([block.map.title, ...block.map.columns], block.map.rows.map((r, i) => [r, ...block.map.counts[i].map(String)]),
      block.map.columns.map((_, i) => i + 1)), escapeMarkdown(block.note)].join('\n\n');
    case 'table': return tableMarkdown(block.head, block.rows, block.numeric);
  }
}

function listMarkdown(items: ListItem[], indent: string): string {
  return items.map((item) => `${indent}- ${escapeMarkdown(item.text)}${item.aside ? ` *(${escapeMarkdown(item.aside)})*` : ''}`
    + (item.items?.length ? `\n${listMarkdown(item.items, `${indent}  `)}` : '')).join('\n');
}

function tableMarkdown(head: string[], rows: string[][], numeric: number[]): string {
  const row = (cells: string[]) => `| ${cells.map(escapeMarkdown).join(' | ')} |`;
  const rule = `| ${head.map((_, i) => (numeric.includes(i) ? '--:' : ':--')).join(' | ')} |`;
  return [row(head), rule, ...rows.map(row)].join('\n');
}
