// The report that goes to the partners (verslag), one session as the meeting went: header, summary, what was
// discussed per agenda item, decisions, actions, next meeting, and last the collaboration in the model.
// What it holds is decided in core/report/partnerReport.ts; this only words and orders it.
import { sessionsLanguage } from '../../parse/language';
import { Session } from '../../parse/model';
import { summarizeSession, thermometer } from '../../report/overview';
import { matrixKeys } from '../../report/overviewSchema';
import {
  AgendaItem, NotesText, PartnerFirstReading, PartnerReportOptions, PartnerReportRest, partnerReportOf, PartnerReportStream, partnerReportStream, ReportEntry,
  streamOf,
} from '../../report/partnerReport';
import { NextMeeting } from '../../report/meeting';
import { termLabel } from '../../vocabulary/labels';
import { BUILTIN_VOCABULARY, Lang, Vocabulary } from '../../vocabulary/vocabulary';
import { REPORT_LABELS, ReportLabels } from '../shared/labels';
import { HeatMap } from './heatmap';
import { PARTNER_WORDS, PartnerWords } from './partnerWords';
import { longDate } from '../shared/dates';
import { Block, documentHtmlChunks, documentMarkdownChunks, ListItem, ReportDocument, ReportPart, ReportSection } from './reportDocument';

export interface PartnerDocumentOptions extends PartnerReportOptions {
  lang: Lang;
  /** Include the thermometer's course: the facilitator's reading of the atmosphere, so off unless asked. */
  thermometer?: boolean;
  /** 'agenda' (default): what was said under each heading of the notes; 'condition': the same items per condition. */
  groupBy?: 'agenda' | 'condition';
}

/** The report's language: the one asked for, else the notes' own (most sessions'), else `fallback`. */
export function reportLanguage(sessions: readonly Pick<Session, 'lang' | 'date'>[], asked: Lang | null, fallback: Lang): Lang {
  return asked ?? sessionsLanguage(sessions) ?? fallback;
}

/** The partners' report of one notes file (`report`: its partnerReportOf, when made already). */
export function partnerDocument(notes: NotesText, options: PartnerDocumentOptions, report = partnerReportOf(notes, options)): ReportDocument {
  return documentOf(streamOf(report), options, false);
}

/**
 * The partners' report of one file made as it is read (partnerReportStream, after its first reading): its sections
 * are made as a writer reads them, a window of the notes held at a time. Read it once. By condition it keeps the
 * items and their observations until all are read (each condition lists its own); with the thermometer, the readings.
 */
export function partnerDocumentStream(notes: NotesText, first: PartnerFirstReading, options: PartnerDocumentOptions): ReportDocument {
  const keep = { readings: options.thermometer, observations: options.groupBy === 'condition' };
  return documentOf(partnerReportStream(notes, first, options, keep), options, true);
}

/** `lazy`: the sections made as a writer reads them, once; else made now, so the document can be written again. */
function documentOf(report: PartnerReportStream, options: PartnerDocumentOptions, lazy: boolean): ReportDocument {
  const words = PARTNER_WORDS[options.lang];
  const { title, date } = report.session;
  const ctx: Ctx = { ...options, vocabulary: options.vocabulary ?? BUILTIN_VOCABULARY, words, labels: REPORT_LABELS[options.lang] };
  return {
    lang: options.lang,
    title: `${words.report}: ${title}`,
    page: { header: [title, ...(date ? [longDate(date, options.lang, false)] : [])].join(' · '), page: words.page, of: words.of },
    parts: [partnerPart(report, ctx, lazy)],
  };
}

export function renderPartnerReport(notes: NotesText, options: PartnerDocumentOptions & { format: 'html' | 'md' }): string {
  return renderedDocument(partnerDocument(notes, options), options);
}

/** The partners' report in HTML or Markdown. */
export function renderedDocument(doc: ReportDocument, options: PartnerDocumentOptions & { format: 'html' | 'md' }): string {
  return [...renderedDocumentChunks(doc, options)].join('');
}

/** renderedDocument in pieces, for a writer that writes each as it comes. */
export function renderedDocumentChunks(doc: ReportDocument, options: PartnerDocumentOptions & { format: 'html' | 'md' }): Iterable<string> {
  return options.format === 'html' ? documentHtmlChunks(doc, { lang: options.lang, vocabulary: options.vocabulary }) : documentMarkdownChunks(doc);
}

interface Ctx extends PartnerDocumentOptions { vocabulary: Vocabulary; words: PartnerWords; labels: ReportLabels }

function partnerPart(report: PartnerReportStream, ctx: Ctx, lazy: boolean): ReportPart {
  const sections = lazy ? partnerSections(report, ctx) : [...partnerSections(report, ctx)].map((s) => ({ ...s, blocks: [...s.blocks] }));
  return { kicker: ctx.words.report, title: report.session.title, fields: headerFields(report, ctx), sections };
}

