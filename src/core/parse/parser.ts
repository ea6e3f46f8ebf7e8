// Turns one notes file into a Session. markdown-it decides what is text (so code, HTML and link
// targets never yield tags); we only scan its text runs and map each tag back to its source line.
import MarkdownIt from 'markdown-it';
import { Action, Heading, Observation, Problem, ProblemArgs, Reading, Session, TagMention } from './model';
import { problemMessage } from './problemText';
import { compileVocabulary, Lexicon } from '../vocabulary/lexicon';
import { BUILTIN_VOCABULARY, LEVEL_ORDER, Vocabulary } from '../vocabulary/vocabulary';
import { readFrontMatter } from './frontMatterReader';
import { SESSION_KEYS } from './frontMatter';
import { readInline } from './inlineText';
import { inlineChildren } from './inlineTokens';
import { SourceText } from './sourceText';
import { SourceLocator } from './sourceLocator';

export { compileVocabulary } from '../vocabulary/lexicon';

type Token = ReturnType<MarkdownIt['parse']>[number];

// Escapes ('\#') stay tokens of their own, so an escaped hash never starts a tag; the inline pass
// runs per block on demand (inlineChildren), so blocks without tags or text we need cost nothing.
const md = new MarkdownIt({ html: true, linkify: false, typographer: false }).disable(['text_join', 'inline']);

export interface ParseOptions {
  file: string;
  vocabulary?: Vocabulary;
}

/** The values a block (heading, list item or paragraph) sets for the blocks within its scope. */
interface Scope {
  conditions: string[];
  phase: string | null;
  facets: Record<string, string[]>;
}

/** What one block's own tags say. */
interface BlockTags extends Scope {
  mentions: TagMention[];
  level: string | null;
  needs: string[];
  otherTags: string[];
  known: number;
  /** Visible text without tags, when the block was read for tags. */
  text: string | null;
}

/** What a block without a '#' says; shared, so it is frozen against accidental change. */
const NO_TAGS: BlockTags = Object.freeze({
  conditions: Object.freeze([]) as unknown as string[], phase: null, facets: Object.freeze({}), mentions: Object.freeze([]) as unknown as TagMention[],
  level: null, needs: Object.freeze([]) as unknown as string[], otherTags: Object.freeze([]) as unknown as string[], known: 0, text: null,
});

/** A heading's scope, kept until a heading of the same or higher level. */
interface HeadingScope { depth: number; scope: Scope; heading: Heading }

const TASK = /^\[([ xX])\]\s+/;
/** A leading clock time, '14:05' or '9:30'. */
const CLOCK = /^((?:[01]?\d|2[0-3]):[0-5]\d)(?!\d)/;
const OWNER = /(?:^|\s)@([\p{L}\p{N}_][\p{L}\p{N}_.-]*)/u;

