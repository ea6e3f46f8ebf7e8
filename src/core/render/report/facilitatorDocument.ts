// The facilitator's overview as a report document, for the Word file: the same content as the HTML
// overview (private items marked with a lock, line numbers, coaching, hints and problems included).
import { Observation, Session } from '../../parse/model';
import { sessionProblems } from '../../parse/problemText';
import { coverageHints } from '../../report/coverage';
import { SessionSummary, summarizeSession, thermometer } from '../../report/overview';
import { matrixKeys } from '../../report/overviewSchema';
import { partyViews } from '../../report/parties';
import { termLabel, termsOf } from '../../vocabulary/labels';
import { BUILTIN_VOCABULARY, capitalize, Lang, Vocabulary } from '../../vocabulary/vocabulary';
import { OVERVIEW_LABELS, OverviewLabels } from '../shared/labels';
import { shortDateOr } from '../shared/dates';
import { matrixBlock, peopleFields } from './partnerReport';
import { Block, ListItem, ReportDocument, ReportPart, ReportSection } from './reportDocument';


interface Ctx { lang: Lang; vocabulary: Vocabulary; labels: OverviewLabels }

/**
 * `summaries`: each session's summary, made already (a file read in windows, whose session keeps only the mentions
 * its problems name: the summary counts the needs and free tags of them all).
 */
export function facilitatorDocument(sessions: readonly Session[], lang: Lang, vocabulary: Vocabulary = BUILTIN_VOCABULARY,
  summaries?: readonly SessionSummary[]): ReportDocument {
  const ctx: Ctx = { lang, vocabulary, labels: OVERVIEW_LABELS[lang] };
  return { lang, title: ctx.labels.overview, parts: sessions.map((s, i) => facilitatorPart(s, ctx, summaries?.[i] ?? summarizeSession(s, vocabulary))) };
}

function facilitatorPart(session: Session, ctx: Ctx, summary: SessionSummary): ReportPart {
  const { labels } = ctx;
  const term = (role: string, id: string) => termLabel(role, id, ctx.lang, ctx.vocabulary);
  const counts = (entries: [string, number][], empty: string): Block => (entries.length
    ? { kind: 'list', items: entries.map(([name, n]) => ({ text: `${name}: ${n}` })) } : { kind: 'paragraph', text: empty });
  // Blocks made each time they are read: a large session's lists are never held, and the document reads again.
  const section = (id: string, heading: string, blocks: () => Iterable<Block>): ReportSection => ({ id, heading, blocks: { [Symbol.iterator]: () => blocks()[Symbol.iterator]() } });
  return {
    title: session.title,
    fields: [...peopleFields(session, labels, ctx.lang), [labels.observations, String(session.observations.length)]],
    sections: [
      section('matrix', labels.conditionByPhase, () => [matrixBlock(session, ctx)]),
      section('cells', labels.observationsPerCell, () => cellBlocks(session, ctx)),
      ...(session.participants.length ? [section('parties', labels.partyByCondition, () => partyBlocks(session, ctx))] : []),
      section('thermometer', labels.thermometer, () => thermometerBlocks(session, ctx)),
      section('coverage', labels.coverage, () => coverageBlocks(session, ctx)),
      section('needs', labels.needsMentioned, () => [counts(Object.entries(summary.needs).map(([id, n]) => [term('need', id), n]), labels.noNeeds)]),
      section('actions', labels.actions, () => (session.actions.length ? [{
        kind: 'table',
        head: [labels.action, labels.owner, labels.due, labels.status, capitalize(labels.private), capitalize(labels.line)],
        rows: session.actions.map((a) => [a.text || '…', a.owner ?? '—', shortDateOr(a.due, ctx.lang, '—'), capitalize(a.done ? labels.done : labels.open), a.private ? labels.private : '', String(a.line)]),
        numeric: [5],
      }] : [{ kind: 'paragraph', text: labels.noActions }])),
      section('decisions', labels.decisions, () => (session.decisions.length
        ? listBlocks(session.decisions, (d) => item(d.text, d.private, d.line, [], labels))
        : [{ kind: 'paragraph', text: labels.noDecisions }])),
      section('tags', labels.otherTags, () => [counts(Object.entries(summary.otherTags).map(([tag, n]) => [`#${tag}`, n]), labels.noOtherTags)]),
      ...(session.problems.length ? [section('problems', labels.problems, () => listBlocks(sessionProblems(session, ctx.lang, ctx.vocabulary),
        (p) => ({ text: `${labels.line} ${p.line}: ${p.message}`, aside: labels[p.severity] })))] : []),
    ],
  };
}

function item(text: string, isPrivate: boolean, line: number, parties: string[], labels: OverviewLabels): ListItem {
  return { text: text || '…', aside: [...parties, ...(isPrivate ? [labels.private] : []), `${labels.line} ${line}`].join(', ') };
}

/**
 * A list's items as lists of at most LIST_PIECE items, made as they are read: a Word list is its items' paragraphs
 * in a row, so the pieces make the same file as one list, and a large file's list is never held whole.
 */