/** The sections in order; those after "what was discussed" are made once its items are read. */
function* partnerSections(report: PartnerReportStream, ctx: Ctx): Generator<ReportSection> {
  const { words } = ctx;
  const { meeting } = report;
  const section = (id: string, heading: string, blocks: Iterable<Block>): ReportSection => ({ id, heading, blocks });
  if (meeting.summary) yield section('summary', words.summary, [{ kind: 'paragraph', text: meeting.summary }]);
  yield section('discussed', words.discussed, ctx.groupBy === 'condition' ? byCondition(report, ctx) : byAgenda(report.agenda, words));
  const rest = report.rest();
  yield section('decisions', words.decisions, rest.decisions.length
    ? [{ kind: 'list', items: rest.decisions.map((d) => ({ ...listItem(d), ...(d.under === null ? {} : { aside: d.under }) })) }]
    : [{ kind: 'paragraph', text: words.noDecisions }]);
  yield section('actions', words.actions, [actionsTable(rest, ctx)]);
  if (meeting.next) yield section('next', words.next, [{ kind: 'paragraph', text: nextText(meeting.next, ctx.lang) }]);
  yield section('model', words.inTheModel, modelBlocks(rest, ctx));
  if (ctx.thermometer) yield thermometerSection(report.session, ctx);
}

function headerFields(report: PartnerReportStream, ctx: Ctx): [string, string][] {
  const { words } = ctx;
  const { meeting, session } = report;
  const field = (label: string, value: string | null | undefined): [string, string][] => (value ? [[label, value]] : []);
  return [
    ...field(words.date, session.date && longDate(session.date, ctx.lang)),
    ...field(words.location, meeting.location),
    ...field(words.facilitator, session.facilitator),
    ...field(words.present, meeting.present.join(', ')),
    ...field(words.absent, meeting.absent.join(', ')),
    ...field(words.next, meeting.next && nextText(meeting.next, ctx.lang)),
  ];
}

/** "maandag 3 november 2026, 14:00, stadskantoor": the date written out, then the rest as written. */
function nextText(next: NextMeeting, lang: Lang): string {
  return [next.date && longDate(next.date, lang), next.time, next.text].filter(Boolean).join(', ');
}

/** Each agenda item: its heading, then its paragraphs and lists as written; made as the items come. */
function* byAgenda(agenda: Iterable<AgendaItem>, words: PartnerWords): Generator<Block> {
  let any = false;
  for (const a of agenda) {
    any = true;
    if (a.heading !== null) yield { kind: 'heading', level: a.depth === 0 ? 3 : 4, text: a.heading };
    yield* entryBlocks(a.entries);
    if (!a.entries.length) yield* seeBelow(a, words);
  }
  // An item is given only when it, or one under it, has content: none given, nothing was noted.
  if (!any) yield { kind: 'paragraph', text: words.nothingNoted };
}

/** An item whose only content is listed further on says where. */
function seeBelow(a: AgendaItem, words: PartnerWords): Block[] {
  const text = a.hasDecisions && a.hasActions ? words.seeDecisionsAndActions : a.hasDecisions ? words.seeDecisions : a.hasActions ? words.seeActions : null;
  return text === null ? [] : [{ kind: 'paragraph', text }];
}

/** Paragraphs as paragraphs; each run of list items one list, nested as written. */
function entryBlocks(entries: readonly ReportEntry[]): Block[] {
  const blocks: Block[] = [];
  for (const entry of entries) {
    const last = blocks[blocks.length - 1];
    if (!entry.item) blocks.push({ kind: 'paragraph', text: entry.text }, ...entryBlocks(entry.children));
    else if (last?.kind === 'list') last.items.push(listItem(entry));
    else blocks.push({ kind: 'list', items: [listItem(entry)] });
  }
  return blocks;
}

function listItem(entry: ReportEntry): ListItem {
  return entry.children.length ? { text: entry.text, items: entry.children.map(listItem) } : { text: entry.text };
}

/**
 * The same entries per condition (model order), each top-level entry with its items under every condition
 * noted in it or in them; the entries with none under "Other".
 */
