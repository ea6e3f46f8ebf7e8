// What the partners see of one session, as the meeting went: per heading of the notes its paragraphs and
// list items as written (tags out, nesting kept), then decisions, actions and the collaboration in the model.
// Each item is listed once: a decision under Decisions (naming its agenda item), a task under Actions.
// Left out: private blocks, markers, readings and signals (unless asked). Every count
// shown is over the observations listed here, so each can be traced to a listed item.
import { Action, NoteBlock, Observation, Session } from '../parse/model';
import { parseNotes, ParseOptions, Pause } from '../parse/parser';
import { inRanges, NotesHead, WindowedParse } from '../parse/windows';
import { BUILTIN_VOCABULARY, Vocabulary } from '../vocabulary/vocabulary';
import { partnerHides, partnerView, shownLists, withoutJudgements } from './audience';
import { SessionSummary, SummaryBuilder } from './overview';
import { Meeting, meetingOf } from './meeting';
import { Matrix } from './overviewSchema';

export interface PartnerReportOptions {
  vocabulary?: Vocabulary;
  /** Keep the paragraphs that carry a thermometer level or a signal: the facilitator's reading of the room, so off unless asked. */
  readings?: boolean;
  /** How many items a window of the notes holds when the report is made in windows (tests make it small). */
  windowItems?: number;
}

/** A paragraph or list item as written, with the items nested under it. */
export interface ReportEntry {
  line: number;
  text: string;
  /** A list item (else a paragraph). */
  item: boolean;
  children: ReportEntry[];
}

/** One heading of the notes (null: the text before the first heading) with what was said under it. */
export interface AgendaItem {
  heading: string | null;
  /** 0 for the notes' top agenda level, 1 and more for headings under it. */
  depth: number;
  entries: ReportEntry[];
  /** Tasks stood under it: the actions section lists them. */
  hasActions: boolean;
  /** Decisions stood under it: the decisions section lists them. */
  hasDecisions: boolean;
}

/** A decision as written, with the items nested under it and the agenda item it was taken under. */
export interface ReportDecision extends ReportEntry {
  under: string | null;
}

export interface ReportAction { text: string; who: string | null; due: string | null; done: boolean }

export interface PartnerReport {
  /** The partners' view of the session (partnerView). */
  session: Session;
  meeting: Meeting;
  agenda: AgendaItem[];
  decisions: ReportDecision[];
  actions: ReportAction[];
  /** The phase the session ended in. */
  phase: string | null;
  /** Conditions of the listed observations, in the model's order. */
  conditions: string[];
  /** Listed observations per condition (rows) and phase (columns), only rows and columns with a count; no 'none'. */
  matrix: Matrix;
  /** Each listed observation, by its line: what the counts count. */
  observations: Observation[];
}

export interface NotesText { file: string; text: string }

/** The report of one notes text. */
export function partnerReportOf(notes: NotesText, options: PartnerReportOptions = {}): PartnerReport {
  const { session: whole, blocks } = parseNotes(notes.text, parseOptions(notes, options), true);
  const session = partnerView(whole);
  const hides = partnerHides(whole);
  const shown = shownBlocks(blocks, hides, options);
  const builder = new PartnerReportBuilder(session, outlineOf(shown), options, true);
  const agenda = [...builder.add(shown, session), ...builder.finish()];
  return { session, meeting: meetingOf(session), agenda, ...builder.rest(session.currentPhase) };
}

/** What the first reading of a file in windows gives the partners' report made in windows: its head and the agenda's outline. */
export interface PartnerFirstReading { head: NotesHead; outline: AgendaOutline }

/** The first reading of one file for the partners' report, in windows: nothing of its lists is kept. */
export async function partnerFirstReading(notes: NotesText, options: PartnerReportOptions, pause: Pause): Promise<PartnerFirstReading> {
  const parse = new WindowedParse(notes.text, parseOptions(notes, options), true, options.windowItems);
  const keeper = new OutlineKeeper();
  for await (const w of parse.windows(pause)) keeper.add(shownBlocks(w.blocks, (line) => inRanges(w.hidden, line), options));
  return { head: parse.head!, outline: keeper.get() };
}

