// Reads a .docx back with mammoth, an independent Word reader: its raw text, and its tables as rows of cell texts.
import * as mammoth from 'mammoth';

export async function wordText(bytes: Uint8Array): Promise<string> {
  return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
}

const decode = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

export async function wordTables(bytes: Uint8Array): Promise<string[][][]> {
  const html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
  return [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((t) =>
    [...t[1].matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1].matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => decode(c[1]))));
}

/** The headings mammoth maps from Word's heading styles, as [level, text]. */
export async function wordHeadings(bytes: Uint8Array): Promise<[number, string][]> {
  const html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
  return [...html.matchAll(/<h(\d)>([\s\S]*?)<\/h\d>/g)].map((m) => [Number(m[1]), decode(m[2])]);
}
