// Turns one notes file into a Session. markdown-it decides what is text (so code, HTML and link
// targets never yield tags); we only scan its text runs and map each tag back to its source line.
import type MarkdownIt from 'markdown-it';
import { Action, Heading, NoteBlock, Party, Problem, ProblemArgs, Session, TagMention, UnclearPrivate } from './model';
import { problemMessage } from './problemText';
import { frontMatterLanguage, tagVotes, votedLanguage } from './language';
import { leadingParty, nearestParty, PartyName, partyNamed, partyNames, partySlug, sessionParties } from './parties';
import { firstDate, isoDate } from './dates';
import { compileVocabulary, Lexicon, TagResolution } from '../vocabulary/lexicon';
import { BUILTIN_VOCABULARY, LEVEL_ORDER, Vocabulary } from '../vocabulary/vocabulary';
import { onFirstUse } from '../vocabulary/firstUse';
import { FrontMatter, readFrontMatter } from './frontMatterReader';
import { SESSION_KEYS } from './frontMatter';
import { mayHoldTag } from './inline/reader';
import { inlineReading } from './inline/reading';
import { SourceText } from './sourceText';
import { SourceLocator } from './sourceLocator';
import { placesInSource } from './contentPlaces';
import { eachTopLevelBlock, parseAfterLines, Pause, topLevelBlocks, topLevelBlocksInTurns, withLineScan } from './blockState';
import { itself, SharedValues } from './sharedValues';

export { compileVocabulary } from '../vocabulary/lexicon';
export type { Pause } from './blockState';

export type Token = ReturnType<MarkdownIt['parse']>[number];

// Escapes ('\#') stay tokens of their own, so an escaped hash never starts a tag; the inline pass
// runs per block on demand (inlineReading), so blocks without tags or text we need cost nothing.
// Required and built on the first parse, so loading the extension skips markdown-it's module code.
// Its own 'normalize' rule is left out too: it rebuilds the whole text even when there is nothing to
// change, so blockSource does the same only when there is.
// Its line scan is ours (blockState.ts), the same marks found faster.
const md = onFirstUse('markdown-it', () => withLineScan(new (require('markdown-it') as typeof MarkdownIt)({ html: true, linkify: false, typographer: false })
  .disable(['text_join', 'inline', 'normalize'])));

/** The text as markdown-it's normalize rule leaves it: line breaks as '\n', NUL as U+FFFD. */
function blockSource(text: string): string {
  if (!text.includes('\r') && !text.includes('\0')) return text;
  return text.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD');
}

export interface ParseOptions {
  file: string;
  vocabulary?: Vocabulary;
}

/** The values a block (heading, list item or paragraph) sets for the blocks within its scope. */
export interface Scope {
  conditions: string[];
  phase: string | null;
  facets: Record<string, string[]>;
  /** Parties the block is attributed to (a leading 'Name:' or #partij/ tags), by their front matter names. */
  parties: string[];
  /** Carries #private: the block and its scope are for the facilitator only. */
  private: boolean;
}

/** What one block's own tags say. */
interface BlockTags extends Scope {
  mentions: TagMention[];
  level: string | null;
  needs: string[];
  otherTags: string[];
  known: number;
  decision: boolean;
  /** Visible text without tags, when the block was read for tags. */
  text: string | null;
}

/** The empty list that blocks share until a value of their own comes (addOnce); frozen against accidental change. */
const NONE = Object.freeze([]) as unknown as string[];

/** What a block without a '#' says; shared, so it is frozen against accidental change. */
const NO_TAGS: BlockTags = Object.freeze({
  conditions: NONE, phase: null, facets: Object.freeze({}), mentions: Object.freeze([]) as unknown as TagMention[],
  level: null, needs: NONE, otherTags: NONE, known: 0, text: null, parties: NONE, private: false, decision: false,
});

/** NO_TAGS with the block's visible text; written out, as a spread of the frozen object costs more. */
function withText(text: string): BlockTags {
  const { conditions, facets, mentions, needs, otherTags, parties } = NO_TAGS;
  return { conditions, phase: null, facets, mentions, level: null, needs, otherTags, known: 0, text, parties, private: false, decision: false };
}

/** A heading's scope, kept until a heading of the same or higher level. */
export interface HeadingScope { readonly depth: number; readonly scope: Scope }