/** A partners' report whose agenda may be made as it is read: `rest()` once the agenda is read to its end. */
export interface PartnerReportStream {
  /** The partners' view of the session: made in windows, its lists are empty but the readings kept (StreamKeeps), once the agenda is read. */
  session: Session;
  meeting: Meeting;
  agenda: Iterable<AgendaItem>;
  rest(): PartnerReportRest;
}

/**
 * What a report made in windows keeps beside its counts: the shown readings (the session's, for the thermometer's
 * course), the listed observations (rest().observations, for the report by condition).
 */
export interface StreamKeeps { readings?: boolean; observations?: boolean }

/** A report made whole, as a stream. */
export function streamOf(report: PartnerReport): PartnerReportStream {
  return { session: report.session, meeting: report.meeting, agenda: report.agenda, rest: () => report };
}

/** The partners' view of a file read in windows: its head, without what a private scope hides (its title included). */
function partnerHead(first: PartnerFirstReading): Session {
  // Lists of its own: a report made in windows may keep the readings in it.
  return { ...first.head.session, title: first.head.partnerTitle, problems: [], readings: [] };
}

/** A window of the partners' view: the head's scalars with the window's lists, and the blocks the partners read. */
export interface PartnerWindow { view: Session; shown: NoteBlock[] }

/**
 * The partners' view of one file read again in windows after its first reading, a window at a time: partnerView's
 * rule on each window's lists (an observation's level from the shown readings before it, in any window).
 */
export function* partnerWindows(notes: NotesText, first: PartnerFirstReading, options: PartnerReportOptions, withBlocks = true): Generator<PartnerWindow> {
  const head = partnerHead(first);
  if (head.private) return;
  let level = head.startLevel;
  for (const w of new WindowedParse(notes.text, parseOptions(notes, options), withBlocks, options.windowItems).windowsNow()) {
    const hidden = (line: number) => inRanges(w.hidden, line);
    const lists = shownLists(w.out, hidden, level, true);
    level = lists.readings[lists.readings.length - 1]?.level ?? level;
    yield { view: { ...head, ...lists, privateScopes: [] }, shown: shownBlocks(w.blocks, hidden, options) };
  }
}

/**
 * The partners' summary of one file (their JSON) read again in windows after its first reading: summarizeSession of
 * the partners' view, without the readings of the room unless `readings`.
 */
export function partnerSummary(notes: NotesText, first: PartnerFirstReading, options: PartnerReportOptions): SessionSummary {
  const vocabulary = options.vocabulary ?? BUILTIN_VOCABULARY;
  const summary = new SummaryBuilder(vocabulary);
  for (const { view } of partnerWindows(notes, first, options, false)) summary.add(options.readings ? view : withoutJudgements(view, vocabulary));
  return summary.summary(partnerHead(first));
}

/**
 * The partners' report of one file read again in windows after its first reading: the agenda items made as its
 * windows are read, a window of the file held at a time (the CLI's, for a file of any size).
 */
export function partnerReportStream(notes: NotesText, first: PartnerFirstReading, options: PartnerReportOptions, keep: StreamKeeps = {}): PartnerReportStream {
  const session = partnerHead(first);
  const builder = new PartnerReportBuilder(session, first.outline, options, keep.observations);
  let read = false;
  function* agenda(): Generator<AgendaItem> {
    for (const { view, shown } of partnerWindows(notes, first, options)) {
      if (keep.readings) for (const reading of view.readings) session.readings.push(reading);
      yield* builder.add(shown, view);
    }
    yield* builder.finish();
    read = true;
  }
  const rest = () => {
    if (!read) throw new Error('the partners\' report: its agenda is read before the rest');
    return builder.rest(session.currentPhase);
  };
  return { session, meeting: meetingOf(session), agenda: agenda(), rest };
}

