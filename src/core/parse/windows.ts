// One notes file read in windows: its lists (observations, tags, blocks, ...) handed on a stretch of whole
// top-level blocks at a time and let go, so a large file's session is never held whole (dense notes parse to
// ten times their text). What follows from all of them together is kept as the walk goes: the head.
import { SESSION_KEYS } from './frontMatter';
import { tagVotes } from './language';
import { Heading, LineRange, NoteBlock, Problem, Session } from './model';
import { ParseContext, ParseOptions, Pause, sessionOf, sessionTitle, startWalk, Token, walkedBlocks, walkedBlocksNow, Walker, WalkOutput } from './parser';

/** A stretch of a file's lists, whole top-level blocks, in line order. */
export interface NotesWindow {
  /** Its lists; the first window's problems begin with the front matter's. */
  readonly out: WalkOutput;
  /** The notes' blocks as written, when asked for. */
  readonly blocks: NoteBlock[];
  /** Lines (1-based, both included) the window's blocks lie in; the windows cover the file one after the other. */
  readonly firstLine: number;
  readonly lastLine: number;
  /**
   * The lines in a private scope within the window, sorted and merged: its private blocks' scopes and the sections
   * of private headings (the part of an earlier heading's section that reaches into it too).
   */
  readonly hidden: LineRange[];
}

/**
 * What the whole file says once all windows are read: the session with its lists empty but the problems of private
 * marks that mark nothing (the partners' refusals), its title and language from every window.
 */
export interface NotesHead {
  readonly session: Session;
  /** The title the partners read: the front matter's, else the first level-1 heading outside every private scope. */
  readonly partnerTitle: string;
  /** Some tag of the file is a known one: with the front matter, what makes a file in a folder session notes. */
  readonly knownTag: boolean;
}

/** How many items (observations, tags, blocks and the rest together) a window holds before it is handed on. */
export const WINDOW_ITEMS = 1024;

/**
 * A file parsed in windows, with turns (`windows()`, the CLI's first reading) or without (`windowsNow()`, for a
 * report read a piece at a time); `head` is there once the last window is given.
 */
export class WindowedParse {
  head: NotesHead | undefined;

  constructor(private readonly text: string, private readonly options: ParseOptions, private readonly withBlocks: boolean,
    private readonly items = WINDOW_ITEMS) {}

  async *windows(pause: Pause): AsyncGenerator<NotesWindow> {
    const cutter = new WindowCutter(startWalk(this.text, this.options, this.withBlocks), this.items);
    for await (const tokens of walkedBlocks(cutter.context, cutter.walker, pause)) {
      const window = cutter.after(tokens);
      if (window) yield window;
    }
    yield cutter.last();
    this.head = cutter.head();
  }

  *windowsNow(): Generator<NotesWindow> {
    const cutter = new WindowCutter(startWalk(this.text, this.options, this.withBlocks), this.items);
    for (const tokens of walkedBlocksNow(cutter.context, cutter.walker)) {
      const window = cutter.after(tokens);
      if (window) yield window;
    }
    yield cutter.last();
    this.head = cutter.head();
  }
}

/** Cuts the walk's lists into windows after whole top-level blocks, and keeps the head as they pass. */
class WindowCutter {
  readonly context: ParseContext;
  readonly walker: Walker;
  private readonly keeper: HeadKeeper;
  private readonly sections = new PrivateSections();
  private firstLine = 1;
  private lastLine = 0;

  constructor(walk: ReturnType<typeof startWalk>, private readonly items: number) {
    ({ context: this.context, walker: this.walker } = walk);
    this.keeper = new HeadKeeper(this.context.lexicon);
  }

  /** The window that ends after this top-level block, when it is full. */
  after(tokens: Token[]): NotesWindow | undefined {
    // The first token of a top-level block maps all its lines.
    this.lastLine = Math.max(this.lastLine, tokens[0].map?.[1] ?? this.lastLine);
    return size(this.walker.out) + (this.walker.blocks?.length ?? 0) >= this.items ? this.cut(this.lastLine) : undefined;
  }

  last(): NotesWindow {
    return this.cut(Math.max(this.context.source.lineCount, this.lastLine));
  }

  /**
   * A copy of its own: the texts of a parse are slices of the notes, and one kept slice (a title) keeps the whole
   * text alive after the parse, as the CLI keeps each file's head until its report is made.
   */
  head(): NotesHead {
    const { context, walker, keeper } = this;
    const session = sessionOf(context, { ...emptyLists(), problems: keeper.problems, headings: keeper.titleHeadings() }, walker.lastPhase, keeper.votes);
    return structuredClone({ session: { ...session, headings: [] }, partnerTitle: keeper.partnerTitle(session), knownTag: keeper.knownTag });
  }

