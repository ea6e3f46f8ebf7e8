// Text made in pieces, so a large report is written as it is made, never held as one string.

/** Characters per piece of a text written in pieces: few writes, and no piece near the text's size. */
const CHUNK = 1 << 16;

/** The pieces joined into strings of about CHUNK characters (a piece larger than that stays whole). */
export function* batched(pieces: Iterable<string>): Generator<string> {
  let batch: string[] = [];
  let size = 0;
  for (const piece of pieces) {
    batch.push(piece);
    size += piece.length;
    if (size < CHUNK) continue;
    yield batch.join('');
    [batch, size] = [[], 0];
  }
  if (batch.length) yield batch.join('');
}

/** The parts with `separator` between each two, as `parts.join(separator)`; a part may come in pieces, made when read. */
export function* joinedParts(parts: Iterable<string | Iterable<string>>, separator: string): Generator<string> {
  let first = true;
  for (const part of parts) {
    if (!first) yield separator;
    first = false;
    if (typeof part === 'string') yield part;
    else yield* part;
  }
}

/** Each item's text with `separator` between each two, as `items.map(text).join(separator)`, made as they are read. */
export function* joinedPieces<T>(items: Iterable<T>, text: (item: T) => string, separator = '\n'): Generator<string> {
  let first = true;
  for (const item of items) {
    yield first ? text(item) : separator + text(item);
    first = false;
  }
}

/**
 * JSON.stringify(value, null, 2) in pieces, each line after the first indented by `indent` more (as the text's
 * `replace(/\n/g, '\n' + indent)`): the same bytes. For plain data, as the report schemas describe it.
 */
export function* jsonPieces(value: unknown, indent = ''): Generator<string> {
  if (isFlat(value)) {
    yield (JSON.stringify(value, null, 2) ?? 'null').replace(/\n/g, `\n${indent}`);
    return;
  }
  const inner = `${indent}  `;
  const isArray = Array.isArray(value);
  // Not flat: at least one entry is written, so the closing bracket goes on a line of its own.
  let first = true;
  yield isArray ? '[' : '{';
  for (const [key, item] of Object.entries(value as object)) {
    if (item === undefined && !isArray) continue;
    yield `${first ? '' : ','}\n${inner}${isArray ? '' : `${JSON.stringify(key)}: `}`;
    yield* jsonPieces(item, inner);
    first = false;
  }
  yield `\n${indent}${isArray ? ']' : '}'}`;
}

/** A value JSON.stringify writes whole: no array or plain object in it holds another. */
function isFlat(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || 'toJSON' in value) return true;
  return Object.values(value).every((item) => item === null || typeof item !== 'object' || 'toJSON' in item);
}