function parseOptions(notes: NotesText, options: PartnerReportOptions): ParseOptions {
  return { file: notes.file, vocabulary: options.vocabulary ?? BUILTIN_VOCABULARY };
}

/** The blocks the partners read: none in a private scope, nor (unless asked) one that carries a reading. */
export function shownBlocks(blocks: readonly NoteBlock[], hidden: (line: number) => boolean, options: PartnerReportOptions): NoteBlock[] {
  return blocks.filter((b) => !b.private && !hidden(b.line) && (options.readings || !b.reading || b.kind === 'heading'));
}

/** What the agenda needs of the whole file before its first item: the notes' own title's line and the top heading level. */
export interface AgendaOutline { titleLine: number | null; top: number }

/** An AgendaOutline made as the shown blocks come, a window at a time. */
export class OutlineKeeper {
  private readonly outline: AgendaOutline = { titleLine: null, top: Infinity };
  private first = true;

  /** A first level-1 heading is the notes' own title; the other headings' lowest level is the agenda's top. */
  add(shown: readonly NoteBlock[]): void {
    for (const b of shown) {
      if (this.first && b.kind === 'heading' && b.depth === 1) this.outline.titleLine = b.line;
      else if (b.kind === 'heading') this.outline.top = Math.min(this.outline.top, b.depth);
      this.first = false;
    }
  }

  get(): AgendaOutline {
    return { ...this.outline };
  }
}

function outlineOf(shown: readonly NoteBlock[]): AgendaOutline {
  const keeper = new OutlineKeeper();
  keeper.add(shown);
  return keeper.get();
}

/** What the report says once every agenda item is made. */
export type PartnerReportRest = Pick<PartnerReport, 'decisions' | 'actions' | 'phase' | 'conditions' | 'matrix' | 'observations'>;

/**
 * The partners' report made as the shown blocks come (a whole file's, or one window's after another): each agenda
 * item is given once it is known to be shown, its entries cleaned and its decisions taken out; the decisions,
 * actions and counts once all are read. `keep`: keep the listed observations (the report by condition reads them).
 */
export class PartnerReportBuilder {
  private readonly decisions: ReportDecision[] = [];
  private readonly actions: ReportAction[] = [];
  private readonly observations: Observation[] = [];
  private readonly counts = new Map<string, Map<string, number>>();
  private readonly discussed = new Set<string>();
  private readonly vocabulary: Vocabulary;
  /** The item being read; its entries placed but not yet cleaned (`raw`), and the open list items among them. */
  private current: AgendaItem = { heading: null, depth: 0, entries: [], hasActions: false, hasDecisions: false };
  private raw: ReportEntry[] = [];
  private stack: ReportEntry[] = [];
  /** Items without content of their own, shown only if an item under them has some. */
  private pending: AgendaItem[] = [];
  /** The lines of the decisions taken out of this window's entries. */
  private readonly taken = new Set<number>();
  private lists: Pick<Session, 'actions' | 'decisions' | 'observations'> = { actions: [], decisions: [], observations: [] };
  /** Of the lists: the decisions' lines that are no task, and the observations by their first line. */
  private decided = new Set<number>();
  private byLine = new Map<number, Observation>();

  constructor(private readonly session: Pick<Session, 'participants'>, private readonly outline: AgendaOutline,
    options: PartnerReportOptions, private readonly keep = false) {
    this.vocabulary = options.vocabulary ?? BUILTIN_VOCABULARY;
  }

