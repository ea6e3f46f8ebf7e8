// Re-parses notes after an edit by re-reading only the top-level blocks it touches. markdown-it starts
// every top-level block afresh, so once the new blocks line up with old ones after the edit, the old
// tokens hold from there on; the walk goes on until its state is the old one at a block start, and the
// old outputs after it are kept, moved by the lines the edit added. The result deep-equals parseSession.
import { Session } from './model';
import { blockTokens, bodyTokens, ParseContext, ParseOptions, readContext, sameState, sessionOf, startState, Token, Walker, WalkOutput, WalkState } from './parser';
import { SourceText } from './sourceText';
import { tagVotes } from './language';
import { Counts, shiftOutputs } from './incrementalShift';

type Votes = { nl: number; en: number };

/** Lines [startLine, oldEndLine] of the old text became [startLine, newEndLine] of the new (0-based, inclusive). */
export interface LineEdit {
  startLine: number;
  oldEndLine: number;
  newEndLine: number;
}

/**
 * One top-level block: its tokens, the walk state before it and what it produced. Its lines are not
 * its own (see IncrementalSession.starts), so a block moved by an edit is the same object.
 */
interface Block {
  readonly tokens: Token[];
  readonly state: WalkState;
  /** The last phase a block in it names itself. */
  readonly phase: string | null;
  /** Its tags' votes for the notes' language (tagVotes). */
  readonly votes: Votes;
}

export interface IncrementalSession {
  readonly session: Session;
  readonly context: ParseContext;
  readonly blocks: readonly Block[];
  /** Each block's first line (0-based); its tokens' line maps are that less their first map's line off. */
  readonly starts: readonly number[];
  readonly out: WalkOutput;
  /** The votes of all blocks, kept so an update adds up only those it re-read. */
  readonly votes: Votes;
}

const KINDS: (keyof WalkOutput)[] = ['observations', 'readings', 'markers', 'decisions', 'actions', 'headings', 'tags', 'problems', 'privateScopes'];
/** Blocks after the edit tokenized at first; doubled while they do not line up. */
const FIRST_WINDOW = 4;
/** A link reference definition's label ends so: a changed one may change the reading of any block. */
const REFERENCE = ']:';

/** The full parse, kept block by block for updates. */
export function parseIncremental(text: string, options: ParseOptions): IncrementalSession {
  const context = readContext(text, options);
  const walker = new Walker(context, startState(context));
  const fresh = topLevelBlocks(bodyTokens(context), 0);
  const blocks = walkBlocks(walker, fresh);
  return finish(context, { blocks, starts: fresh.map((f) => f.start) }, walker.out, sumVotes(blocks));
}

/** The session of `text`, which is `previous`'s text with `edit` applied; a full parse whenever the shortcut could differ. */
export function updateIncremental(previous: IncrementalSession, text: string, edit: LineEdit, options: ParseOptions): IncrementalSession {
  const source = SourceText.edited(previous.context.source, text, edit.startLine, edit.oldEndLine, edit.newEndLine);
  const context: ParseContext = { ...previous.context, source };
  const old = previous.context;
  const fm = old.frontMatter.lines;
  const unsafe = options.file !== old.options.file || options.vocabulary !== old.options.vocabulary
    || (fm ? edit.startLine < fm.end : mayOpenFrontMatter(source, edit))
    || previous.blocks.length === 0;
  return (unsafe ? null : update(previous, context, edit)) ?? parseIncremental(text, options);
}

function update(previous: IncrementalSession, context: ParseContext, edit: LineEdit): IncrementalSession | null {
  const { blocks, starts } = previous;
  const delta = edit.newEndLine - edit.oldEndLine;
  // The block before the one the edit starts in may grow into it (a paragraph a table row no longer interrupts).
  const first = Math.max(0, lastStartingBefore(starts, edit.startLine) - 1);
  const from = first === 0 ? bodyStart(context) : starts[first];
  const afterEdit = lastStartingBefore(starts, edit.oldEndLine + 1) + 1;
  for (let size = FIRST_WINDOW; ; size *= 2) {
    const end = afterEdit + size;
    const lines = end < blocks.length ? starts[end] + delta : context.source.lineCount;
    const window = topLevelBlocks(blockTokens(slice(context.source, from, lines)), from);
    const sync = lineUp(window, starts, edit, delta, end < blocks.length ? lines : Infinity);
    if (!sync && end < blocks.length) continue;
    const redone = sync ? window.slice(0, sync.at) : window;
    const oldEnd = sync ? starts[sync.old] : previous.context.source.lineCount;
    const newEnd = sync ? window[sync.at].start : context.source.lineCount;
    if (hasReference(previous.context.source, from, oldEnd) || hasReference(context.source, from, newEnd)) return null;
    return splice(previous, context, { first, redone, next: sync ? sync.old : blocks.length, delta });
  }
}

/**
 * The first new block after the edit that starts where an old one did, moved by delta; only where the
 * window shows what follows its first line (a table is told by its second), so the window's end changed nothing.
 */
function lineUp(window: Fresh[], starts: readonly number[], edit: LineEdit, delta: number, windowEnd: number): { at: number; old: number } | null {
  for (let at = 0; at < window.length; at++) {
    const start = window[at].start;
    if (start + 1 >= windowEnd) return null;
    if (start <= edit.newEndLine) continue;
    const old = lastStartingBefore(starts, start - delta + 1);
    if (old >= 0 && starts[old] === start - delta) return { at, old };
  }
  return null;
}

interface Splice { first: number; redone: Fresh[]; next: number; delta: number }

