// What the partners see of one session, as the meeting went: per heading of the notes its paragraphs and
// list items as written (tags out, nesting kept), then decisions, actions and the collaboration in the model.
// Each item is listed once: a decision under Decisions (naming its agenda item), a task under Actions.
// Left out: private blocks, markers, readings and signals (unless asked). Every count
// shown is over the observations listed here, so each can be traced to a listed item.
import { Action, NoteBlock, Observation, Session } from '../parse/model';
import { parseNotes, parseNotesInTurns, ParseOptions, Pause } from '../parse/parser';
import { BUILTIN_VOCABULARY, Vocabulary } from '../vocabulary/vocabulary';
import { partnerHides, partnerView } from './audience';
import { Meeting, meetingOf } from './meeting';
import { Matrix } from './overviewSchema';

export interface PartnerReportOptions {
  vocabulary?: Vocabulary;
  /** Keep the paragraphs that carry a thermometer level or a signal: the facilitator's reading of the room, so off unless asked. */
  readings?: boolean;
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
  return reportOfParsed(parseNotes(notes.text, parseOptions(notes, options), true), options);
}

/**
 * partnerReportOf whose parse asks `pause` between top-level blocks (parseNotesInTurns): the CLI's. The parse
 * is let go once the report is made, as partnerReportOf's is.
 */
export async function partnerReportInTurns(notes: NotesText, options: PartnerReportOptions, pause: Pause): Promise<PartnerReport> {
  return reportOfParsed(await parseNotesInTurns(notes.text, parseOptions(notes, options), true, pause), options);
}

function parseOptions(notes: NotesText, options: PartnerReportOptions): ParseOptions {
  return { file: notes.file, vocabulary: options.vocabulary ?? BUILTIN_VOCABULARY };
}

function reportOfParsed({ session: whole, blocks }: ReturnType<typeof parseNotes>, options: PartnerReportOptions): PartnerReport {
  const vocabulary = options.vocabulary ?? BUILTIN_VOCABULARY;
  const session = partnerView(whole);
  const hides = partnerHides(whole);
  const shown = blocks.filter((b) => !b.private && !hides(b.line) && (options.readings || !b.reading || b.kind === 'heading'));
  const { agenda, decisions } = agendaOf(shown, session);
  const byLine = new Map(session.observations.map((o) => [o.startLine, o]));
  const listed = [...agenda.flatMap((a) => entryLines(a.entries)), ...entryLines(decisions)].sort((a, b) => a - b);
  const observations = listed.flatMap((line) => byLine.get(line) ?? []);
  const matrix = listedMatrix(observations, vocabulary);
  const discussed = new Set(observations.flatMap((o) => o.conditions));
  return {
    session,
    meeting: meetingOf(session),
    agenda,
    decisions,
    actions: session.actions.map((a) => reportAction(a)),
    phase: session.currentPhase,
    conditions: termOrder('condition', vocabulary).filter((c) => discussed.has(c)),
    matrix,
    observations,
  };
}

/**
 * Blocks to agenda items: a first level-1 heading is the notes' own title, its text the opening item. The
 * decisions come out of their items (a task that is a decision stays an action only).
 */
function agendaOf(blocks: readonly NoteBlock[], session: Session): { agenda: AgendaItem[]; decisions: ReportDecision[] } {
  const headings = blocks.filter((b) => b.kind === 'heading');
  const title = headings[0]?.depth === 1 && blocks[0] === headings[0] ? headings[0] : undefined;
  // A loop, not Math.min(...): a spread of many thousand headings overflows the stack.
  const top = headings.reduce((min, h) => (h === title ? min : Math.min(min, h.depth)), Infinity);
  const agenda: AgendaItem[] = [{ heading: null, depth: 0, entries: [], hasActions: false, hasDecisions: false }];
  let stack: ReportEntry[] = [];
  for (const block of blocks) {
    const current = agenda[agenda.length - 1];
    if (block.kind === 'heading') {
      if (block !== title) agenda.push({ heading: block.text, depth: Math.max(0, block.depth - top), entries: [], hasActions: false, hasDecisions: false });
      stack = [];
    } else {
      // A task is listed under Actions: here it stays an empty entry, so cleaned() lifts what is nested under it.
      if (block.kind === 'task') current.hasActions = true;
      stack = placed(current.entries, stack, block.kind === 'task' ? { ...block, text: '' } : block);
    }
  }
  const tasks = new Set(session.actions.map((a) => a.line));
  const decided = new Set(session.decisions.filter((d) => !tasks.has(d.line)).map((d) => d.line));
  const decisions: ReportDecision[] = [];
  const items = agenda.map((a) => {
    const [entries, taken] = withoutDecisions(cleaned(a.entries, session), decided);
    for (const d of taken) decisions.push({ ...d, under: a.heading });
    return { ...a, entries, hasDecisions: taken.length > 0 };
  });
  return { agenda: items.filter((a) => hasContent(a) || (a.heading !== null && hasContentBelow(a, items))), decisions: [...decisions, ...unlisted(session, decided, decisions)].sort((a, b) => a.line - b.line) };
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

/** Decisions the agenda does not show (one that carries a reading): still a decision, listed without the reading. */
function unlisted(session: Session, decided: ReadonlySet<number>, listed: readonly ReportDecision[]): ReportDecision[] {
  const lines = new Set(listed.map((d) => d.line));
  return session.decisions.filter((d) => decided.has(d.line) && !lines.has(d.line) && d.text.trim() !== '')
    .map((d) => ({ line: d.line, text: d.text.trim(), item: false, children: [], under: null }));
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

/** A heading whose sub-headings have content keeps its place above them. */
function hasContentBelow(item: AgendaItem, agenda: AgendaItem[]): boolean {
  const at = agenda.indexOf(item);
  for (let i = at + 1; i < agenda.length && agenda[i].depth > item.depth; i++) if (hasContent(agenda[i])) return true;
  return false;
}

/** No empty entry and none that only names a party: their items take their place, the party's name leading. */
function cleaned(entries: readonly ReportEntry[], session: Session): ReportEntry[] {
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
function onlyParty(text: string, session: Session): string | undefined {
  const name = text.replace(/[\s:*_]+$/u, '').replace(/^[*_]+/u, '').trim();
  const lower = name.toLocaleLowerCase();
  const known = session.participants.some((p) => [p.name, ...p.aliases].some((s) => s.toLocaleLowerCase() === lower));
  return known ? name : undefined;
}

function entryLines(entries: readonly ReportEntry[]): number[] {
  return entries.flatMap((e) => [e.line, ...entryLines(e.children)]);
}

/** Condition × phase counts of the listed observations; an observation with two conditions counts in both rows. */
function listedMatrix(observations: readonly Observation[], vocabulary: Vocabulary): Matrix {
  const phases = termOrder('phase', vocabulary).filter((p) => observations.some((o) => o.phase === p && o.conditions.length));
  const matrix: Matrix = {};
  for (const condition of termOrder('condition', vocabulary)) {
    const inRow = observations.filter((o) => o.conditions.includes(condition) && o.phase !== null);
    if (inRow.length === 0) continue;
    matrix[condition] = Object.fromEntries(phases.map((p) => [p, inRow.filter((o) => o.phase === p).length]));
  }
  return matrix;
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
