// Note text is untrusted: everything that reaches HTML goes through here.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const SPECIAL = /[&<>"']/g;
const ANY_SPECIAL = /[&<>"']/;

/** Escapes text for HTML element content and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return ANY_SPECIAL.test(text) ? text.replace(SPECIAL, (c) => ENTITIES[c]) : text;
}

/** A CSS class or id fragment built from data (term ids from a team's vocabulary): only [a-z0-9_-] survive. */
export function cssIdent(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9_-]+/g, '-');
}

/**
 * Backslash-escapes what Markdown would read as markup or HTML (a leading list marker included) and
 * folds line breaks, so untrusted text stays one line of plain text in a report or hover.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[\\`*_[\]<>|#&~!]/g, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2').replace(/^[-+]/, '\\$&');
}