export function parseSession(text: string, options: ParseOptions): Session {
  return new SessionParser(text, options).parse();
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

class SessionParser {
  private readonly lexicon: Lexicon;
  private readonly source: SourceText;
  private readonly problems: Problem[] = [];
  private readonly observations: Observation[] = [];
  private readonly readings: Reading[] = [];
  private readonly actions: Action[] = [];
  private readonly headings: Heading[] = [];
  private readonly mentions: TagMention[] = [];
  private readonly headingStack: HeadingScope[] = [];
  /** Open list items, innermost last; their scope is set by their first paragraph. */
  private readonly itemStack: (Scope | null)[] = [];
  private readonly customDimensions: string[];
  private level: string | null = null;
  /** markdown-it's environment: the block pass collects link references in it for the inline pass. */
  private readonly env = {};
  private firstH1: string | null = null;
  private locator: SourceLocator | undefined;

  constructor(text: string, private readonly options: ParseOptions) {
    this.lexicon = compileVocabulary(options.vocabulary ?? BUILTIN_VOCABULARY);
    this.customDimensions = this.lexicon.vocabulary.dimensions.filter((d) => d.role === 'custom').map((d) => d.id);
    this.source = new SourceText(text);
  }

  parse(): Session {
    const frontMatter = readFrontMatter(this.source, this.lexicon);
    this.problems.push(...frontMatter.problems);
    const startLevel = frontMatter.level;
    this.level = startLevel;
    const tokens = md.parse(frontMatter.lines ? this.source.withBlankLines(frontMatter.lines.end) : this.source.body, this.env);
    this.walk(tokens, frontMatter.phase);
    this.closeHeadings(0, this.source.lineCount);
    const fields = frontMatter.fields;
    return {
      file: this.options.file,
      title: typeof fields.title === 'string' ? fields.title : this.firstH1 || baseName(this.options.file),
      date: typeof fields.date === 'string' ? fields.date : dateFromFileName(this.options.file),
      lineCount: this.source.lineCount,
      frontMatter: fields,
      frontMatterLines: frontMatter.lines,
      startLevel,
      facilitator: typeof fields.facilitator === 'string' ? fields.facilitator : null,
      participants: Array.isArray(fields.participants) ? fields.participants.map((name: string) => ({ name, aliases: [] })) : [],
      lang: null,
      collaboration: null,
      currentPhase: frontMatter.phase,
      observations: this.observations,
      readings: this.readings,
      markers: [],
      decisions: [],
      actions: this.actions,
      headings: this.headings,
      tags: this.mentions,
      problems: this.problems.sort((a, b) => a.line - b.line),
    };
  }

  private walk(tokens: Token[], filePhase: string | null): void {
    const fileScope: Scope = { conditions: [], phase: filePhase, facets: {} };
    // Table cells carry no line map of their own: they take their row's.
    let lines: [number, number] = [0, 0];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (token.map) lines = token.map;
      switch (token.type) {
        case 'heading_open':
          this.heading(token, tokens[i + 1]);
          break;
        case 'list_item_open':
          this.itemStack.push(null);
          break;
        case 'list_item_close':
          this.itemStack.pop();
          break;
        case 'paragraph_open':
          this.paragraph(token, tokens[i + 1], tokens[i - 1], fileScope);
          break;
        case 'inline':
          if (tokens[i - 1]?.type !== 'heading_open' && tokens[i - 1]?.type !== 'paragraph_open') this.scan(token, lines);
          break;
      }
    }
  }

  private heading(open: Token, inline: Token): void {
    const depth = Number(open.tag.slice(1));
    const line = open.map![0] + 1;
    this.closeHeadings(depth, line - 1);
    const own = this.scan(inline);
    const text = own.text ?? readInline(inlineChildren(md, inline, this.env)).text;
    if (depth === 1 && this.firstH1 === null && text) this.firstH1 = text;
    this.read(own, line, text);
    const heading: Heading = { line, endLine: this.source.lineCount, depth, text, tags: own.mentions };
    this.headings.push(heading);
    this.headingStack.push({ depth, scope: own, heading });
  }

  /** Ends the sections of headings at `depth` or deeper (all, for depth 0) at `lastLine`. */
  private closeHeadings(depth: number, lastLine: number): void {
    while (this.headingStack.length && (depth === 0 || this.headingStack[this.headingStack.length - 1].depth >= depth)) {
      this.headingStack.pop()!.heading.endLine = lastLine;
    }
  }

  private paragraph(open: Token, inline: Token, before: Token | undefined, fileScope: Scope): void {
    const startLine = open.map![0] + 1;
    const own = this.scan(inline);
    // A paragraph right after list_item_open is the item's first block: its tags scope the item.
    const inItem = before?.type === 'list_item_open';
    const depth = inItem ? this.itemStack.length - 1 : this.itemStack.length;
    if (inItem) this.itemStack[depth] = own;
    const task = inItem ? TASK.exec(inline.content) : null;
    const conditions = own.conditions.length ? own.conditions : this.nearest(fileScope, depth, (s) => (s.conditions.length ? s.conditions : undefined)) ?? [];
    const isObservation = own.known > 0 || conditions.length > 0;
    if (!task && !isObservation) return;
    let text = own.text ?? readInline(inlineChildren(md, inline, this.env)).text;
    if (task) {
      text = text.replace(TASK, '');
      this.actions.push({ line: startLine, done: task[1] !== ' ', owner: OWNER.exec(text)?.[1].replace(/\.+$/, '') ?? null, text, due: null, ownerParty: null, private: false });
    }
    this.read(own, startLine, text);
    if (!isObservation) return;
    this.observations.push({
      startLine,
      endLine: open.map![1],
      text,
      conditions,
      phase: own.phase ?? this.nearest(fileScope, depth, (s) => s.phase ?? undefined) ?? null,
      level: this.level,
      needs: own.needs,
      otherTags: own.otherTags,
      facets: this.facets(own, fileScope, depth),
      tags: own.mentions,
      parties: [],
      private: false,
      decision: false,
    });
  }

  /** The first value `pick` finds going out from the list items (innermost first) to the headings and the file. */
  private nearest<T>(fileScope: Scope, itemDepth: number, pick: (scope: Scope) => T | undefined): T | undefined {
    for (let i = itemDepth - 1; i >= 0; i--) {
      const scope = this.itemStack[i];
      const value = scope ? pick(scope) : undefined;
      if (value !== undefined) return value;
    }
    for (let i = this.headingStack.length - 1; i >= 0; i--) {
      const value = pick(this.headingStack[i].scope);
      if (value !== undefined) return value;
    }
    return pick(fileScope);
  }

  /** Custom dimension values, each from its nearest scope. */
  private facets(own: Scope, fileScope: Scope, depth: number): Record<string, string[]> {
    const facets: Record<string, string[]> = {};
    for (const id of this.customDimensions) {
      const values = ownValues(own.facets, id) ?? this.nearest(fileScope, depth, (s) => ownValues(s.facets, id));
      if (values) facets[id] = values;
    }
    return facets;
  }

  /** A block with a level tag of its own is a thermometer reading; it sets the level from its line on. */
  private read(own: BlockTags, line: number, text: string): void {
    if (own.level === null) return;
    this.readings.push({ line, level: own.level, text, time: CLOCK.exec(text)?.[1] ?? null });
    this.level = own.level;
  }

  /** Finds the tags in an inline token's text runs, resolves them and locates them in the source. */
  private scan(inline: Token, lines = inline.map!): BlockTags {
    if (!inline.content.includes('#')) return NO_TAGS;
    const tags: BlockTags = { conditions: [], phase: null, facets: {}, mentions: [], level: null, needs: [], otherTags: [], known: 0, text: null };
    const { names, text } = readInline(inlineChildren(md, inline, this.env));
    tags.text = text;
    // The cells of a table row share their row's lines, and so one locator.
    const locator = this.locator?.covers(lines[0], lines[1]) ? this.locator : (this.locator = new SourceLocator(this.source, lines[0], lines[1]));
    for (const name of names) {
      const mention = locator.locate(name);
      this.mentions.push(mention);
      tags.mentions.push(mention);
      this.classify(mention, tags);
    }
    return tags;
  }

  private classify(mention: TagMention, tags: BlockTags): void {
    const resolution = this.lexicon.resolve(mention.raw);
    if (resolution.kind === 'known') {
      const { dimension, term } = resolution;
      mention.dimension = dimension.id;
      mention.value = term.id;
      tags.known++;
      switch (dimension.role) {
        case 'condition': addOnce(tags.conditions, term.id); break;
        case 'phase': tags.phase = term.id; break;
        case 'level': tags.level = term.id; break;
        case 'need': addOnce(tags.needs, term.id); break;
        default: addOnce(ownValues(tags.facets, dimension.id) ?? (tags.facets[dimension.id] = []), term.id);
      }
      return;
    }
    const name = mention.raw.toLowerCase();
    if (resolution.kind === 'free') addOnce(tags.otherTags, name);
    if (resolution.kind === 'unknown-value') {
      this.problem(mention, 'unknown-prefixed-value', resolution.suggestion, { kind: 'prefixed-value', dimension: resolution.dimension.id, value: resolution.value });
    } else if (resolution.suggestion) {
      this.problem(mention, 'near-miss-tag', resolution.suggestion);
    }
  }

  /** A tag problem, its English message said by problemText from the mention and `args`. */
  private problem(mention: TagMention, code: Problem['code'], suggestion?: string, args?: ProblemArgs): void {
    const problem: Problem = { line: mention.line, severity: 'warning', message: '', code, column: mention.column, length: mention.length, suggestion };
    if (args) problem.args = args;
    problem.message = problemMessage(problem, 'en', { vocabulary: this.lexicon.vocabulary, tags: [mention] });
    this.problems.push(problem);
  }

}

/** A dimension's values, looked up as an own key so an id like 'constructor' finds nothing inherited. */
function ownValues(facets: Record<string, string[]>, id: string): string[] | undefined {
  return Object.hasOwn(facets, id) ? facets[id] : undefined;
}

/** The values of long lists (free tags), so adding one more stays constant time. */
const members = new WeakMap<string[], Set<string>>();

function addOnce(list: string[], value: string): void {
  if (list.length < 16) {
    if (!list.includes(value)) list.push(value);
    return;
  }
  let set = members.get(list);
  if (!set) members.set(list, (set = new Set(list)));
  if (set.has(value)) return;
  set.add(value);
  list.push(value);
}

function baseName(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.(md|markdown)$/i, '');
}

function dateFromFileName(file: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(baseName(file));
  if (!m) return null;
  const date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return date.getUTCMonth() === +m[2] - 1 && date.getUTCDate() === +m[3] ? m[0] : null;
}