const TASK = /^\[([ xX])\]\s+/;
const DETAILS = /^\s*<details[\s>]/i;
const COMMENT = /<!--([\s\S]*?)(?:-->|$)/g;
/** A word of an HTML comment, as a tag name would be written ('#' optional). */
const WORD = /#?([\p{L}\p{N}_/-]+)/gu;
/** A leading clock time, '14:05' or '9:30'. */
const CLOCK = /^((?:[01]?\d|2[0-3]):[0-5]\d)(?!\d)/;
const OWNER = /(?:^|\s)@([\p{L}\p{N}_][\p{L}\p{N}_.-]*)/u;

/**
 * The version of what parseSession makes of a text: bump it whenever the same text would parse to a different
 * Session (a new field, a changed rule), so notes indexes made by an older parser are thrown away.
 */
export const PARSER_VERSION = 1;

export function parseSession(text: string, options: ParseOptions): Session {
  return parseNotes(text, options).session;
}

/**
 * The session and, when asked, the notes' blocks as written (headings, paragraphs, list items; no markers):
 * what a report shows "as the meeting went". Reading every block's text costs, so only a report asks.
 */
export function parseNotes(text: string, options: ParseOptions, withBlocks = false): { session: Session; blocks: NoteBlock[] } {
  const walk = startWalk(text, options, withBlocks);
  eachBodyBlock(walk.context, (tokens) => walk.walker.walk(tokens));
  return walk.end();
}

/**
 * parseNotes that asks `pause` between top-level blocks, so the CLI handles a signal partway through the
 * parse of a large file; the same session and blocks.
 */
export async function parseNotesInTurns(text: string, options: ParseOptions, withBlocks: boolean, pause: Pause): Promise<{ session: Session; blocks: NoteBlock[] }> {
  const walk = startWalk(text, options, withBlocks);
  for await (const tokens of walkedBlocks(walk.context, walk.walker, pause)) void tokens;
  return walk.end();
}

/**
 * The body's top-level blocks' tokens, a turn asked for after each, walked by `walker` before each is yielded: for
 * a reader that hands the walk's lists on as it goes (windows.ts). Link references are read first, as parseNotesInTurns does.
 */
export async function* walkedBlocks(context: ParseContext, walker: Walker, pause: Pause): AsyncGenerator<Token[]> {
  // Reading the front matter and lines of a large file is a stretch of its own.
  await pause();
  const { source, lines, env } = bodySource(context);
  if (source.includes(']:')) for await (const tokens of topLevelBlocksInTurns(md(), source, env, lines, pause)) void tokens;
  for await (const tokens of topLevelBlocksInTurns(md(), source, env, lines, pause)) {
    walker.walk(tokens);
    yield tokens;
  }
}

/** walkedBlocks without turns: for a reader that is itself read a piece at a time. */
export function* walkedBlocksNow(context: ParseContext, walker: Walker): Generator<Token[]> {
  const { source, lines, env } = bodySource(context);
  if (source.includes(']:')) eachTopLevelBlock(md(), source, env, lines, () => {});
  for (const tokens of topLevelBlocks(md(), source, env, lines)) {
    walker.walk(tokens);
    yield tokens;
  }
}

export function startWalk(text: string, options: ParseOptions, withBlocks: boolean) {
  const context = readContext(text, options);
  const walker = new Walker(context, startState(context));
  const blocks: NoteBlock[] = [];
  if (withBlocks) walker.blocks = blocks;
  return { context, walker, end: () => ({ session: sessionOf(context, walker.out, walker.lastPhase), blocks }) };
}

/** What every block of one file reads and none changes: its text, vocabulary, front matter and link references. */
export interface ParseContext {
  readonly options: ParseOptions;
  readonly source: SourceText;
  readonly lexicon: Lexicon;
  readonly customDimensions: string[];
  /** The dimensions whose tags are the facilitator's judgement (signals), like a reading. */
  readonly judgementDimensions: string[];
  readonly frontMatter: FrontMatter;
  readonly parties: Party[];
  /** The parties' names and aliases, longest first, for a leading 'Name:'. */
  readonly partyNames: PartyName[];
  /** markdown-it's environment: the block pass collects link references in it for the inline pass. */
  readonly env: object;
}

