// Which bytes are notes: UTF-8 text without NUL bytes. The CLI and the workspace scan skip the rest, both
// saying why in the same words (UTF-16 by name), instead of parsing binary or wrongly decoded text.
import type { Lang } from '../vocabulary/vocabulary';

/** The largest notes file read (50 MB); a larger one is refused with a message instead of exhausting memory. */
export const MAX_NOTES_BYTES = 50 * 1024 * 1024;

export type Unreadable = 'binary' | 'utf16' | 'encoding';

export type NotesText = { text: string } | { unreadable: Unreadable };

const UNREADABLE: Record<Lang, Record<Unreadable, string>> = {
  en: {
    binary: 'not a text file (it contains NUL bytes)',
    utf16: 'UTF-16 is not supported; save the file as UTF-8',
    encoding: 'not UTF-8 text (invalid byte sequence)',
  },
  nl: {
    binary: 'geen tekstbestand (er staan NUL-bytes in)',
    utf16: 'UTF-16 wordt niet ondersteund; sla het bestand op als UTF-8',
    encoding: 'geen UTF-8-tekst: sla het bestand op als UTF-8',
  },
};

/** Why a file is not read as notes, in a few words a person can act on. */
export function unreadableReason(why: Unreadable, lang: Lang): string {
  return UNREADABLE[lang][why];
}

/** The text of UTF-8 bytes (a BOM kept for the parser), or why it is not notes text. */
export function decodeNotes(bytes: Uint8Array): NotesText {
  if (isUtf16(bytes)) return { unreadable: 'utf16' };
  if (bytes.includes(0)) return { unreadable: 'binary' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { unreadable: 'encoding' };
  }
}

/**
 * UTF-16 text (as Windows tools often save it), by its byte order mark or else by its NUL bytes: in the first
 * kilobyte, at least 40% of the code units have a NUL half, almost always the same half (the other at most 5%).
 */
function isUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  const units = Math.min(bytes.length, 1024) >> 1;
  const nuls = [0, 0];
  for (let i = 0; i < units * 2; i++) if (bytes[i] === 0) nuls[i & 1]++;
  const [more, fewer] = nuls[0] > nuls[1] ? nuls : [nuls[1], nuls[0]];
  return units > 0 && more >= units * 0.4 && fewer <= units * 0.05;
}
