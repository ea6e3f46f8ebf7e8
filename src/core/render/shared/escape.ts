// Note text is untrusted: everything that reaches HTML goes through here.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const SPECIAL = /[&<>"']/g;
const ANY_SPECIAL = /[&<>"']/;

/** Escapes text for HTML element content and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return ANY_SPECIAL.test(text) ? text.replace(SPECIAL, (c) => ENTITIES[c]) : text;
}

/** Control characters, lone surrogates and U+FFFE/U+FFFF: not allowed anywhere in an XML 1.0 document. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text with what XML cannot hold removed (untrusted note text goes into XML files too). */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

const XML_ENTITIES: Record<string, string> = { ...ENTITIES, "'": '&apos;' };

/** Escapes text for XML element content and quoted attribute values, dropping what XML cannot hold. */
export function escapeXml(text: string): string {
  return xmlSafe(text).replace(SPECIAL, (c) => XML_ENTITIES[c]);
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
