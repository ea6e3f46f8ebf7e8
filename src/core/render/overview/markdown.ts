// The overview report as readable Markdown, for the CLI and the export. Note text is untrusted:
// everything that comes from the notes is escaped so it cannot turn into markup or HTML.
import { escapeMarkdown } from '../shared/escape';
import { longDate } from '../shared/dates';
import { addFacetCounts, DimensionCounts, facetCounts } from '../../report/facets';
import { REPORT_LABELS, ReportLabels } from '../shared/labels';
import { termLabel } from '../../vocabulary/labels';
import { Action, Decision, Session } from '../../parse/model';
import { Matrix, OverviewReport, SessionSummary } from '../../report/overviewSchema';
import { addToTotals, reportOf } from '../../report/overview';
import { sessionProblems } from '../../parse/problemText';
import { joinedParts, joinedPieces } from '../shared/pieces';
import { partyViews } from '../../report/parties';
import { BUILTIN_VOCABULARY, Lang, Vocabulary } from '../../vocabulary/vocabulary';

/**
 * `sessions` are the parsed notes of report.sessions, in the same order: the counts per value of the
 * team's own dimensions come from them (the JSON contract has no place for those).
 */
export function renderMarkdown(report: OverviewReport, lang: Lang, vocabulary: Vocabulary = BUILTIN_VOCABULARY, sessions: readonly Session[] = []): string {
  const writer = markdownWriter(lang, vocabulary);
  return writer.head + report.sessions.map((summary, i) => writer.session(summary, sessions[i])).join('') + writer.end();
}

/** The Markdown overview in parts: its head, each session's part as the session comes, then the totals. */
export interface MarkdownWriter {
  head: string;
  /** `session`: the parsed notes `summary` was made from, when the caller has them. */
  session(summary: SessionSummary, session?: Session): string;
  /** session() in pieces, made as they are read: a large session's course and problems are long. */
  sessionParts(summary: SessionSummary, session?: Session): Generator<string>;
  end(): string;
}

/** Keeps only the running totals, so a caller can drop each session once its part is written. */
export function markdownWriter(lang: Lang, vocabulary: Vocabulary = BUILTIN_VOCABULARY): MarkdownWriter {
  const labels = REPORT_LABELS[lang];
  let totals = reportOf([], vocabulary).totals;
  let count = 0;
  let facets: DimensionCounts[] | undefined;
  return {
    head: `# ${labels.overview}`,
    session(summary, session) {
      return [...this.sessionParts(summary, session)].join('');
    },
    *sessionParts(summary, session) {
      count++;
      totals = addToTotals(totals, summary, vocabulary);
      if (session) facets = addFacetCounts(facets ?? [], facetCounts([session], vocabulary));
      yield '\n\n';
      yield* joinedParts(sessionBlocks(summary, labels, lang, vocabulary, session ? [session] : []), '\n\n');
    },
    end() {
      const blocks = count === 0 ? [labels.noSessions] : [];
      if (count > 1) {
        blocks.push(
          `## ${labels.allSessions}`,
          `${labels.sessions}: ${count} · ${labels.observations}: ${totals.observations}`,
          matrixTable(totals.matrix, labels, lang, vocabulary),
          ...facetBlocks(facets ?? [], labels, lang, vocabulary),
        );
      }
      return blocks.map((block) => '\n\n' + block).join('') + '\n';
    },
  };
}

/** Per dimension of the team's own: a heading and the observations per value, those without one last. */
function facetBlocks(facets: readonly DimensionCounts[], labels: ReportLabels, lang: Lang, vocabulary: Vocabulary): string[] {
  // A signal dimension counts only the signals seen: none seen, no section.
  return facets.filter(({ counts }) => counts.length > 0).flatMap(({ dimension, counts }) => [
    `### ${escapeMarkdown(dimension.label[lang])}`,
    countList(counts.map(({ value, observations }) =>
      [escapeMarkdown(termLabel(dimension.id, value ?? 'none', lang, vocabulary)), observations]), labels.none),
  ]);
}

/**
 * `parsed`: the session's parsed notes (none when the caller gave only the report). A block is a string, or pieces
 * made as they are read.
 */
function* sessionBlocks(s: SessionSummary, labels: ReportLabels, lang: Lang, vocabulary: Vocabulary, parsed: readonly Session[]): Generator<string | Iterable<string>> {
  const term = (role: string, id: string) => escapeMarkdown(termLabel(role, id, lang, vocabulary));
  const levelName = (id: string | null) => (id === null ? '—' : term('level', id));
  const steps = function* (): Generator<string> {
    if (s.thermometer.start !== null) yield `${levelName(s.thermometer.start)} (${labels.start.toLowerCase()})`;
    for (const r of s.thermometer.readings) yield `${levelName(r.level)} (${labels.line} ${r.line})`;
  };
  const course = function* (): Generator<string> {
    yield* joinedPieces(steps(), (step) => step, ' → ');
    yield `\n\n${labels.end}: **${levelName(s.thermometer.end)}** · ${labels.peak}: **${levelName(s.thermometer.peak)}**`;
  };
  yield* [
    `## ${escapeMarkdown(s.title)}`,
    `${s.date ? longDate(s.date, lang) : labels.noDate} · ${escapeMarkdown(s.file)} · ${labels.observations}: ${s.observations}`,
    ...(parsed[0] ? peopleLine(parsed[0], labels) : []),
    `### ${labels.conditionByPhase}`,
    matrixTable(s.matrix, labels, lang, vocabulary),
    ...(parsed[0] ? partyBlocks(parsed[0], labels, lang, vocabulary) : []),
    `### ${labels.thermometer}`,
    s.thermometer.start === null && s.thermometer.readings.length === 0 ? labels.noReadings : course(),
    `### ${labels.needs}`,
    countList(Object.entries(s.needs).map(([id, n]) => [term('need', id), n]), labels.noNeeds),
    `### ${labels.actions}`,
    `${labels.open}: ${s.actions.open} · ${labels.done}: ${s.actions.done}`,
    ...(parsed[0] ? actionList(parsed[0].actions, labels, lang) : []),
    ...(parsed[0] ? [`### ${labels.decisions}`, decisionList(parsed[0].decisions, labels)] : []),
    `### ${labels.otherTags}`,
    countList(Object.entries(s.otherTags).map(([tag, n]) => [escapeMarkdown(`#${tag}`), n]), labels.noOtherTags),
    ...facetBlocks(parsed[0] ? facetCounts(parsed, vocabulary) : [], labels, lang, vocabulary),
  ];
  // The parsed notes say their problems in `lang`; a report on its own has only the English messages.
  if ((parsed[0] ?? s).problems.length === 0) return;
  const problems = parsed[0] ? sessionProblems(parsed[0], lang, vocabulary) : s.problems;
  yield `### ${labels.problems}`;
  yield joinedPieces(problems, (p) => `- **${labels[p.severity]}** (${labels.line} ${p.line}): ${escapeMarkdown(p.message)}`);
}