function byCondition(report: PartnerReportStream, ctx: Ctx): Block[] {
  const entries = [...report.agenda].flatMap((a) => a.entries);
  if (entries.length === 0) return [{ kind: 'paragraph', text: ctx.words.nothingNoted }];
  const byLine = new Map(report.rest().observations.map((o) => [o.startLine, o.conditions]));
  const conditionsOf = (e: ReportEntry): string[] => [...(byLine.get(e.line) ?? []), ...e.children.flatMap(conditionsOf)];
  const groups = [...matrixKeys('condition', ctx.vocabulary)].map((c) => [c, entries.filter((e) => (c === 'none' ? conditionsOf(e).length === 0 : conditionsOf(e).includes(c)))] as const);
  return groups.filter(([, list]) => list.length).flatMap(([c, list]): Block[] => [
    { kind: 'heading', level: 3, text: c === 'none' ? ctx.words.other : termLabel('condition', c, ctx.lang, ctx.vocabulary) },
    ...entryBlocks(list.map((e) => ({ ...e, item: true }))),
  ]);
}

function actionsTable(report: PartnerReportRest, ctx: Ctx): Block {
  const { words } = ctx;
  if (report.actions.length === 0) return { kind: 'paragraph', text: words.noActions };
  return {
    kind: 'table',
    head: [words.action, words.who, words.due, words.status],
    rows: report.actions.map((a) => [a.text, a.who ?? '—', a.due ? longDate(a.due, ctx.lang, false) : '—', a.done ? words.done : words.open]),
    numeric: [],
    widths: [47, 19, 19, 15],
  };
}

/** The phase the meeting ended in, the conditions discussed and the heat map of the listed observations. */
function modelBlocks(report: PartnerReportRest, ctx: Ctx): Block[] {
  const term = (role: string, id: string) => termLabel(role, id, ctx.lang, ctx.vocabulary);
  const { words } = ctx;
  const rows = Object.keys(report.matrix);
  const columns = rows.length ? Object.keys(report.matrix[rows[0]]) : [];
  const map: HeatMap = {
    title: words.chart,
    rows: rows.map((c) => term('condition', c)),
    columns: columns.map((p) => term('phase', p)),
    counts: rows.map((c) => columns.map((p) => report.matrix[c][p])),
  };
  return [
    { kind: 'fields', fields: [
      [words.phaseAtEnd, report.phase ? term('phase', report.phase) : words.noPhase],
      ...(report.conditions.length ? [[words.conditionsDiscussed, report.conditions.map((c) => term('condition', c)).join(', ')] as [string, string]] : []),
    ] },
    ...(rows.length ? [{ kind: 'chart', map, note: words.chartNote } as Block] : []),
  ];
}

/** Date, facilitator and participants, those the notes give: the facilitator's Word overview's header. */
export function peopleFields(session: Session, labels: ReportLabels, lang: Lang): [string, string][] {
  return [
    [labels.date, session.date ? longDate(session.date, lang) : labels.noDate],
    ...(session.facilitator === null ? [] : [[labels.facilitator, session.facilitator] as [string, string]]),
    ...(session.participants.length === 0 ? [] : [[labels.participants, session.participants.map((p) => p.name).join(', ')] as [string, string]]),
  ];
}

/** Conditions as rows, phases as columns, with each row's total: the facilitator's Word overview's table. */
export function matrixBlock(session: Session, ctx: { lang: Lang; vocabulary: Vocabulary; labels: ReportLabels }): Block {
  const matrix = summarizeSession(session, ctx.vocabulary).matrix;
  const phases = matrixKeys('phase', ctx.vocabulary);
  return {
    kind: 'table',
    head: [ctx.labels.conditionByPhase, ...phases.map((p) => termLabel('phase', p, ctx.lang, ctx.vocabulary)), ctx.labels.total],
    rows: Object.keys(matrix).map((c) => {
      const counts = phases.map((p) => matrix[c][p] ?? 0);
      return [termLabel('condition', c, ctx.lang, ctx.vocabulary), ...counts.map(String), String(counts.reduce((a, b) => a + b, 0))];
    }),
    numeric: phases.map((_, i) => i + 1).concat(phases.length + 1),
  };
}

/** The course of levels, with clock times where the notes give them; no line numbers. */
function thermometerSection(session: Session, ctx: Ctx): ReportSection {
  const { labels } = ctx;
  const level = (id: string | null) => (id === null ? '—' : termLabel('level', id, ctx.lang, ctx.vocabulary));
  const th = thermometer(session);
  const course = [
    ...(session.startLevel === null ? [] : [`${level(session.startLevel)} (${labels.start.toLowerCase()})`]),
    ...session.readings.map((r) => (r.time ? `${level(r.level)} (${r.time})` : level(r.level))),
  ];
  return {
    id: 'thermometer',
    heading: labels.thermometer,
    blocks: course.length === 0 ? [{ kind: 'paragraph', text: labels.noReadings }] : [
      { kind: 'paragraph', text: course.join(' → ') },
      { kind: 'fields', fields: [[labels.end, level(th.end)], [labels.peak, level(th.peak)]] },
    ],
  };
}
