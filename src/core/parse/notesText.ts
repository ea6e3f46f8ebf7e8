// Which bytes are notes: UTF-8 text without NUL bytes. The CLI and the workspace scan skip the rest,
// each saying why, instead of parsing binary or wrongly decoded text.

/** The largest notes file read (50 MB); a larger one is refused with a message instead of exhausting memory. */
export const MAX_NOTES_BYTES = 50 * 1024 * 1024;

export type NotesText = { text: string } | { unreadable: 'binary' | 'encoding' };

/** The text of UTF-8 bytes (a BOM kept for the parser), or why it is not notes text. */
export function decodeNotes(bytes: Uint8Array): NotesText {
  if (bytes.includes(0)) return { unreadable: 'binary' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { unreadable: 'encoding' };
  }
}