function* listBlocks<T>(items: Iterable<T>, toItem: (item: T) => ListItem): Generator<Block> {
  let piece: ListItem[] = [];
  for (const each of items) {
    piece.push(toItem(each));
    if (piece.length < LIST_PIECE) continue;
    yield { kind: 'list', items: piece };
    piece = [];
  }
  if (piece.length) yield { kind: 'list', items: piece };
}

const LIST_PIECE = 500;

/** Per non-empty condition × phase cell, its observations, as the matrix counts them. */
function* cellBlocks(session: Session, ctx: Ctx): Generator<Block> {
  const term = (role: string, id: string) => termLabel(role, id, ctx.lang, ctx.vocabulary);
  const inCell = (o: Observation, c: string, p: string) => (o.conditions.length ? o.conditions.includes(c) : c === 'none') && (o.phase ?? 'none') === p;
  let any = false;
  for (const c of matrixKeys('condition', ctx.vocabulary)) {
    for (const p of matrixKeys('phase', ctx.vocabulary)) {
      const list = session.observations.filter((o) => inCell(o, c, p));
      if (list.length === 0) continue;
      any = true;
      yield { kind: 'heading', level: 3, text: `${term('condition', c)} × ${term('phase', p)} (${list.length})` };
      yield* listBlocks(list, (o) => item(o.text, o.private, o.startLine, o.parties, ctx.labels));
    }
  }
  if (!any) yield { kind: 'paragraph', text: ctx.labels.none };
}

function partyBlocks(session: Session, ctx: Ctx): Block[] {
  const { labels } = ctx;
  const parties = partyViews(session, ctx.vocabulary);
  const conditions = Object.keys(parties[0].byCondition);
  const missing = parties.filter((p) => p.interestsMissing).map((p) => ({ text: labels.interestsMissing.replace('{0}', p.name) }));
  return [
    { kind: 'table', head: [labels.partyByCondition, ...conditions.map((c) => termLabel('condition', c, ctx.lang, ctx.vocabulary))],
      rows: parties.map((p) => [p.name, ...conditions.map((c) => String(p.byCondition[c].length))]), numeric: conditions.map((_, i) => i + 1) },
    missing.length ? { kind: 'list', items: missing } : { kind: 'paragraph', text: labels.allPartiesShared },
    { kind: 'heading', level: 3, text: labels.partyNeeds },
    { kind: 'fields', fields: parties.map((p) => {
      const needs = Object.entries(p.needs).map(([id, n]) => `${termLabel('need', id, ctx.lang, ctx.vocabulary)} ${n}`);
      return [p.name, needs.length ? needs.join(', ') : labels.noNeeds];
    }) },
  ];
}

function* thermometerBlocks(session: Session, ctx: Ctx): Generator<Block> {
  const { labels } = ctx;
  const level = (id: string | null) => (id === null ? '—' : termLabel('level', id, ctx.lang, ctx.vocabulary));
  const th = thermometer(session);
  const inForce = termsOf('level', ctx.vocabulary).find((t) => t.id === th.end);
  const advice: Block[] = inForce ? [
    { kind: 'heading', level: 3, text: `${labels.levelInForce}: ${level(inForce.id)}` },
    ...(inForce.signs ? [{ kind: 'fields', fields: [[labels.signs, inForce.signs[ctx.lang]]] } as Block] : []),
    ...(inForce.actions?.[ctx.lang].length ? [{ kind: 'list', items: inForce.actions[ctx.lang].map((text) => ({ text })) } as Block] : []),
  ] : [];
  yield { kind: 'fields', fields: [[labels.start, level(th.start)], [labels.end, level(th.end)], [labels.peak, level(th.peak)]] };
  if (session.readings.length) yield* listBlocks(session.readings, (r) => ({ text: `${level(r.level)}: ${r.text || '…'}`, aside: `${labels.line} ${r.line}` }));
  else yield { kind: 'paragraph', text: labels.noReadings };
  yield* advice;
}

function coverageBlocks(session: Session, ctx: Ctx): Block[] {
  const { labels } = ctx;
  const term = (role: string, id: string) => termLabel(role, id, ctx.lang, ctx.vocabulary);
  const hints = coverageHints(session.observations, session.currentPhase, ctx.vocabulary);
  if (hints.currentPhase === null) return [{ kind: 'paragraph', text: labels.noPhaseYet }];
  return [
    { kind: 'fields', fields: [
      [labels.currentPhase, term('phase', hints.currentPhase)],
      ...(hints.conditionsMissing.length ? [[labels.conditionsMissing, hints.conditionsMissing.map((c) => term('condition', c)).join(', ')] as [string, string]] : []),
      ...(hints.phasesSkipped.length ? [[labels.phasesSkipped, hints.phasesSkipped.map((s) => term('phase', s.phase)).join(', ')] as [string, string]] : []),
    ] },
  ];
}
