// The preview of the partner report: the export's own HTML, made a webview page (its CSP with a nonce,
// a toolbar) with a "Leave out" button on each paragraph and list item the notes' lines can be found for.
// Pure: no vscode, so unit tests check it.
import { Session } from '../core/parse/model';
import { escapeHtml } from '../core/render/shared/escape';

export interface PreviewHosting {
  nonce: string;
  cspSource: string;
  scriptUri: string;
  /** Button texts in the UI language. */
  leaveOut: string;
  exportLabel: string;
}

/** The page, and the notes lines its Leave out buttons name (the only lines a message may ask to mark). */
export interface PreviewPage {
  html: string;
  lines: number[];
}

const STYLE = '.preview-toolbar{position:sticky;top:0;display:flex;gap:.5em;padding:.4em 0;background:Canvas}'
  + 'button.leave-out{margin-left:.6em;font-size:.8em}button.leave-out:focus-visible{outline:2px solid Highlight}';

/** Makes the report's HTML file a webview page; nothing of the report's own markup changes but the added buttons. */
export function previewPage(reportHtml: string, session: Session, notes: string, hosting: PreviewHosting): PreviewPage {
  const nonce = escapeHtml(hosting.nonce);
  const csp = `default-src 'none'; img-src ${hosting.cspSource} data:; style-src 'nonce-${hosting.nonce}'; script-src 'nonce-${hosting.nonce}'`;
  const source = notes.split(/\r?\n/);
  const lines = new Set<number>();
  const withButtons = reportHtml.replace(/(<(li|p)>)([^<]+)/g, (whole, open: string, _tag: string, text: string) => {
    const line = sourceLine(text, session, source);
    if (line === undefined) return whole;
    lines.add(line);
    return `${open}${text}<button type="button" class="leave-out" data-line="${line}">${escapeHtml(hosting.leaveOut)}</button>`;
  });
  const html = withButtons
    .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`)
    .replace(/<style(?=[\s>])/g, `<style nonce="${nonce}"`)
    .replace('</head>', `<style nonce="${nonce}">${STYLE}</style></head>`)
    .replace(/<body([^>]*)>/, `<body$1><nav class="preview-toolbar"><button type="button" data-command="export">${escapeHtml(hosting.exportLabel)}</button></nav>`)
    .replace('</body>', `<script nonce="${nonce}" src="${escapeHtml(hosting.scriptUri)}"></script></body>`);
  return { html, lines: [...lines].sort((a, b) => a - b) };
}

/**
 * The 1-based notes line a report text (as escaped HTML) comes from: an observation, action or decision with that
 * text, else the first line after the front matter whose words (without tags and emphasis) hold it.
 */
export function sourceLine(html: string, session: Session, source: readonly string[]): number | undefined {
  const shown = html.trim();
  if (shown === '' || shown === '…') return undefined;
  const items = [...session.observations.map((o) => ({ text: o.text, line: o.startLine })), ...session.actions, ...session.decisions];
  const item = items.find((i) => escapeHtml(i.text) === shown);
  if (item) return item.line;
  const from = session.frontMatterLines ? session.frontMatterLines.end : 0;
  const words = (line: string) => escapeHtml(line.replace(/(^|\s)#[^\s#]+/g, '$1').replace(/[*_`]/g, '').replace(/\s+/g, ' '));
  const index = source.findIndex((line, i) => i >= from && words(line).includes(shown));
  return index < 0 ? undefined : index + 1;
}
