// A Word file's zip, written as its parts come: each part's text is deflated in pieces by fflate's streaming
// Zip, so only the compressed bytes are kept, never a whole part's XML. Synchronous, and runs in a browser.
import { strToU8, Zip, ZipDeflate, ZipInputFile, ZipPassThrough } from 'fflate';

/** Text gathered before it is deflated: large enough that the deflater gets whole blocks, small beside any heap. */
const PIECE = 1 << 16;
/** A time every zip entry can hold in any time zone; stampZipEntries writes the file's own date over it. */
const PLACEHOLDER_TIME = new Date('1990-06-15T12:00:00Z');

export class WordZip {
  private readonly chunks: Uint8Array[] = [];
  private failure: Error | null = null;
  private readonly zip = new Zip((error, chunk) => {
    if (error) this.failure = error;
    else this.chunks.push(chunk);
  });

  /** A part of text, deflated piece by piece as `pieces` yields it. */
  text(name: string, pieces: Iterable<string>): void {
    const file = this.add(new ZipDeflate(name, { level: 6 }));
    let gathered = '';
    for (const piece of pieces) {
      gathered += piece;
      if (gathered.length >= PIECE) {
        file.push(strToU8(gathered));
        gathered = '';
      }
    }
    file.push(strToU8(gathered), true);
  }

  /** A part already compressed (a PNG), stored as it is. */
  bytes(name: string, data: Uint8Array): void {
    this.add(new ZipPassThrough(name)).push(data, true);
  }

  /** The zip's bytes, every entry dated `date`. */
  finish(date: Date): Uint8Array {
    this.zip.end();
    if (this.failure) throw this.failure;
    const length = this.chunks.reduce((sum, c) => sum + c.length, 0);
    const bytes = new Uint8Array(length);
    let at = 0;
    for (const chunk of this.chunks.splice(0)) {
      bytes.set(chunk, at);
      at += chunk.length;
    }
    stampZipEntries(bytes, date);
    return bytes;
  }

  private add<T extends ZipInputFile>(file: T): T {
    file.mtime = PLACEHOLDER_TIME;
    this.zip.add(file);
    return file;
  }
}

/**
 * Sets the time of every entry of a zip file without a comment to `date`, in its local and central headers, in
 * place: an MS-DOS time, read as UTC so it does not depend on the time zone (fflate writes the local time).
 */
function stampZipEntries(zip: Uint8Array, date: Date): void {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  if (end < 0 || view.getUint32(end, true) !== 0x06054b50) throw new Error('unexpected Word file layout: no zip end record');
  const year = Math.min(Math.max(date.getUTCFullYear(), 1980), 2107);
  const time = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1);
  const day = ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  let at = view.getUint32(end + 16, true);
  for (let i = view.getUint16(end + 10, true); i > 0; i--) {
    const local = view.getUint32(at + 42, true);
    for (const offset of [at + 12, local + 10]) {
      view.setUint16(offset, time, true);
      view.setUint16(offset + 2, day, true);
    }
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
}