/** The party × condition table, each party's needs and who has not put its interests on the table (bold in the share phase). */
function partyBlocks(session: Session, labels: ReportLabels, lang: Lang, vocabulary: Vocabulary): string[] {
  const parties = partyViews(session, vocabulary);
  if (parties.length === 0) return [];
  const term = (role: string, id: string) => escapeMarkdown(termLabel(role, id, lang, vocabulary));
  const conditions = Object.keys(parties[0].byCondition);
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const table = [
    row([labels.partyByCondition, ...conditions.map((c) => term('condition', c))]),
    row([':--', ...conditions.map(() => '--:')]),
    ...parties.map((p) => row([escapeMarkdown(p.name), ...conditions.map((c) => (p.byCondition[c].length === 0 ? '·' : String(p.byCondition[c].length)))])),
  ].join('\n');
  const stressed = session.currentPhase === 'share';
  const missing = parties.filter((p) => p.interestsMissing)
    .map((p) => escapeMarkdown(labels.interestsMissing.replace('{0}', p.name)))
    .map((hint) => (stressed ? `- **${hint}**` : `- ${hint}`));
  const needs = parties.map((p) => {
    const entries = Object.entries(p.needs);
    return `- ${escapeMarkdown(p.name)}: ${entries.length ? entries.map(([id, n]) => `${term('need', id)} ${n}`).join(', ') : labels.noNeeds}`;
  });
  return [
    `### ${labels.partyByCondition}`,
    table,
    ...(missing.length ? [missing.join('\n') + (stressed ? `\n\n${labels.interestsMissingInShare}` : '')] : []),
    `### ${labels.partyNeeds}`,
    needs.join('\n'),
  ];
}

/** The facilitator and participants line, when the notes name either. */
function peopleLine(session: Session, labels: ReportLabels): string[] {
  const parts = [
    ...(session.facilitator === null ? [] : [`${labels.facilitator}: ${escapeMarkdown(session.facilitator)}`]),
    ...(session.participants.length === 0 ? [] : [`${labels.participants}: ${session.participants.map((p) => escapeMarkdown(p.name)).join(', ')}`]),
  ];
  return parts.length ? [parts.join(' · ')] : [];
}

/** Every action as a task list item: text, owner, due date, "private" when it is, its line. */
function actionList(actions: readonly Action[], labels: ReportLabels, lang: Lang): string[] {
  if (actions.length === 0) return [];
  return [actions.map((a) => `- [${a.done ? 'x' : ' '}] ${escapeMarkdown(a.text || '…')}`
    + (a.owner === null ? '' : ` · @${escapeMarkdown(a.owner)}`)
    + (a.due === null ? '' : ` · ${labels.due} ${longDate(a.due, lang, false)}`)
    + (a.private ? ` · ${labels.private}` : '') + ` (${labels.line} ${a.line})`).join('\n')];
}

function decisionList(decisions: readonly Decision[], labels: ReportLabels): string {
  if (decisions.length === 0) return labels.noDecisions;
  return decisions.map((d) => `- ${escapeMarkdown(d.text || '…')}${d.private ? ` · ${labels.private}` : ''} (${labels.line} ${d.line})`).join('\n');
}

/** Conditions as rows, phases as columns, with each row's total; zero shows as a dot so the tagged cells stand out. */
function matrixTable(matrix: Matrix, labels: ReportLabels, lang: Lang, vocabulary: Vocabulary): string {
  const conditions = Object.keys(matrix);
  const phases = Object.keys(matrix[conditions[0]] ?? {});
  const cell = (n: number) => (n === 0 ? '·' : String(n));
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    row([labels.conditionByPhase, ...phases.map((p) => escapeMarkdown(termLabel('phase', p, lang, vocabulary))), labels.total]),
    row([':--', ...phases.map(() => '--:'), '--:']),
    ...conditions.map((c) => {
      const counts = phases.map((p) => matrix[c][p] ?? 0);
      return row([escapeMarkdown(termLabel('condition', c, lang, vocabulary)), ...counts.map(cell), cell(counts.reduce((a, b) => a + b, 0))]);
    }),
  ].join('\n');
}

function countList(entries: [string, number][], empty: string): string {
  return entries.length === 0 ? empty : entries.map(([name, n]) => `- ${name}: ${n}`).join('\n');
}