  /** The agenda items the blocks complete; `lists`: the partners' lists of the same lines (the window's). */
  add(shown: readonly NoteBlock[], lists: Pick<Session, 'actions' | 'decisions' | 'observations'>): AgendaItem[] {
    this.lists = lists;
    const tasks = new Set(lists.actions.map((a) => a.line));
    this.decided = new Set(lists.decisions.filter((d) => !tasks.has(d.line)).map((d) => d.line));
    this.byLine = new Map(lists.observations.map((o) => [o.startLine, o]));
    const given: AgendaItem[] = [];
    for (const block of shown) {
      if (block.kind === 'heading') {
        if (block.line === this.outline.titleLine) continue;
        given.push(...this.closeItem());
        this.current = { heading: block.text, depth: Math.max(0, block.depth - this.outline.top), entries: [], hasActions: false, hasDecisions: false };
      } else {
        // A task is listed under Actions: here it stays an empty entry, so cleaned() lifts what is nested under it.
        if (block.kind === 'task') this.current.hasActions = true;
        this.stack = placed(this.raw, this.stack, block.kind === 'task' ? { ...block, text: '' } : block);
      }
    }
    this.takeEntries();
    this.unlistedDecisions();
    this.taken.clear();
    for (const a of lists.actions) this.actions.push(reportAction(a));
    return given;
  }

  /** The items still to give, once every block is read. */
  finish(): AgendaItem[] {
    return this.closeItem();
  }

  rest(phase: string | null): PartnerReportRest {
    const vocabulary = this.vocabulary;
    const phases = termOrder('phase', vocabulary).filter((p) => [...this.counts.values()].some((row) => row.has(p)));
    const matrix: Matrix = {};
    for (const condition of termOrder('condition', vocabulary)) {
      const row = this.counts.get(condition);
      if (row) matrix[condition] = Object.fromEntries(phases.map((p) => [p, row.get(p) ?? 0]));
    }
    return {
      decisions: [...this.decisions].sort((a, b) => a.line - b.line),
      actions: this.actions,
      phase,
      conditions: termOrder('condition', vocabulary).filter((c) => this.discussed.has(c)),
      matrix,
      observations: this.observations.sort((a, b) => a.startLine - b.startLine),
    };
  }

  /** The current item's new entries cleaned, their decisions taken out, their observations counted. */
  private takeEntries(): void {
    if (this.raw.length === 0) return;
    const [entries, taken] = withoutDecisions(cleaned(this.raw, this.session), this.decided);
    this.raw = [];
    this.stack = [];
    for (const entry of entries) this.current.entries.push(entry);
    for (const d of taken) this.decisions.push({ ...d, under: this.current.heading });
    if (taken.length) this.current.hasDecisions = true;
    const listed = [...entryLines(entries), ...entryLines(taken)].sort((a, b) => a - b);
    for (const line of listed) {
      const o = this.byLine.get(line);
      if (o) this.count(o);
    }
    for (const line of entryLines(taken)) this.taken.add(line);
  }

  /** Decisions of these lists the agenda does not show (one that carries a reading): listed without the reading. */
  private unlistedDecisions(): void {
    for (const d of this.lists.decisions) {
      if (!this.decided.has(d.line) || this.taken.has(d.line) || d.text.trim() === '') continue;
      this.decisions.push({ line: d.line, text: d.text.trim(), item: false, children: [], under: null });
      const o = this.byLine.get(d.line);
      if (o) this.count(o);
    }
  }

  private count(o: Observation): void {
    if (this.keep) this.observations.push(o);
    for (const c of o.conditions) this.discussed.add(c);
    if (o.phase === null) return;
    for (const c of o.conditions) {
      let row = this.counts.get(c);
      if (!row) this.counts.set(c, (row = new Map()));
      row.set(o.phase, (row.get(o.phase) ?? 0) + 1);
    }
  }

  /** The current item ends: the items it lets show, in order. */
  private closeItem(): AgendaItem[] {
    this.takeEntries();
    const item = this.current;
    this.pending = this.pending.filter((p) => p.depth < item.depth);
    if (hasContent(item)) {
      const shown = [...this.pending, item];
      this.pending = [];
      return shown;
    }
    if (item.heading !== null) this.pending.push(item);
    return [];
  }
}

