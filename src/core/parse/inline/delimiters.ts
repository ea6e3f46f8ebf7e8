// Emphasis and strikethrough for the inline scanner: which '*', '_' and '~~' runs pair up, as markdown-it
// pairs them (balance_pairs, then its emphasis and strikethrough post-processing). Paired delimiters
// become open/close children, so they vanish from the visible text and start a new text run; the others
// stay text.
import type { InlineChild } from './types';

export interface Delimiter {
  /** '*', '_' or '~' as a char code. */
  marker: number;
  /** The run's length, for the rule of 3; 0 for '~~', which has no such rule. */
  length: number;
  /** Index of its text child. */
  token: number;
  /** Index of the delimiter closing it, -1 while unmatched. */
  end: number;
  open: boolean;
  close: boolean;
}

/** Pairs openers with closers (CommonMark's "process emphasis", markdown-it's jump-table form, linear). */
export function balancePairs(delimiters: Delimiter[]): void {
  const openersBottom = new Map<number, number[]>();
  let headerIdx = 0;
  let lastTokenIdx = -2;
  const jumps: number[] = [];
  for (let closerIdx = 0; closerIdx < delimiters.length; closerIdx++) {
    const closer = delimiters[closerIdx];
    jumps.push(0);
    // Markers of one run are consecutive children: the head of the run is where the search starts.
    if (delimiters[headerIdx].marker !== closer.marker || lastTokenIdx !== closer.token - 1) headerIdx = closerIdx;
    lastTokenIdx = closer.token;
    if (!closer.close) continue;
    let bottoms = openersBottom.get(closer.marker);
    if (!bottoms) openersBottom.set(closer.marker, (bottoms = [-1, -1, -1, -1, -1, -1]));
    const bottomSlot = (closer.open ? 3 : 0) + (closer.length % 3);
    let openerIdx = headerIdx - jumps[headerIdx] - 1;
    let newMinOpenerIdx = openerIdx;
    for (; openerIdx > bottoms[bottomSlot]; openerIdx -= jumps[openerIdx] + 1) {
      const opener = delimiters[openerIdx];
      if (opener.marker !== closer.marker || !opener.open || opener.end >= 0) continue;
      // The rule of 3: a run that can both open and close pairs only when the lengths allow it.
      const oddMatch = (opener.close || closer.open) && (opener.length + closer.length) % 3 === 0 && (opener.length % 3 !== 0 || closer.length % 3 !== 0);
      if (oddMatch) continue;
      const lastJump = openerIdx > 0 && !delimiters[openerIdx - 1].open ? jumps[openerIdx - 1] + 1 : 0;
      jumps[closerIdx] = closerIdx - openerIdx + lastJump;
      jumps[openerIdx] = lastJump;
      closer.open = false;
      opener.end = closerIdx;
      opener.close = false;
      newMinOpenerIdx = -1;
      lastTokenIdx = -2;
      break;
    }
    if (newMinOpenerIdx !== -1) bottoms[bottomSlot] = newMinOpenerIdx;
  }
}

/** Turns paired '~~' into s_open/s_close, moving a lone '~' before the closers as markdown-it does. */
export function strikethrough(tokens: InlineChild[], delimiters: Delimiter[]): void {
  const loneMarkers: number[] = [];
  for (const start of delimiters) {
    if (start.marker !== 0x7e || start.end === -1) continue;
    const end = delimiters[start.end];
    tokens[start.token] = mark('s_open', '~~');
    tokens[end.token] = mark('s_close', '~~');
    const before = tokens[end.token - 1];
    if (before.type === 'text' && before.content === '~') loneMarkers.push(end.token - 1);
  }
  while (loneMarkers.length) {
    const i = loneMarkers.pop()!;
    let j = i + 1;
    while (j < tokens.length && tokens[j].type === 's_close') j++;
    j--;
    if (i !== j) [tokens[i], tokens[j]] = [tokens[j], tokens[i]];
  }
}

/** Turns paired '*' and '_' into em or strong open/close children. */
export function emphasis(tokens: InlineChild[], delimiters: Delimiter[]): void {
  for (let i = delimiters.length - 1; i >= 0; i--) {
    const start = delimiters[i];
    if ((start.marker !== 0x5f && start.marker !== 0x2a) || start.end === -1) continue;
    const end = delimiters[start.end];
    const isStrong = i > 0 && delimiters[i - 1].end === start.end + 1 && delimiters[i - 1].marker === start.marker &&
      delimiters[i - 1].token === start.token - 1 && delimiters[start.end + 1].token === end.token + 1;
    const ch = String.fromCharCode(start.marker);
    const kind = isStrong ? 'strong' : 'em';
    tokens[start.token] = mark(`${kind}_open`, isStrong ? ch + ch : ch);
    tokens[end.token] = mark(`${kind}_close`, isStrong ? ch + ch : ch);
    if (isStrong) {
      tokens[delimiters[i - 1].token].content = '';
      tokens[delimiters[start.end + 1].token].content = '';
      i--;
    }
  }
}

function mark(type: string, markup: string): InlineChild {
  return { type, content: '', info: '', markup };
}