  private cut(lastLine: number): NotesWindow {
    const { walker } = this;
    const out = takeLists(walker.out);
    // The front matter's problems are the first window's, so the windows' problems are the session's.
    if (this.firstLine === 1) out.problems = [...this.context.frontMatter.problems, ...out.problems];
    const blocks = walker.blocks ?? [];
    if (walker.blocks) walker.blocks = [];
    const hidden = merged([...out.privateScopes, ...this.sections.within(out.headings, this.firstLine, lastLine)]);
    const window = { out, blocks, firstLine: this.firstLine, lastLine, hidden };
    this.keeper.read(window);
    this.firstLine = lastLine + 1;
    return window;
  }
}

/** Whatever the file's lists, what the head keeps of them as each window passes. */
class HeadKeeper {
  votes = { nl: 0, en: 0 };
  readonly problems: Problem[] = [];
  knownTag = false;
  private title: Heading | undefined;
  private shownTitle: Heading | undefined;

  constructor(private readonly lexicon: Parameters<typeof tagVotes>[1]) {}

  read(window: NotesWindow): void {
    const { out } = window;
    const votes = tagVotes(out.tags, this.lexicon);
    this.votes = { nl: this.votes.nl + votes.nl, en: this.votes.en + votes.en };
    this.knownTag ||= out.tags.some((t) => t.dimension !== undefined);
    for (const p of out.problems) if (p.code === 'unclear-private') this.problems.push(p);
    for (const h of out.headings) {
      if (h.depth !== 1 || !h.text) continue;
      this.title ??= h;
      if (!this.shownTitle && !inRanges(window.hidden, h.line)) this.shownTitle = h;
    }
  }

  /** The first level-1 heading with a text, for sessionTitle. */
  titleHeadings(): Heading[] {
    return this.title ? [this.title] : [];
  }

  partnerTitle(session: Session): string {
    // As partnerView's title: a private session's is its file's name, the front matter's title is shared.
    if (session.private) return sessionTitle({}, [], session.file);
    return typeof session.frontMatter.title === 'string' ? session.title : sessionTitle({}, this.shownTitle ? [this.shownTitle] : [], session.file);
  }
}

/**
 * The sections of private headings, followed across windows: a section runs from its heading to the line before the
 * next heading of its level or higher, which may stand windows later.
 */
class PrivateSections {
  /** The headings whose section is open, outermost first: their depth, and whether they are private. */
  private open: { depth: number; private: boolean }[] = [];

  /** The private sections' lines within the window, given its headings in line order. */
  within(headings: readonly Heading[], firstLine: number, lastLine: number): LineRange[] {
    const ranges: LineRange[] = [];
    let from = this.hidden() ? firstLine : 0;
    for (const h of headings) {
      while (this.open.length && this.open[this.open.length - 1].depth >= h.depth) this.open.pop();
      this.open.push({ depth: h.depth, private: h.tags.some((t) => t.dimension === 'private') });
      const hidden = this.hidden();
      if (from && !hidden) ranges.push({ startLine: from, endLine: h.line - 1 });
      if (!hidden) from = 0;
      else if (!from) from = h.line;
    }
    if (from && from <= lastLine) ranges.push({ startLine: from, endLine: lastLine });
    return ranges;
  }

  private hidden(): boolean {
    return this.open.some((h) => h.private);
  }
}

const KINDS = ['observations', 'readings', 'markers', 'decisions', 'actions', 'headings', 'tags', 'problems', 'privateScopes'] as const;

function emptyLists(): WalkOutput {
  return { observations: [], readings: [], markers: [], decisions: [], actions: [], headings: [], tags: [], problems: [], privateScopes: [] };
}

/** The walk's lists as they are, the walk left with empty ones. */
function takeLists(out: WalkOutput): WalkOutput {
  const taken = { ...out };
  for (const kind of KINDS) (out[kind] as unknown[]) = [];
  return taken;
}

function size(out: WalkOutput): number {
  let n = 0;
  for (const kind of KINDS) n += out[kind].length;
  return n;
}

/** Ranges sorted by their first line and merged where they touch. */
export function merged(ranges: readonly LineRange[]): LineRange[] {
  const result: LineRange[] = [];
  for (const { startLine, endLine } of [...ranges].sort((a, b) => a.startLine - b.startLine)) {
    const last = result[result.length - 1];
    if (last && startLine <= last.endLine + 1) last.endLine = Math.max(last.endLine, endLine);
    else result.push({ startLine, endLine });
  }
  return result;
}

/** Whether a line is in one of the sorted, merged ranges. */
export function inRanges(ranges: readonly LineRange[], line: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid].startLine > line) hi = mid - 1;
    else if (ranges[mid].endLine < line) lo = mid + 1;
    else return true;
  }
  return false;
}

/** The head of a file read in windows (turns asked of `pause`), nothing of its lists kept. */
export async function readHead(text: string, options: ParseOptions, pause: Pause): Promise<NotesHead> {
  const parse = new WindowedParse(text, options, false);
  for await (const window of parse.windows(pause)) void window;
  return parse.head!;
}

/** isSessionNotes of the head: a session front matter key, or a known tag anywhere in the file. */
export function headIsSessionNotes(head: NotesHead): boolean {
  return SESSION_KEYS.some((k) => k in head.session.frontMatter) || head.knownTag;
}
