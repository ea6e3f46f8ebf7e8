// The Word writer (src/core/render/report/docx.ts) is a bundle of its own, dist/docx.js, next to the
// extension's and the CLI's bundles: required on first use so activation never loads the Word writer.
export function requireDocxBundle<T>(): T {
  return require('./docx.js') as T;
}
