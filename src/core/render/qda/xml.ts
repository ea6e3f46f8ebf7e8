// A small XML writer for the REFI-QDA files: elements as data, written with every attribute and text
// escaped. Note text is untrusted: characters XML 1.0 cannot hold are dropped before anything is written
// (xmlSafe, also for the plain-text sources, so positions agree).
import { xmlSafe } from '../shared/escape';

export interface XmlElement {
  name: string;
  attributes?: Record<string, string | number | boolean | undefined>;
  children?: XmlElement[];
  text?: string;
}


const TEXT_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\n': '&#10;', '\r': '&#13;', '\t': '&#9;' };

function escapeText(text: string): string {
  return xmlSafe(text).replace(/[&<>\r]/g, (c) => TEXT_ENTITIES[c]);
}

function escapeAttribute(value: string): string {
  return xmlSafe(value).replace(/[&<>"\n\r\t]/g, (c) => TEXT_ENTITIES[c]);
}

/** The document: declaration, the root with its namespace, two-space indents, LF line ends. */
export function xmlDocument(root: XmlElement, namespace: string): string {
  const withNamespace = { ...root, attributes: { xmlns: namespace, ...root.attributes } };
  return `<?xml version="1.0" encoding="utf-8"?>\n${element(withNamespace, '')}\n`;
}

function element(e: XmlElement, indent: string): string {
  const attributes = Object.entries(e.attributes ?? {})
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeAttribute(String(v))}"`)
    .join('');
  const open = `${indent}<${e.name}${attributes}`;
  if (e.text !== undefined) return `${open}>${escapeText(e.text)}</${e.name}>`;
  if (!e.children?.length) return `${open}/>`;
  return `${open}>\n${e.children.map((c) => element(c, `${indent}  `)).join('\n')}\n${indent}</${e.name}>`;
}
