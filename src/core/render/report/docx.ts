// A report document as a Word file: real headings, lists and tables, written as OOXML by our own writer
// (wordBody.ts, wordPackage.ts) and zipped as it is written (wordZip.ts), so memory grows with the zipped
// file, not with a model of the document. Bundled on its own as dist/docx.js and loaded only when a Word
// file is asked for. Charts come as PNG bytes made by an adapter (io/chartPng.ts): this stays pure.
import type { ReportDocument } from './reportDocument';
import { bodyXml, NextPicture } from './wordBody';
import {
  contentTypes, coreProperties, DOCUMENT_END, DOCUMENT_START, documentRels, footer, FRAME, header, NUMBERING, PACKAGE_RELS, pictureName,
  pictureRelationship, SETTINGS, styles,
} from './wordPackage';
import { WordZip } from './wordZip';

/** The date of a Word file whose notes tell none: the first a zip entry can hold. */
const ZIP_EPOCH = new Date('1980-01-01T00:00:00Z');

export interface DocxOptions {
  /** The PNG of each chart of the document, in order (reportDocument.ts's chartSvgs, rendered). */
  chartImages?: readonly Uint8Array[];
}

/**
 * The .docx file's bytes; the same for the same document and `date` (see core/report/documentDate.ts), which
 * is its created and modified date and its zip entries' time.
 */
export async function documentDocx(doc: ReportDocument, date: Date = ZIP_EPOCH, options: DocxOptions = {}): Promise<Uint8Array> {
  const images = options.chartImages ?? [];
  let drawn = 0;
  const nextPicture: NextPicture = () => (drawn < images.length ? { relationship: pictureRelationship(++drawn), id: drawn } : undefined);
  const zip = new WordZip();
  zip.text('[Content_Types].xml', [contentTypes(Boolean(doc.page))]);
  zip.text('_rels/.rels', [PACKAGE_RELS]);
  zip.text('docProps/core.xml', [coreProperties(doc.title, date)]);
  zip.text('word/document.xml', documentXml(doc, nextPicture));
  zip.text('word/_rels/document.xml.rels', [documentRels(Boolean(doc.page), drawn)]);
  zip.text('word/styles.xml', [styles(doc.lang)]);
  zip.text('word/numbering.xml', [NUMBERING]);
  zip.text('word/settings.xml', [SETTINGS]);
  if (doc.page) {
    zip.text('word/header1.xml', [header(doc.page)]);
    zip.text('word/footer1.xml', [footer(doc.page)]);
  }
  for (let id = 1; id <= drawn; id++) zip.bytes(`word/${pictureName(id)}`, images[id - 1]);
  return zip.finish(date);
}

/** word/document.xml in pieces, as the body's elements are written. */
function* documentXml(doc: ReportDocument, nextPicture: NextPicture): Generator<string> {
  yield DOCUMENT_START;
  yield* bodyXml(doc, nextPicture, doc.page ? FRAME : undefined);
  yield DOCUMENT_END;
}