export function readContext(text: string, options: ParseOptions): ParseContext {
  const lexicon = compileVocabulary(options.vocabulary ?? BUILTIN_VOCABULARY);
  const source = new SourceText(text);
  const frontMatter = readFrontMatter(source, lexicon);
  const parties = sessionParties(frontMatter.fields.participants, lexicon.vocabulary.parties);
  return {
    options, source, lexicon, frontMatter, parties, partyNames: partyNames(parties), env: {},
    customDimensions: lexicon.vocabulary.dimensions.filter((d) => d.role === 'custom').map((d) => d.id),
    judgementDimensions: lexicon.vocabulary.dimensions.filter((d) => d.judgement).map((d) => d.id),
  };
}

/** markdown-it's block tokens of the body, the front matter lines left empty so the line numbers stay. */
export function bodyTokens(context: ParseContext): Token[] {
  const { source, frontMatter } = context;
  return parseAfterLines(md(), blockSource(source.body), context.env, frontMatter.lines?.end ?? 0);
}

/**
 * bodyTokens one top-level block at a time, so they are never all held. A link reference may be defined after
 * its use, so text that may define one ('[x]: /url') is first read once for its references alone.
 */
function eachBodyBlock(context: ParseContext, visit: (tokens: Token[]) => void): void {
  const { source, lines, env } = bodySource(context);
  if (source.includes(']:')) eachTopLevelBlock(md(), source, env, lines, () => {});
  eachTopLevelBlock(md(), source, env, lines, visit);
}

/** The body's text for the block pass, how many front matter lines it reads as empty, and the env it fills. */
function bodySource(context: ParseContext): { source: string; lines: number; env: object } {
  return { source: blockSource(context.source.body), lines: context.frontMatter.lines?.end ?? 0, env: context.env };
}

/** markdown-it's block tokens of a stretch of lines; the link references found there are dropped. */
export function blockTokens(text: string): Token[] {
  return md().parse(blockSource(text), {});
}

/** What the walk has made so far: the session's lists, tag problems in the order found. */
export type WalkOutput = Pick<Session, 'observations' | 'readings' | 'markers' | 'decisions' | 'actions' | 'headings' | 'tags' | 'problems' | 'privateScopes'>;

/** The session of a walked file: the outputs, and what follows from all of them together (`votes`: tagVotes of all tags). */
export function sessionOf(context: ParseContext, out: WalkOutput, lastPhase: string | null, votes = tagVotes(out.tags, context.lexicon)): Session {
  const { options, source, frontMatter } = context;
  const fields = frontMatter.fields;
  const headings = withSectionEnds(out.headings, source.lineCount);
  return {
    file: options.file,
    title: sessionTitle(fields, headings, options.file),
    date: typeof fields.date === 'string' ? fields.date : dateFromFileName(options.file),
    lineCount: source.lineCount,
    frontMatter: fields,
    frontMatterLines: frontMatter.lines,
    startLevel: frontMatter.level,
    facilitator: typeof fields.facilitator === 'string' ? fields.facilitator : null,
    participants: context.parties,
    lang: frontMatterLanguage(fields) ?? votedLanguage(votes),
    collaboration: textField(fields.collaboration),
    currentPhase: lastPhase ?? frontMatter.phase,
    observations: out.observations,
    readings: out.readings,
    markers: out.markers,
    decisions: out.decisions,
    actions: out.actions,
    headings,
    tags: out.tags,
    problems: [...frontMatter.problems, ...out.problems].sort((a, b) => a.line - b.line),
    private: frontMatter.private,
    privateScopes: out.privateScopes,
  };
}

/** The front matter's title, else the first level-1 heading's text, else the file's name. */
export function sessionTitle(fields: Record<string, unknown>, headings: readonly Heading[], file: string): string {
  return typeof fields.title === 'string' ? fields.title : headings.find((h) => h.depth === 1 && h.text)?.text || baseName(file);
}

/** Each heading with the last line of its section: the line before the next heading of its level or higher, else the last line. */
export function withSectionEnds(headings: Heading[], lineCount: number): Heading[] {
  const ends = new Array<number>(headings.length);
  const later: Heading[] = [];
  for (let i = headings.length - 1; i >= 0; i--) {
    const heading = headings[i];
    while (later.length && later[later.length - 1].depth > heading.depth) later.pop();
    ends[i] = later.length ? later[later.length - 1].line - 1 : lineCount;
    later.push(heading);
  }
  return headings.map((h, i) => (h.endLine === ends[i] ? h : { ...h, endLine: ends[i] }));
}

