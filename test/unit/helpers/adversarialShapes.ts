// Inputs that once made the parser quadratic (issue 10), each grown to about `bytes` bytes. Shared by
// the scaling property test and `npm run bench`.

export interface Shape { name: string; make(bytes: number): string }

const repeatTo = (bytes: number, unit: (i: number) => string) => {
  const parts: string[] = [];
  for (let size = 0, i = 0; size < bytes; i++) {
    const part = unit(i);
    parts.push(part);
    size += part.length;
  }
  return parts.join('');
};

export const SHAPES: Shape[] = [
  // The tag is NFC in the tag list but decomposed in the source: it is not found spelled literally.
  { name: 'NFD tags (#e\\u0301tude paragraphs)', make: (bytes) => repeatTo(bytes, () => '#e\u0301tude text\n\n') },
  // Inside a cell the tag follows '|', not a space.
  { name: 'tags in table cells |#tN|', make: (bytes) => '|a|\n|-|\n' + repeatTo(bytes, (i) => `|#t${i}|\n`) },
  { name: 'one line: `x` then #a x N', make: (bytes) => '`x` ' + repeatTo(bytes, () => '#a ') + '\n' },
  { name: 'N distinct tags on one line', make: (bytes) => repeatTo(bytes, (i) => `#t${i} `) + '\n' },
  // Each '[' or '![' makes the inline scanner look for its ']' (issue 10's scanner): never found here.
  { name: 'unmatched [ on one line', make: (bytes) => '#a ' + repeatTo(bytes, () => '[a ') + '\n' },
  { name: 'unmatched ![ on one line', make: (bytes) => '#a ' + repeatTo(bytes, () => '![a ') + '\n' },
  // Quoted values send the block to the yaml library, whose own unique-key check was quadratic.
  { name: 'front matter of N keys read by yaml', make: (bytes) => `---\n${repeatTo(bytes, (i) => `k${i}: "v"\n`)}---\nText #ambition\n` },
];

/** The parts a generated shape is made of: what comes first, then one tag and a separator, repeated. */
export interface ShapeParts { prefix: string; before: string; name: string; decomposed: boolean; distinct: boolean; separator: string }

export function shapeOf(parts: ShapeParts): Shape {
  const name = parts.decomposed ? parts.name.normalize('NFD').replace(/^(.)/, '$1\u0301') : parts.name;
  return {
    name: JSON.stringify(parts),
    make: (bytes) => parts.prefix + repeatTo(bytes, (i) => `${parts.before}#${name}${parts.distinct ? i : ''}${parts.separator}`),
  };
}
