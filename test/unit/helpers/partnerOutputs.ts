// Every partner output of one notes text, made in process as the CLI makes them: the partners' report (md, html,
// Word) from the notes' text, the partners' view's summary and CSV, and the Word file with every part of its zip read as text.
import JSZip from 'jszip';
import { parseSession } from '../../../src/core/parse/parser';
import { partnerView } from '../../../src/core/report/audience';
import { reportOf, summarizeSession } from '../../../src/core/report/overview';
import { REPORT_FORMATS } from '../../../src/core/render/formats';
import { documentDocx } from '../../../src/core/render/report/docx';
import { partnerDocument, renderPartnerReport } from '../../../src/core/render/report/partnerReport';
import { NotesText } from '../../../src/core/report/partnerReport';
import { BUILTIN_VOCABULARY, Lang } from '../../../src/core/vocabulary/vocabulary';

export const PARTNER_FORMATS = ['md', 'html', 'json', 'csv', 'docx'] as const;
export type PartnerFormat = (typeof PARTNER_FORMATS)[number];

/** The partners' outputs of the notes, by format, with the thermometer's course. */
export async function partnerOutputs(notes: string, lang: Lang = 'nl', file = 'notes/2026-04-09-overleg.md'): Promise<Record<PartnerFormat, string>> {
  const outputs = textOutputs({ file, text: notes }, lang) as Record<TextFormat, string>;
  return { ...outputs, docx: await wordParts(await documentDocx(partnerDocument({ file, text: notes }, { lang, vocabulary: BUILTIN_VOCABULARY, thermometer: true }))) };
}

type TextFormat = Exclude<PartnerFormat, 'docx'>;

/** The text formats' partner outputs (or only `only`'s) of one notes text. */
export function textOutputs(notes: NotesText, lang: Lang, only?: TextFormat): Partial<Record<TextFormat, string>> {
  const outputs: Partial<Record<TextFormat, string>> = {};
  for (const format of only ? [only] : (['md', 'html', 'json', 'csv'] as const)) {
    if (format === 'md' || format === 'html') {
      outputs[format] = renderPartnerReport(notes, { format, lang, vocabulary: BUILTIN_VOCABULARY, thermometer: true, readings: false });
      continue;
    }
    const view = partnerView(parseSession(notes.text, { file: notes.file }));
    const report = reportOf([summarizeSession(view, BUILTIN_VOCABULARY)], BUILTIN_VOCABULARY);
    outputs[format] = REPORT_FORMATS[format].render(report, lang, [view], BUILTIN_VOCABULARY, { audience: 'partners' });
  }
  return outputs;
}

/** Every part of a Word file (document, properties, styles...) as one text, XML and all. */
export async function wordParts(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).sort();
  return (await Promise.all(names.map((name) => zip.file(name)?.async('string') ?? ''))).join('\n');
}