/** What the walk carries from one top-level block to the next. */
export interface WalkState {
  readonly sections: readonly HeadingScope[];
  readonly level: string | null;
  readonly fileScope: Scope;
  /** Whether a #private tag was seen yet: until then no scope is private, and nothing need be looked up. */
  readonly anyPrivate: boolean;
}

export function startState(context: ParseContext): WalkState {
  return {
    sections: [], level: context.frontMatter.level, anyPrivate: false,
    fileScope: { conditions: [], phase: context.frontMatter.phase, facets: {}, parties: [], private: false },
  };
}

/**
 * Whether the blocks after either state come out the same. anyPrivate is left out: it only saves
 * look-ups, and scopes that are the same are private alike.
 */
export function sameState(a: WalkState, b: WalkState): boolean {
  if (a.level !== b.level || a.fileScope.phase !== b.fileScope.phase || a.sections.length !== b.sections.length) return false;
  return a.sections.every((s, i) => s.depth === b.sections[i].depth && sameScope(s.scope, b.sections[i].scope));
}

function sameScope(a: Scope, b: Scope): boolean {
  if (a === b) return true;
  if (a.phase !== b.phase || a.private !== b.private || !sameList(a.conditions, b.conditions) || !sameList(a.parties, b.parties)) return false;
  const keys = Object.keys(a.facets);
  return keys.length === Object.keys(b.facets).length && keys.every((k) => Object.hasOwn(b.facets, k) && sameList(a.facets[k], b.facets[k]));
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** A file is session notes when it has a session front matter key or at least one known tag. */
export function isSessionNotes(session: Session): boolean {
  return SESSION_KEYS.some((k) => k in session.frontMatter) || session.tags.some((t) => t.dimension !== undefined);
}

/** The thermometer level in force at a line: the latest reading at or above it, else the start level. */
export function levelAt(session: Session, line: number): string | null {
  const { readings } = session;
  let lo = 0;
  let hi = readings.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (readings[mid].line <= line) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 ? readings[found].level : session.startLevel;
}

/** The most severe of the given levels, by the thermometer's order. */
export function mostSevere(levels: (string | null)[]): string | null {
  let peak: string | null = null;
  for (const level of levels) {
    if (level !== null && (peak === null || LEVEL_ORDER.indexOf(level) > LEVEL_ORDER.indexOf(peak))) peak = level;
  }
  return peak;
}

/** Walks block tokens in order and collects what they say; from any top-level block on, given the state there. */
export class Walker {
  readonly out: WalkOutput = { observations: [], readings: [], markers: [], decisions: [], actions: [], headings: [], tags: [], problems: [], privateScopes: [] };
  /** The phase of the last block that named one itself, for Session.currentPhase. */
  lastPhase: string | null = null;
  /** Set by parseNotes when the blocks are asked for. */
  blocks: NoteBlock[] | undefined;
  readonly lexicon: Lexicon;
  private readonly source: SourceText;
  private readonly env: object;
  private sections: HeadingScope[];
  /** Open list items, innermost last; their scope is set by their first paragraph. */
  private readonly itemStack: (Scope | null)[] = [];
  /** The line maps of the open list items and blockquotes, innermost last. */
  private readonly containers: [number, number][] = [];
  /** The last line (1-based) of the private scopes seen so far: a block that starts at or before it is private. */
  private privateUntil = 0;
  private level: string | null;
  private fileScope: Scope;
  private anyPrivate: boolean;
  private locator: SourceLocator | undefined;
  /** Tag spellings, clock times, markers' texts and tag problems' messages: one string each however often the file repeats them. */
  private readonly spellings = new SharedValues<string>();
  private readonly messages = new SharedValues<string>();

  constructor(private readonly context: ParseContext, state: WalkState) {
    ({ lexicon: this.lexicon, source: this.source, env: this.env } = context);
    this.sections = [...state.sections];
    ({ level: this.level, fileScope: this.fileScope, anyPrivate: this.anyPrivate } = state);
  }

  get state(): WalkState {
    return { sections: [...this.sections], level: this.level, fileScope: this.fileScope, anyPrivate: this.anyPrivate };
  }

  /** Walks the tokens of whole top-level blocks whose line maps are `base` lines off. */
  walk(tokens: Token[], base = 0): void {
    // Table cells carry no line map of their own: they take their row's.
    let lines: [number, number] = [0, 0];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (token.map) lines = base ? [token.map[0] + base, token.map[1] + base] : token.map;
      switch (token.type) {
        case 'heading_open':
          this.heading(token.tag, tokens[i + 1], lines);
          break;
        case 'list_item_open':
          this.itemStack.push(null);
          this.containers.push(lines);
          break;
        case 'list_item_close':
          this.itemStack.pop();
          this.containers.pop();
          break;
        case 'blockquote_open':
          this.containers.push(lines);
          break;
        case 'blockquote_close':
          this.containers.pop();
          break;
        case 'html_block':
          this.html(token.content, lines[0] + 1);
          break;
        case 'paragraph_open':
          this.paragraph(lines, tokens[i + 1], tokens[i - 1]);
          break;
        case 'inline':
          // A table cell: a private one hides its row.
          if (tokens[i - 1]?.type !== 'heading_open' && tokens[i - 1]?.type !== 'paragraph_open' && this.scan(token, lines).private) this.hide(lines[0] + 1, lines[1]);
          break;
      }
    }
  }

  private heading(tag: string, inline: Token, lines: [number, number]): void {
    const depth = Number(tag.slice(1));
    const line = lines[0] + 1;
    while (this.sections.length && this.sections[this.sections.length - 1].depth >= depth) this.sections.pop();
    const own = this.scan(inline, lines);
    const text = own.text ?? inlineReading(md(), inline, this.env).text;
    this.read(own, line, text);
    if (own.phase !== null) this.lastPhase = own.phase;
    // The section's end is known only at the next heading of its level: sessionOf sets it.
    this.out.headings.push({ line, endLine: this.source.lineCount, depth, text, tags: own.mentions });
    if (this.blocks) {
      const isPrivate = own.private || this.sections.some((s) => s.scope.private) || this.fileScope.private;
      this.blocks.push({ kind: 'heading', line, endLine: line, depth, text, private: isPrivate, reading: this.judges(own), parties: own.parties });
    }
    this.sections.push({ depth, scope: own });
  }

  private paragraph(lines: [number, number], inline: Token, before: Token | undefined): void {
    const startLine = lines[0] + 1;
    const own = this.attribute(this.scan(inline, lines), inline);
    // A paragraph right after list_item_open is the item's first block: its tags scope the item.
    const inItem = before?.type === 'list_item_open';
    const depth = inItem ? this.itemStack.length - 1 : this.itemStack.length;
    if (inItem) this.itemStack[depth] = own;
    const opens = inItem || before?.type === 'blockquote_open';
    if (own.private) this.hideParagraph(lines, opens);
    // Alone, a private mark opens only a list item or blockquote: elsewhere it hides nothing but itself.
    if (own.private && !opens && !own.text?.trim()) this.unclear(startLine, 'alone');
    if (inline.content.includes('<!--')) this.html(inline.content, startLine);
    const task = inItem ? TASK.exec(inline.content) : null;
    if (own.phase !== null) this.lastPhase = own.phase;
    if (!task && isMarker(own)) {
      // A phase change cannot be left out for the partners without moving the shared notes after it: said, not hidden.
      if (own.phase !== null && this.inPrivate(startLine, depth)) this.unclear(startLine, 'phase');
      this.mark(own, startLine);
      return;
    }
    const conditions = own.conditions.length ? own.conditions : this.nearest(depth, (s) => (s.conditions.length ? s.conditions : undefined)) ?? [];
    const isObservation = own.known > 0 || conditions.length > 0;
    if (this.blocks) this.record(own, lines, inItem ? (task ? 'task' : 'item') : 'paragraph', inItem ? depth + 1 : depth, inline);
    if (!task && !isObservation && !own.decision) return;
    let text = own.text ?? inlineReading(md(), inline, this.env).text;
    const isPrivate = this.inPrivate(startLine, depth);
    if (task) {
      text = text.replace(TASK, '');
      this.out.actions.push(this.action(startLine, task[1] !== ' ', text, isPrivate));
    }
    if (own.decision) this.out.decisions.push({ line: startLine, text, private: isPrivate });
    this.read(own, startLine, text);
    if (!isObservation) return;
    this.out.observations.push({
      startLine,
      endLine: lines[1],
      text,
      conditions,
      phase: own.phase ?? this.nearest(depth, (s) => s.phase ?? undefined) ?? null,
      level: this.level,
      needs: own.needs,
      otherTags: own.otherTags,
      facets: this.facets(own, depth),
      tags: own.mentions,
      parties: own.parties.length || !this.context.parties.length ? own.parties : this.nearest(depth, (s) => (s.parties.length ? s.parties : undefined)) ?? [],
      private: isPrivate,
      decision: own.decision,
    });
  }

  /** A paragraph or list item as written, for parseNotes. */
  private record(own: BlockTags, lines: [number, number], kind: NoteBlock['kind'], depth: number, inline: Token): void {
    const text = (own.text ?? inlineReading(md(), inline, this.env).text).replace(TASK, '');
    const isPrivate = this.inPrivate(lines[0] + 1, kind === 'paragraph' ? depth : depth - 1);
    this.blocks!.push({ kind, line: lines[0] + 1, endLine: lines[1], depth, text, private: isPrivate, reading: this.judges(own), parties: own.parties });
  }

  /** A block with a level or a signal of its own: the facilitator's judgement of the room. */
  private judges(own: BlockTags): boolean {
    return own.level !== null || this.context.judgementDimensions.some((id) => Object.hasOwn(own.facets, id));
  }

  /** Whether a block starting at the line, at that list depth, is in a private scope. */
  private inPrivate(startLine: number, depth: number): boolean {
    return startLine <= this.privateUntil || (this.anyPrivate && this.nearest(depth, (s) => s.private || undefined) === true);
  }

  /**
   * A private paragraph hides its lines; in a list item or blockquote also the rest of it, and all of it when
   * the paragraph opens it.
   */
  private hideParagraph(lines: [number, number], opens: boolean): void {
    const container = this.containers[this.containers.length - 1];
    if (!container) return this.hide(lines[0] + 1, lines[1]);
    this.hide((opens ? container[0] : lines[0]) + 1, Math.max(container[1], lines[1]));
  }

  /** Lines from startLine to endLine (1-based) are in a private scope. */
  private hide(startLine: number, endLine: number): void {
    this.out.privateScopes.push({ startLine, endLine });
    if (endLine > this.privateUntil) this.privateUntil = endLine;
  }

  /** HTML that looks private and is not: a comment naming the private mark, a <details> block. */
  private html(content: string, line: number): void {
    if (DETAILS.test(content)) this.unclear(line, 'details');
    else if ([...content.matchAll(COMMENT)].some((c) => this.namesPrivate(c[1]))) this.unclear(line, 'comment');
  }

  private namesPrivate(text: string): boolean {
    return [...text.matchAll(WORD)].some((w) => {
      const resolution = this.lexicon.resolve(w[1]);
      return resolution.kind === 'known' && resolution.dimension.role === 'private';
    });
  }

  /** A form of private the notes language does not honour: a warning, and the partners' report waits for it. */
  private unclear(line: number, form: UnclearPrivate): void {
    const problem: Problem = { line, severity: 'warning', message: '', code: 'unclear-private', args: { kind: 'unclear-private', form } };
    problem.message = problemMessage(problem, 'en', { vocabulary: this.lexicon.vocabulary, tags: [] });
    this.out.problems.push(problem);
  }

  /** The block's tags with the party its text starts with ('Gemeente: ...') added to those it tags. */
  private attribute(own: BlockTags, inline: Token): BlockTags {
    const colon = this.context.partyNames.length ? inline.content.indexOf(':') : -1;
    // Room for the longest name, a task's '[ ] ' and emphasis before the colon.
    if (colon < 0 || colon > this.context.partyNames[0].lower.length + 12) return own;
    const text = own.text ?? inlineReading(md(), inline, this.env).text;
    const party = leadingParty(text.replace(TASK, ''), this.context.partyNames);
    if (!party || own.parties.includes(party.name)) return own;
    return { ...own, text, parties: [party.name, ...own.parties] };
  }

  private action(line: number, done: boolean, text: string, isPrivate: boolean): Action {
    const owner = OWNER.exec(text)?.[1].replace(/\.+$/, '') ?? null;
    const ownerParty = owner === null ? null : partyNamed(owner, this.context.parties)?.name ?? null;
    return { line, done, owner, text, due: firstDate(text), ownerParty, private: isPrivate };
  }

  /** The first value `pick` finds going out from the list items (innermost first) to the headings and the file. */
  private nearest<T>(itemDepth: number, pick: (scope: Scope) => T | undefined): T | undefined {
    for (let i = itemDepth - 1; i >= 0; i--) {
      const scope = this.itemStack[i];
      const value = scope ? pick(scope) : undefined;
      if (value !== undefined) return value;
    }
    for (let i = this.sections.length - 1; i >= 0; i--) {
      const value = pick(this.sections[i].scope);
      if (value !== undefined) return value;
    }
    return pick(this.fileScope);
  }

  /** Custom dimension values, each from its nearest scope; the shared empty object when there are none. */
  private facets(own: Scope, depth: number): Record<string, string[]> {
    let facets: Record<string, string[]> | undefined;
    for (const id of this.context.customDimensions) {
      const values = ownValues(own.facets, id) ?? this.nearest(depth, (s) => ownValues(s.facets, id));
      if (values) (facets ??= {})[id] = values;
    }
    return facets ?? NO_TAGS.facets;
  }

  /**
   * A marker's level is a reading; its phase holds for the rest of the heading section it stands in and
   * becomes the file's default phase from here on.
   */
  private mark(own: BlockTags, line: number): void {
    const text = this.spellings.get(own.text ?? '', itself);
    this.read(own, line, text);
    this.out.markers.push({ line, time: this.clockTime(text), level: own.level, phase: own.phase });
    if (own.phase === null) return;
    // New objects, not changed ones: the states kept at earlier blocks share them.
    const last = this.sections.length - 1;
    if (last >= 0) this.sections[last] = { depth: this.sections[last].depth, scope: { ...this.sections[last].scope, phase: own.phase } };
    this.fileScope = { ...this.fileScope, phase: own.phase };
  }

  /** A block with a level tag of its own is a thermometer reading; it sets the level from its line on. */
  private read(own: BlockTags, line: number, text: string): void {
    if (own.level === null) return;
    this.out.readings.push({ line, level: own.level, text, time: this.clockTime(text) });
    this.level = own.level;
  }

  private clockTime(text: string): string | null {
    const time = CLOCK.exec(text)?.[1];
    return time === undefined ? null : this.spellings.get(time, itself);
  }

  /** Finds the tags in an inline token's text runs, resolves them and locates them in the source. */
  private scan(inline: Token, lines: [number, number]): BlockTags {
    if (!mayHoldTag(inline.content)) return NO_TAGS;
    const { names, text, at, lengths } = inlineReading(md(), inline, this.env);
    // A '#' in a link target or code span only: the shared empty lists serve, as for a block without one.
    if (!names.length) return withText(text);
    // The lists start as the shared empty ones; addOnce gives a list of its own on the first value.
    const tags = withText(text);
    tags.mentions = new Array<TagMention>(names.length);
    // Table cells have no lines of their own: only a paragraph's or heading's content maps onto its lines.
    const places = at && inline.map ? placesInSource(this.source, lines[0], lines[1] - lines[0], inline.content, at) : undefined;
    for (let i = 0; i < names.length; i++) {
      const raw = this.spellings.get(names[i], itself);
      const resolution = this.lexicon.resolve(raw);
      const mention = places ? this.placed(raw, resolution, places[2 * i], places[2 * i + 1], lengths![i]) : this.locatorFor(lines, !inline.map).locate(raw);
      if (!places && resolution.kind === 'known') [mention.dimension, mention.value] = [resolution.dimension.id, resolution.term.id];
      this.out.tags.push(mention);
      tags.mentions[i] = mention;
      this.classify(mention, resolution, tags);
    }
    return tags;
  }

  /** A placed tag's mention, a known one's made with its dimension and value: the shape it keeps, not one it changes into. */
  private placed(raw: string, resolution: TagResolution, line: number, column: number, length: number): TagMention {
    return resolution.kind === 'known' ? { line, column, length, raw, dimension: resolution.dimension.id, value: resolution.term.id } : { line, column, length, raw };
  }

  /** The cells of a table row share their row's lines, and so one locator. */
  private locatorFor(lines: [number, number], cells: boolean): SourceLocator {
    return this.locator?.covers(lines[0], lines[1]) ? this.locator : (this.locator = new SourceLocator(this.source, lines[0], lines[1], cells));
  }

  private classify(mention: TagMention, resolution: TagResolution, tags: BlockTags): void {
    if (resolution.kind === 'known') {
      const { dimension, term } = resolution;
      // Marks, not observations of their own: they make no observation by themselves.
      if (dimension.role === 'private' || dimension.role === 'decision') {
        tags[dimension.role] = true;
        if (dimension.role === 'private') this.anyPrivate = true;
        return;
      }
      tags.known++;
      switch (dimension.role) {
        case 'condition': tags.conditions = addOnce(tags.conditions, term.id); break;
        case 'phase': tags.phase = term.id; break;
        case 'level': tags.level = term.id; break;
        case 'need': tags.needs = addOnce(tags.needs, term.id); break;
        default:
          if (tags.facets === NO_TAGS.facets) tags.facets = {};
          tags.facets[dimension.id] = addOnce(ownValues(tags.facets, dimension.id) ?? NONE, term.id);
          if (dimension.condition) tags.conditions = addOnce(tags.conditions, dimension.condition);
      }
      return;
    }
    if (resolution.kind === 'unknown-value' && resolution.dimension.role === 'party') {
      this.partyTag(mention, tags, resolution.dimension.id, resolution.value);
      return;
    }
    const name = this.spellings.get(mention.raw.toLowerCase(), itself);
    if (resolution.kind === 'free') tags.otherTags = addOnce(tags.otherTags, name);
    if (resolution.kind === 'unknown-value') {
      this.problem(mention, 'unknown-prefixed-value', resolution.suggestion, { kind: 'prefixed-value', dimension: resolution.dimension.id, value: resolution.value });
    } else if (resolution.suggestion) {
      this.problem(mention, 'near-miss-tag', resolution.suggestion);
    }
  }

  /** '#partij/het-anker': attributes the block to that participant, else warns with the nearest one. */
  private partyTag(mention: TagMention, tags: BlockTags, dimension: string, value: string): void {
    const party = partyNamed(value, this.context.parties);
    if (party) {
      mention.dimension = dimension;
      mention.value = party.name;
      tags.parties = addOnce(tags.parties, party.name);
      return;
    }
    tags.otherTags = addOnce(tags.otherTags, this.spellings.get(mention.raw.toLowerCase(), itself));
    const near = nearestParty(value, this.context.parties);
    const prefix = mention.raw.slice(0, mention.raw.indexOf('/'));
    this.problem(mention, 'unknown-prefixed-value', near && `#${prefix}/${partySlug(near.name)}`, { kind: 'party', value, ...(near && { nearest: near.name }) });
  }

  /**
   * A tag problem, its English message said by problemText from the mention and `args`: the same for every
   * mention of one spelling in one file (the participants are the file's), so made once.
   */
  private problem(mention: TagMention, code: Problem['code'], suggestion?: string, args?: ProblemArgs): void {
    const problem: Problem = { line: mention.line, severity: 'warning', message: '', code, column: mention.column, length: mention.length, suggestion };
    if (args) problem.args = args;
    problem.message = this.messages.get(`${code}\0${mention.raw}`, () => problemMessage(problem, 'en', { vocabulary: this.lexicon.vocabulary, tags: [mention] }));
    this.out.problems.push(problem);
  }

}