/** The entries without the decisions among them (at any depth), and those decisions with their nested items. */
function withoutDecisions(entries: readonly ReportEntry[], decided: ReadonlySet<number>): [ReportEntry[], ReportEntry[]] {
  const kept: ReportEntry[] = [];
  const taken: ReportEntry[] = [];
  for (const entry of entries) {
    if (decided.has(entry.line)) {
      taken.push(entry);
      continue;
    }
    const [children, below] = withoutDecisions(entry.children, decided);
    // Unchanged below, the entry itself: a large file's entries are not all copied.
    kept.push(below.length ? { ...entry, children } : entry);
    for (const entry of below) taken.push(entry);
  }
  return [kept, taken];
}

function hasContent(item: AgendaItem): boolean {
  return item.entries.length > 0 || item.hasActions || item.hasDecisions;
}

/** Puts a block under the nearest open item of a lower depth; returns the open items after it. */
function placed(entries: ReportEntry[], stack: ReportEntry[], block: NoteBlock): ReportEntry[] {
  const item = block.kind !== 'paragraph';
  const entry: ReportEntry = { line: block.line, text: block.text.trim(), item, children: [] };
  const parents = stack.slice(0, item ? block.depth - 1 : block.depth);
  (parents.length ? parents[parents.length - 1].children : entries).push(entry);
  return item ? [...parents, entry] : parents;
}

/** No empty entry and none that only names a party: their items take their place, the party's name leading. */
function cleaned(entries: readonly ReportEntry[], session: Pick<Session, 'participants'>): ReportEntry[] {
  return entries.flatMap((entry): ReportEntry[] => {
    const children = cleaned(entry.children, session);
    if (entry.text === '') return children.map((c) => ({ ...c, item: entry.item || c.item }));
    const party = onlyParty(entry.text, session);
    if (party === undefined) return [sameEntries(children, entry.children) ? entry : { ...entry, children }];
    return children.map((c) => (c.text.toLocaleLowerCase().startsWith(party.toLocaleLowerCase()) ? c : { ...c, text: `${party}: ${c.text}` }));
  });
}

function sameEntries(a: readonly ReportEntry[], b: readonly ReportEntry[]): boolean {
  return a.length === b.length && a.every((entry, i) => entry === b[i]);
}

/** The name, as written, when a text is only a party's name or alias with an optional colon ('Harbour Engineering:'). */
function onlyParty(text: string, session: Pick<Session, 'participants'>): string | undefined {
  const name = text.replace(/[\s:*_]+$/u, '').replace(/^[*_]+/u, '').trim();
  const lower = name.toLocaleLowerCase();
  const known = session.participants.some((p) => [p.name, ...p.aliases].some((s) => s.toLocaleLowerCase() === lower));
  return known ? name : undefined;
}

function entryLines(entries: readonly ReportEntry[]): number[] {
  return entries.flatMap((e) => [e.line, ...entryLines(e.children)]);
}

function termOrder(role: string, vocabulary: Vocabulary): string[] {
  return vocabulary.dimensions.find((d) => d.role === role)?.terms.map((t) => t.id) ?? [];
}

/** The action as partners read it: who is the party when the owner names one. */
function reportAction(a: Action): ReportAction {
  return { text: actionText(a), who: a.ownerParty ?? a.owner, due: a.due, done: a.done };
}

/** The action's text without the '@owner' and the due date, which the report shows apart. */
export function actionText(a: Action): string {
  let text = a.owner === null ? a.text : a.text.replace(`@${a.owner}`, '');
  if (a.due !== null) {
    const [year, month, day] = a.due.split('-');
    text = text.replace(a.due, '').replace(new RegExp(`(?<!\\d)0?${Number(day)}-0?${Number(month)}-${year}(?!\\d)`), '');
  }
  return text.replace(/\s+/g, ' ').trim() || '…';
}
