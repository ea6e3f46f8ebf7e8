// The session as an outline: headings nested by depth, each with the tagged observations of its
// own section, so the Outline view and breadcrumbs show where each tag sits.
import { Session, TagMention } from '../parse/model';

export interface OutlineEntry {
  kind: 'heading' | 'observation';
  /** Never empty (editors reject empty symbol names). */
  name: string;
  /** The tags written on the heading or in the observation, as written. */
  detail: string;
  /** 1-based, inclusive. */
  line: number;
  endLine: number;
  children: OutlineEntry[];
}

const NAME_LENGTH = 60;

export function outline(session: Session): OutlineEntry[] {
  const roots: OutlineEntry[] = [];
  const open: { depth: number; entry: OutlineEntry }[] = [];
  const parentAt = (line: number) => {
    while (open.length && open[open.length - 1].entry.endLine < line) open.pop();
    return open.length ? open[open.length - 1].entry.children : roots;
  };
  const headings = session.headings.map((h) => ({ line: h.line, heading: h }));
  const observations = session.observations.map((o) => ({ line: o.startLine, observation: o }));
  const blocks = [...headings, ...observations].sort((a, b) => a.line - b.line);
  for (const block of blocks) {
    if ('heading' in block) {
      const h = block.heading;
      while (open.length && open[open.length - 1].depth >= h.depth) open.pop();
      const entry: OutlineEntry = { kind: 'heading', name: h.text || '#'.repeat(h.depth), detail: tags(h.tags), line: h.line, endLine: h.endLine, children: [] };
      parentAt(h.line).push(entry);
      open.push({ depth: h.depth, entry });
    } else {
      const o = block.observation;
      const detail = tags(o.tags);
      parentAt(o.startLine).push({ kind: 'observation', name: short(o.text) || detail || '…', detail, line: o.startLine, endLine: o.endLine, children: [] });
    }
  }
  return roots;
}

function tags(mentions: TagMention[]): string {
  return [...new Set(mentions.map((t) => `#${t.raw}`))].join(' ');
}

function short(text: string): string {
  return text.length <= NAME_LENGTH ? text : `${text.slice(0, NAME_LENGTH - 1).trimEnd()}…`;
}