/** A dimension's values, looked up as an own key so an id like 'constructor' finds nothing inherited. */
function ownValues(facets: Record<string, string[]>, id: string): string[] | undefined {
  return Object.hasOwn(facets, id) ? facets[id] : undefined;
}

/** The values of long lists (free tags), so adding one more stays constant time. */
const members = new WeakMap<string[], Set<string>>();

/** The list with the value added once: a new list for the shared empty one, else the same list. */
function addOnce(list: string[], value: string): string[] {
  if (list === NONE) return [value];
  if (list.length < 16) {
    if (!list.includes(value)) list.push(value);
    return list;
  }
  let set = members.get(list);
  if (!set) members.set(list, (set = new Set(list)));
  if (!set.has(value)) {
    set.add(value);
    list.push(value);
  }
  return list;
}

function baseName(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.(md|markdown)$/i, '');
}

function dateFromFileName(file: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(baseName(file));
  return m ? isoDate(+m[1], +m[2], +m[3]) : null;
}

function textField(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/** Only a time and tags, whose known ones are levels and/or phases: '14:05 #waakzaam #delen'. */
function isMarker(own: BlockTags): boolean {
  if (own.known === 0 || own.conditions.length || own.needs.length || Object.keys(own.facets).length) return false;
  if (own.private || own.decision || own.parties.length) return false;
  return (own.text ?? '').replace(CLOCK, '').trim() === '';
}