/** Walks the re-read blocks, then old ones (moved) until the state is the old one again; keeps the rest. */
function splice(previous: IncrementalSession, context: ParseContext, { first, redone, next, delta }: Splice): IncrementalSession {
  const { blocks, starts } = previous;
  const walker = new Walker(context, first === 0 ? startState(context) : blocks[first].state);
  const walked = walkBlocks(walker, redone);
  const walkedStarts = redone.map((f) => f.start);
  let kept = next;
  for (; kept < blocks.length && !sameState(walker.state, blocks[kept].state); kept++) {
    const { tokens } = blocks[kept];
    const start = starts[kept] + delta;
    walked.push(...walkBlocks(walker, [{ tokens, base: start - tokens[0].map![0], start }]));
    walkedStarts.push(start);
  }
  const before = outputsBefore(previous.out, starts[first]);
  const tail = kept < blocks.length ? outputsBefore(previous.out, starts[kept]) : countsOf(previous.out);
  const out = {} as WalkOutput;
  const later = shiftOutputs(previous.out, tail, delta);
  for (const kind of KINDS) {
    (out[kind] as unknown[]) = (previous.out[kind].slice(0, before[kind]) as unknown[]).concat(walker.out[kind], later[kind]);
  }
  const gone = sumVotes(blocks.slice(first, kept));
  const votes = sumVotes(walked, { nl: previous.votes.nl - gone.nl, en: previous.votes.en - gone.en });
  const moved = starts.slice(0, first).concat(walkedStarts);
  for (let i = kept; i < starts.length; i++) moved.push(starts[i] + delta);
  return finish(context, { blocks: blocks.slice(0, first).concat(walked, blocks.slice(kept)), starts: moved }, out, votes);
}

/** A top-level block just tokenized: its tokens, their maps `base` lines off. */
interface Fresh { tokens: Token[]; base: number; start: number }

function topLevelBlocks(tokens: Token[], base: number): Fresh[] {
  const fresh: Fresh[] = [];
  let open = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].level === 0 && tokens[i].nesting >= 0) open = i;
    if (tokens[i].level === 0 && tokens[i].nesting <= 0) fresh.push({ tokens: tokens.slice(open, i + 1), base, start: base + tokens[open].map![0] });
  }
  return fresh;
}

function walkBlocks(walker: Walker, fresh: Fresh[]): Block[] {
  return fresh.map(({ tokens, base }) => {
    const state = walker.state;
    const tags = walker.out.tags.length;
    walker.lastPhase = null;
    walker.walk(tokens, base);
    const votes = tagVotes(walker.out.tags.slice(tags), walker.lexicon);
    return { tokens, state, phase: walker.lastPhase, votes };
  });
}

function finish(context: ParseContext, { blocks, starts }: { blocks: Block[]; starts: number[] }, out: WalkOutput, votes: Votes): IncrementalSession {
  let lastPhase: string | null = null;
  for (let i = blocks.length - 1; i >= 0 && lastPhase === null; i--) lastPhase = blocks[i].phase;
  const session = sessionOf(context, out, lastPhase, votes);
  // The sections' ends are set now: kept, they need not be set again by the next update.
  return { session, context, blocks, starts, out: { ...out, headings: session.headings }, votes };
}

/** The blocks' votes added to `to`. */
function sumVotes(blocks: readonly Block[], to: Votes = { nl: 0, en: 0 }): Votes {
  for (const block of blocks) {
    to.nl += block.votes.nl;
    to.en += block.votes.en;
  }
  return to;
}

function countsOf(out: WalkOutput): Counts {
  const counts = {} as Counts;
  for (const kind of KINDS) counts[kind] = out[kind].length;
  return counts;
}

/**
 * How many outputs of each kind the blocks before the one starting at `line` (0-based) made. A block's
 * outputs lie on its own lines and come after those of the blocks before it, so each list is cut by line.
 */
function outputsBefore(out: WalkOutput, line: number): Counts {
  const counts = {} as Counts;
  for (const kind of KINDS) {
    const items: readonly ({ line: number } | { startLine: number })[] = out[kind];
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const item = items[mid];
      if (('line' in item ? item.line : item.startLine) <= line) lo = mid + 1;
      else hi = mid;
    }
    counts[kind] = lo;
  }
  return counts;
}

/** The index of the last block that starts before `line`, or -1. */
function lastStartingBefore(starts: readonly number[], line: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < line) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi;
}

/**
 * Whether the edit may have made a front matter where there was none: it opens with '---' now and the
 * edit wrote that line or a closing fence below it (as readFrontMatter reads fences).
 */
function mayOpenFrontMatter(source: SourceText, edit: LineEdit): boolean {
  if (source.line(0).trimEnd() !== '---') return false;
  if (edit.startLine === 0) return true;
  for (let line = edit.startLine; line <= edit.newEndLine; line++) {
    if (['---', '...'].includes(source.line(line).trimEnd())) return true;
  }
  return false;
}

/** The first line after the front matter. */
function bodyStart(context: ParseContext): number {
  return context.frontMatter.lines?.end ?? 0;
}

/** Lines [from, to) of the text, line breaks kept. */
function slice(source: SourceText, from: number, to: number): string {
  return source.body.slice(source.start(from), to < source.lineCount ? source.start(to) : source.body.length);
}

function hasReference(source: SourceText, from: number, to: number): boolean {
  return slice(source, from, to).includes(REFERENCE);
}

/** `first` then `then` (made on the text `first` left) as one edit of the text before both. */
export function mergeLineEdits(first: LineEdit, then: LineEdit): LineEdit {
  return {
    startLine: Math.min(first.startLine, then.startLine),
    oldEndLine: Math.max(first.oldEndLine, then.oldEndLine - (first.newEndLine - first.oldEndLine)),
    newEndLine: Math.max(then.newEndLine, first.newEndLine + (then.newEndLine - then.oldEndLine)),
  };
}
