// The report that goes to the partners: what was discussed per condition and phase, decisions,
// actions with owner and due date, the condition × phase table. Never the facilitator's private
// items, coaching, coverage hints, line numbers, problems or free tags; the thermometer only on request.
import { sessionsLanguage } from '../../parse/language';
import { Action, Observation, Session } from '../../parse/model';
import { partnerView } from '../../report/audience';
import { summarizeSession } from '../../report/overview';
import { matrixKeys } from '../../report/overviewSchema';
import { termLabel } from '../../vocabulary/labels';
import { BUILTIN_VOCABULARY, capitalize, Lang, Vocabulary } from '../../vocabulary/vocabulary';
import { REPORT_LABELS, ReportLabels } from '../shared/labels';
import { Block, documentHtml, documentMarkdown, ListItem, ReportDocument, ReportPart, ReportSection } from './reportDocument';

export interface PartnerReportOptions {
  lang: Lang;
  vocabulary?: Vocabulary;
  /** Include the thermometer's course: the facilitator's reading of the atmosphere, so off unless asked. */
  thermometer?: boolean;
}

/** The report's language: the one asked for, else the notes' own (most sessions'), else `fallback`. */
export function reportLanguage(sessions: readonly Pick<Session, 'lang' | 'date'>[], asked: Lang | null, fallback: Lang): Lang {
  return asked ?? sessionsLanguage(sessions) ?? fallback;
}

export function partnerDocument(sessions: readonly Session[], options: PartnerReportOptions): ReportDocument {
  const parts = sessions.map((s) => partnerReportPart(s, options));
  return { lang: options.lang, title: partnerReportTitle(options.lang, sessions.length === 1 ? sessions[0].title : undefined), parts };
}

/** The report's title: with the session's, when it is about one session only. */
export function partnerReportTitle(lang: Lang, onlySession: string | undefined): string {
  const { report } = REPORT_LABELS[lang];
  return onlySession === undefined ? report : `${report}: ${onlySession}`;
}

/** One session's part of the partners' report, for a writer that takes them one at a time. */
export function partnerReportPart(session: Session, options: PartnerReportOptions): ReportPart {
  return partnerPart(partnerView(session), { ...options, vocabulary: options.vocabulary ?? BUILTIN_VOCABULARY, labels: REPORT_LABELS[options.lang] });
}

export function renderPartnerReport(sessions: readonly Session[], options: PartnerReportOptions & { format: 'html' | 'md' }): string {
  const doc = partnerDocument(sessions, options);
  return options.format === 'html' ? documentHtml(doc, { lang: options.lang, vocabulary: options.vocabulary }) : documentMarkdown(doc);
}

interface Ctx extends PartnerReportOptions { vocabulary: Vocabulary; labels: ReportLabels }

/** Title, date and people; then the sections. `session` is already the partners' view. */
function partnerPart(session: Session, ctx: Ctx): ReportPart {
  const { labels } = ctx;
  return {
    title: session.title,
    fields: peopleFields(session, labels),
    sections: [
      { id: 'discussed', heading: labels.discussed, blocks: discussed(discussedObservations(session), ctx) },
      { id: 'decisions', heading: labels.decisions, blocks: session.decisions.length
        ? [{ kind: 'list', items: session.decisions.map((d) => ({ text: d.text || '…' })) }]
        : [{ kind: 'paragraph', text: labels.noDecisions }] },
      { id: 'actions', heading: labels.actions, blocks: [actionsTable(session, labels)] },
      { id: 'matrix', heading: labels.conditionByPhase, blocks: [matrixBlock(session, ctx)] },
      ...(ctx.thermometer ? [thermometerSection(session, ctx)] : []),
    ],
  };
}

/** Date, facilitator and participants, those the notes give. Shared with the facilitator's Word overview. */
export function peopleFields(session: Session, labels: ReportLabels): [string, string][] {
  return [
    [labels.date, session.date ?? labels.noDate],
    ...(session.facilitator === null ? [] : [[labels.facilitator, session.facilitator] as [string, string]]),
    ...(session.participants.length === 0 ? [] : [[labels.participants, session.participants.map((p) => p.name).join(', ')] as [string, string]]),
  ];
}

/** The observations that are no action or decision: those have sections of their own. */
function discussedObservations(session: Session): Observation[] {
  const listed = new Set([...session.actions.map((a) => a.line), ...session.decisions.map((d) => d.line)]);
  return session.observations.filter((o) => !listed.has(o.startLine));
}

/** Per condition (model order, then those without), per phase: the observation texts, with their party. */
function discussed(observations: readonly Observation[], ctx: Ctx): Block[] {
  if (observations.length === 0) return [{ kind: 'paragraph', text: ctx.labels.nothingNoted }];
  const term = (role: string, id: string) => termLabel(role, id, ctx.lang, ctx.vocabulary);
  return matrixKeys('condition', ctx.vocabulary).flatMap((condition): Block[] => {
    const inCondition = observations.filter((o) => (o.conditions.length ? o.conditions.includes(condition) : condition === 'none'));
    if (inCondition.length === 0) return [];
    const phases = matrixKeys('phase', ctx.vocabulary).flatMap((phase): Block[] => {
      const items = inCondition.filter((o) => (o.phase ?? 'none') === phase).map(observationItem);
      return items.length ? [{ kind: 'heading', level: 4, text: term('phase', phase) }, { kind: 'list', items }] : [];
    });
    return [{ kind: 'heading', level: 3, text: term('condition', condition) }, ...phases];
  });
}

/** The party is named after the text unless the text already starts with it ('Gemeente: …'). */
function observationItem(o: Observation): ListItem {
  const named = o.parties.filter((p) => !o.text.toLocaleLowerCase().startsWith(p.toLocaleLowerCase()));
  return named.length ? { text: o.text || '…', aside: named.join(', ') } : { text: o.text || '…' };
}

function actionsTable(session: Session, labels: ReportLabels): Block {
  if (session.actions.length === 0) return { kind: 'paragraph', text: labels.noActions };
  return {
    kind: 'table',
    head: [labels.action, labels.owner, labels.due, labels.status],
    rows: session.actions.map((a) => [actionText(a), a.owner ?? '—', a.due ?? '—', a.done ? capitalize(labels.done) : capitalize(labels.open)]),
    numeric: [],
  };
}

/** The action as its table row shows it: without the '@owner' and the due date, which have columns of their own. */
export function actionText(a: Action): string {
  let text = a.owner === null ? a.text : a.text.replace(`@${a.owner}`, '');
  if (a.due !== null) {
    const [year, month, day] = a.due.split('-');
    text = text.replace(a.due, '').replace(new RegExp(`(?<!\\d)0?${Number(day)}-0?${Number(month)}-${year}(?!\\d)`), '');
  }
  return text.replace(/\s+/g, ' ').trim() || '…';
}

/** Conditions as rows, phases as columns, with each row's total; counted over what the partners see. */
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
  const th = summarizeSession(session, ctx.vocabulary).thermometer;
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
