// New notes in a collaboration named by a key carry that key in their front matter.

/** The notes text with `collaboration: key` after its front matter date (or title) line. */
export function withCollaborationKey(notes: string, key: string | null): string {
  if (key === null) return notes;
  const value = /^[\p{L}\p{N}][\p{L}\p{N} _.-]*$/u.test(key) ? key : JSON.stringify(key);
  const after = /^date: .*$/m.test(notes) ? /^date: .*$/m : /^title: .*$/m;
  return notes.replace(after, (line) => `${line}\ncollaboration: ${value}`);
}
