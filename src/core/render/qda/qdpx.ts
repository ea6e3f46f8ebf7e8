// The .qdpx file: a ZIP of project.qde and one plain-text file per source in sources/, named by the
// source's GUID (what `plainTextPath="internal://<guid>.txt"` points at). UTF-8 without BOM, LF.
import { zipSync } from 'fflate';
import { QdaProject, projectXml } from './project';

/** The archive's bytes; `modified` dates its entries (the caller's clock: the core keeps none). */
export function qdpxArchive(project: QdaProject, modified: Date): Uint8Array {
  const utf8 = new TextEncoder();
  const entries: Record<string, Uint8Array> = { 'project.qde': utf8.encode(projectXml(project)) };
  for (const source of project.sources) entries[`sources/${source.guid}.txt`] = utf8.encode(source.text);
  return zipSync(entries, { level: 6, mtime: modified });
}
