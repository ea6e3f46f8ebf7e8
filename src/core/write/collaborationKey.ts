// New notes in a collaboration named by a key carry that key in their front matter.

/** The notes text with `collaboration: key` after its front matter date (or title) line; in Dutch keys when the notes write them. */
export function withCollaborationKey(notes: string, key: string | null): string {
  if (key === null) return notes;
  const value = /^[\p{L}\p{N}][\p{L}\p{N} _.-]*$/u.test(key) ? key : JSON.stringify(key);
  const dutch = /^(?:datum|titel): /m.test(notes);
  const after = /^(?:date|datum): .*$/m.test(notes) ? /^(?:date|datum): .*$/m : /^(?:title|titel): .*$/m;
  return notes.replace(after, (line) => `${line}\n${dutch ? 'samenwerking' : 'collaboration'}: ${value}`);
}
