// A report as plain structure (headings, fields, lists, tables), written out by one writer per format:
// HTML and Markdown here, Word in docx.ts. Builders (partnerReport.ts, facilitatorDocument.ts) decide
// what goes in; the writers only decide how it looks, and escape every text.
import { escapeHtml, escapeMarkdown } from '../shared/escape';
import { HtmlOptions, renderPage } from '../overview/html';
import { Lang } from '../../vocabulary/vocabulary';

export interface ListItem {
  text: string;
  /** Shown after the text, set off: the party of an observation, a lock. */
  aside?: string;
}

export type Block =
  | { kind: 'heading'; level: 3 | 4; text: string }
  | { kind: 'paragraph'; text: string }
  /** 'Label: value' lines, such as the date and the people under a title. */
  | { kind: 'fields'; fields: [string, string][] }
  | { kind: 'list'; items: ListItem[] }
  /** `numeric`: the columns (by index) whose cells are counts, aligned to the right. */
  | { kind: 'table'; head: string[]; rows: string[][]; numeric: number[] };

export interface ReportSection { id: string; heading: string; blocks: Block[] }

/** One session's part of the report: its title (a first-level heading), fields, then sections. */
export interface ReportPart { title: string; fields: [string, string][]; sections: ReportSection[] }

export interface ReportDocument { lang: Lang; title: string; parts: ReportPart[] }

/** Extra rules for a printed report: A4, each section on a new page, no row or item cut across pages, headers repeated. */
export const REPORT_PRINT_CSS = `
.report-part + .report-part { break-before: page; }
table.report { width: 100%; margin: 4px 0 10px; }
table.report td.num, table.report th.num { text-align: right; font-variant-numeric: tabular-nums; }
.aside { color: var(--muted); }
.fields { margin: 2px 0; }
@page { size: A4; margin: 18mm 16mm; }
@media print {
  section.report-section { break-before: page; }
  tr, li, .fields { break-inside: avoid; }
  thead { display: table-header-group; }
  h1, h2, h3, h4 { break-after: avoid; }
}
`;

/** One self-contained HTML file, with the overview's CSP and stylesheet plus the print rules. */
export function documentHtml(doc: ReportDocument, options: Omit<HtmlOptions, 'webview'> = { lang: doc.lang }): string {
  return renderPage(doc.parts.map(partHtml).join('\n'), doc.title, documentPage(doc.lang, options));
}

/** The page options of a document's HTML file. */
export function documentPage(lang: Lang, options: Omit<HtmlOptions, 'webview'>): HtmlOptions {
  return { ...options, lang, style: REPORT_PRINT_CSS };
}

/** One part as HTML; documentHtml puts a line between parts. */
export function partHtml(part: ReportPart): string {
  return `<article class="report-part"><header><h1>${escapeHtml(part.title)}</h1>\n`
    + part.fields.map(([label, value]) => `<p class="fields"><strong>${escapeHtml(label)}:</strong> ${escapeHtml(value)}</p>`).join('\n')
    + '</header>\n'
    + part.sections.map((s) => `<section id="${escapeHtml(s.id)}" class="report-section" aria-labelledby="h-${escapeHtml(s.id)}">`
      + `<h2 id="h-${escapeHtml(s.id)}">${escapeHtml(s.heading)}</h2>\n${s.blocks.map(blockHtml).join('\n')}\n</section>`).join('\n')
    + '</article>';
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'heading': return `<h${block.level}>${escapeHtml(block.text)}</h${block.level}>`;
    case 'paragraph': return `<p>${escapeHtml(block.text)}</p>`;
    case 'fields': return block.fields.map(([label, value]) => `<p class="fields"><strong>${escapeHtml(label)}:</strong> ${escapeHtml(value)}</p>`).join('\n');
    case 'list': return `<ul>${block.items.map((item) => `<li>${escapeHtml(item.text)}${item.aside ? ` <span class="aside">(${escapeHtml(item.aside)})</span>` : ''}</li>`).join('\n')}</ul>`;
    case 'table': {
      const cls = (i: number) => (block.numeric.includes(i) ? ' class="num"' : '');
      return `<table class="report"><thead><tr>${block.head.map((h, i) => `<th scope="col"${cls(i)}>${escapeHtml(h)}</th>`).join('')}</tr></thead>\n<tbody>\n`
        + block.rows.map((row) => `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row">${escapeHtml(cell)}</th>` : `<td${cls(i)}>${escapeHtml(cell)}</td>`)).join('')}</tr>`).join('\n')
        + '\n</tbody></table>';
    }
  }
}

/** The same document as Markdown: headings one level per depth, lists, pipe tables. */
export function documentMarkdown(doc: ReportDocument): string {
  return doc.parts.map(partMarkdown).join('\n\n') + '\n';
}

/** One part as Markdown; documentMarkdown puts an empty line between parts. */
export function partMarkdown(part: ReportPart): string {
  return [
    `# ${escapeMarkdown(part.title)}`,
    ...(part.fields.length ? [fieldsMarkdown(part.fields)] : []),
    ...part.sections.flatMap((s) => [`## ${escapeMarkdown(s.heading)}`, ...s.blocks.map(blockMarkdown)]),
  ].join('\n\n');
}

function fieldsMarkdown(fields: [string, string][]): string {
  return fields.map(([label, value]) => `**${escapeMarkdown(label)}:** ${escapeMarkdown(value)}`).join('  \n');
}

function blockMarkdown(block: Block): string {
  switch (block.kind) {
    case 'heading': return `${'#'.repeat(block.level)} ${escapeMarkdown(block.text)}`;
    case 'paragraph': return escapeMarkdown(block.text);
    case 'fields': return fieldsMarkdown(block.fields);
    case 'list': return block.items.map((item) => `- ${escapeMarkdown(item.text)}${item.aside ? ` *(${escapeMarkdown(item.aside)})*` : ''}`).join('\n');
    case 'table': {
      const row = (cells: string[]) => `| ${cells.map(escapeMarkdown).join(' | ')} |`;
      const rule = `| ${block.head.map((_, i) => (block.numeric.includes(i) ? '--:' : ':--')).join(' | ')} |`;
      return [row(block.head), rule, ...block.rows.map(row)].join('\n');
    }
  }
}
