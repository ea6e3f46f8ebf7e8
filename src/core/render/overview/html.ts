// The overview as HTML: one renderer for the webview panel, the exported file and the CLI's
// --format html. Note text is untrusted: every value from the notes goes through escapeHtml,
// and the page's Content-Security-Policy forbids scripts except the panel's own nonce'd one.
import { coverageHints } from '../../report/coverage';
import { PartyView, partyViews } from '../../report/parties';
import { escapeHtml } from '../shared/escape';
import { facetCounts } from '../../report/facets';
import { Action, Decision, Observation, Session } from '../../parse/model';
import { buildReport, WorkspaceCounts, workspaceCounts } from '../../report/overview';
import { sessionProblems } from '../../parse/problemText';
import { Matrix, OverviewReport } from '../../report/overviewSchema';
import { termLabel, termsOf } from '../../vocabulary/labels';
import { bySessionDate } from '../../report/sessionOrder';
import { BUILTIN_VOCABULARY, capitalize, DimensionRole, Lang, Vocabulary } from '../../vocabulary/vocabulary';
import { OVERVIEW_LABELS, OverviewLabels } from '../shared/labels';
import { OVERVIEW_CSS } from '../shared/overviewStyle';
import { longDate, shortDate, shortDateOr } from '../shared/dates';
import { sessionDuration, thermometerTimeline, thermometerTrend } from '../shared/svg';
import { Collaboration, collaborations } from '../../report/collaboration';
import { actionsByStatus } from '../../report/openActions';
import { isoDate } from '../../write/template';
import { CollaborationFolder, collaborationTable } from './collaborationTable';
import { DOSSIER_LABELS } from '../dossier/dossierLabels';
import { joinedParts, joinedPieces } from '../shared/pieces';
import { cellKey, cellKeys, MAX_LISTED_PER_CELL } from '../../report/cells';

export interface WebviewHosting {
  nonce: string;
  /** webview.cspSource */
  cspSource: string;
  /** The panel script (media/overview.js) as a webview URI. */
  scriptUri: string;
  /** What the panel shows, as JSON on <main data-state>: the script keeps it so the panel comes back after a window reload. */
  state?: string;
}

export interface HtmlOptions {
  lang: Lang;
  vocabulary?: Vocabulary;
  /** Given for the panel: nonce'd style and script, clickable observations. Absent: a static, script-free page. */
  webview?: WebviewHosting;
  /** One session's overview, or one row per session; by default a workspace when there is not exactly one session. */
  mode?: 'session' | 'workspace';
  /** The report of `sessions` (buildReport, same order) when the caller already has it; built here when the page needs it. */
  report?: OverviewReport;
  /**
   * The workspace page's counts of `sessions` (workspaceCounts) when the caller has them: a page of several
   * collaborations shows nothing else of the sessions' summaries, so it then builds no report.
   */
  counts?: WorkspaceCounts;
  /** Rules added after the overview's stylesheet (the partner report's print rules). */
  style?: string;
  /** The workspace's collaborations of `sessions` when the caller already has them (folders relative to its workspace folder). */
  collaborations?: readonly Collaboration[];
  /** A workspace of several folders: `collaborations` under their folders, each folder's listed under its name. */
  folders?: readonly CollaborationFolder[];
  /** One session's page: the phases its collaboration's earlier sessions covered (phasesCoveredBefore), never called skipped. */
  coveredBefore?: readonly string[];
  /**
   * The panel's page (from 0) of a workspace of several collaborations: their rows a page at a time and no list of
   * every action and decision (each dossier has its own). Absent: everything (exports and the CLI).
   */
  page?: number;
}

/** Everything the page's parts need, resolved once. */
interface Context {
  lang: Lang;
  t: OverviewLabels;
  vocabulary: Vocabulary;
  interactive: boolean;
  sessions: readonly Session[];
  /** report.sessions[i] summarises sessions[i]; built on first read. */
  readonly report: OverviewReport;
  levelIds: string[];
  coveredBefore: readonly string[];
}

/** A complete HTML document. */
export function renderOverviewHtml(sessions: readonly Session[], options: HtmlOptions): string {
  return [...overviewHtmlParts(sessions, options)].join('');
}

/** renderOverviewHtml in parts, made one at a time as they are asked for, so a large page need never be one string. */
export function* overviewHtmlParts(sessions: readonly Session[], options: HtmlOptions): Generator<string> {
  const t = OVERVIEW_LABELS[options.lang];
  const title = isWorkspace(sessions, options) ? t.workspaceOverview : `${t.overview}: ${sessions[0].title}`;
  yield* pageParts(overviewMainParts(sessions, options), title, options);
}

/** The page around a <main> content: CSP, inline style and, in the webview, the nonce'd panel script. */
export function renderPage(main: string, title: string, options: HtmlOptions): string {
  return [...pageParts([main], title, options)].join('');
}

function* pageParts(main: Iterable<string>, title: string, options: HtmlOptions): Generator<string> {
  yield pageOpening(title, options);
  yield* main;
  yield pageClosing(options);
}

/** The page up to the opening <main> tag. */
export function pageOpening(title: string, options: HtmlOptions): string {
  const hosting = options.webview;
  const csp = hosting
    ? `default-src 'none'; img-src ${hosting.cspSource} data:; style-src 'nonce-${hosting.nonce}'; script-src 'nonce-${hosting.nonce}'`
    : `default-src 'none'; img-src data:; style-src 'unsafe-inline'`;
  return '<!DOCTYPE html>\n'
    + `<html lang="${options.lang}"><head><meta charset="utf-8">`
    + `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`
    + '<meta name="viewport" content="width=device-width, initial-scale=1">'
    + `<title>${escapeHtml(title)}</title><style${nonceAttribute(options)}>${OVERVIEW_CSS}${options.style ?? ''}</style></head>\n`
    + `<body><main id="overview"${hosting?.state ? ` data-state="${escapeHtml(hosting.state)}"` : ''}>`;
}

/** The page from the closing </main> tag on. */
export function pageClosing(options: HtmlOptions): string {
  const hosting = options.webview;
  return '</main>'
    + (hosting ? `<script${nonceAttribute(options)} src="${escapeHtml(hosting.scriptUri)}"></script>` : '')
    + '</body></html>\n';
}

function nonceAttribute(options: HtmlOptions): string {
  return options.webview ? ` nonce="${escapeHtml(options.webview.nonce)}"` : '';
}

/** The inside of <main>: what the panel swaps in on a live update. */
export function renderOverviewMain(sessions: readonly Session[], options: HtmlOptions): string {
  return [...overviewMainParts(sessions, options)].join('');
}

function* overviewMainParts(sessions: readonly Session[], options: HtmlOptions): Generator<string> {
  const vocabulary = options.vocabulary ?? BUILTIN_VOCABULARY;
  let report = options.report;
  const ctx: Context = {
    lang: options.lang,
    t: OVERVIEW_LABELS[options.lang],
    vocabulary,
    interactive: options.webview !== undefined,
    sessions,
    get report() {
      return (report ??= buildReport(sessions, vocabulary));
    },
    levelIds: termsOf('level', vocabulary).map((term) => term.id),
    coveredBefore: options.coveredBefore ?? [],
  };
  if (!isWorkspace(sessions, options)) {
    yield* sessionPage(ctx);
    return;
  }
  // The page's lines, each made only when the one before is written.
  let first = true;
  for (const line of workspacePage(ctx, options)) {
    yield first ? line : '\n' + line;
    first = false;
  }
}

function isWorkspace(sessions: readonly Session[], options: HtmlOptions): boolean {
  return sessions.length === 0 || (options.mode ?? (sessions.length === 1 ? 'session' : 'workspace')) === 'workspace';
}

/** One session's page in pieces: the lists of a large session's observations, readings and problems are long. */
function* sessionPage(ctx: Context): Generator<string> {
  const { t } = ctx;
  const session = ctx.sessions[0];
  const summary = ctx.report.sessions[0];
  const th = summary.thermometer;
  const parties = partyViews(session, ctx.vocabulary);
  yield* joinedParts([
    '<header>',
    `<h1>${escapeHtml(session.title)}</h1>`,
    `<p class="meta">${escapeHtml(session.date ? longDate(session.date, ctx.lang) : t.noDate)} · <span class="file">${escapeHtml(session.file)}</span> · `
      + `${t.observations}: <strong data-count="observations">${summary.observations}</strong>${durationText(ctx, session)}</p>`,
    peopleLine(ctx, session),
    ctx.interactive ? `<nav class="toolbar"><button type="button" data-command="workspace">${t.workspaceOverview}</button>`
      + `<button type="button" data-command="previewPartners">${t.previewForPartners}</button>`
      + `<button type="button" data-command="presentToRoom" aria-pressed="false">${t.presentToRoom}</button>`
      + `<button type="button" data-command="exportPartners">${t.reportForPartners}</button></nav>` : '',
    '</header>',
    section('matrix', t.conditionByPhase, matrixTable(summary.matrix, ctx.lang, ctx.vocabulary, true)),
    sectionParts('cells', t.observationsPerCell, cellLists(ctx, ctx.sessions.map((s, i) => ({ session: i, observations: s.observations })))),
    parties.length ? sectionParts('parties', t.partyByCondition, [partyTable(ctx, parties)], partyCellLists(ctx, parties)) : '',
    sectionParts('thermometer', t.thermometer,
      thermometerTimeline(th.start, session.readings, session.lineCount, ctx.lang, ctx.vocabulary),
      [levelsList(ctx, [[t.start, th.start], [t.end, th.end], [t.peak, th.peak]]) + advice(ctx, th.end)],
      readingsList(ctx, session)),
    section('coverage', t.coverage, coverage(ctx, session.observations, session.currentPhase, parties)),
    '<div class="columns">',
    section('needs', t.needsMentioned, countList(Object.entries(summary.needs), (id) => termName(ctx, 'need', id), t.noNeeds)),
    parties.length ? section('party-needs', t.partyNeeds, partyNeeds(ctx, parties)) : '',
    sectionParts('actions', t.actions, actionLists(ctx, ofSessions([0], (s) => s.actions, ctx.sessions))),
    sectionParts('decisions', t.decisions, decisionList(ctx, ofSessions([0], (s) => s.decisions, ctx.sessions))),
    section('tags', t.otherTags, countList(Object.entries(summary.otherTags), (tag) => `#${tag}`, t.noOtherTags)),
    ...facetSections(ctx, ctx.sessions),
    '</div>',
    summary.problems.length ? sectionParts('problems', t.problems, problemList(ctx, session)) : '',
    `<footer>${t.madeWith}</footer>`,
  ], '\n');
}

/** ' · Duration: 1 h 15 min' from the session's first to its last written time; empty without two times. */
function durationText(ctx: Context, session: Session): string {
  const minutes = sessionDuration([...session.readings, ...session.markers].map((r) => r.time));
  if (minutes === null) return '';
  const hours = Math.floor(minutes / 60);
  const text = `${hours ? `${hours} ${ctx.t.hours} ` : ''}${minutes % 60} min`;
  return ` · ${ctx.t.duration}: <strong data-count="duration">${text}</strong>`;
}

/**
 * One row per collaboration; a workspace of one collaboration also shows its sessions, matrix, trend and
 * coverage as before (over several, those would mix unrelated partnerships: each dossier has its own).
 */
function* workspacePage(ctx: Context, options: HtmlOptions): Generator<string> {
  const { t } = ctx;
  const counts = options.counts ?? workspaceCounts(ctx.report.sessions, ctx.vocabulary);
  const groups = options.collaborations ?? collaborations(ctx.sessions, { today: isoDate(new Date()), vocabulary: ctx.vocabulary });
  const list = section('collaborations', DOSSIER_LABELS[ctx.lang].collaborations, collaborationTable(groups, ctx.lang, ctx.vocabulary, ctx.interactive, options.page, options.folders));
  const oldestFirst = bySessionDate('oldest');
  const order = ctx.sessions.map((_, i) => i).sort((a, b) => oldestFirst(ctx.sessions[a], ctx.sessions[b]));
  yield* [
    '<header>',
    `<h1>${t.workspaceOverview}</h1>`,
    `<p class="meta">${t.sessions}: <strong data-count="sessions">${ctx.sessions.length}</strong> · `
      + `${t.observations}: <strong data-count="observations">${counts.observations}</strong></p>`,
    ctx.interactive ? `<nav class="toolbar"><button type="button" data-command="session">${t.overview}</button></nav>` : '',
    '</header>',
    list,
  ];
  if (groups.length <= 1) yield* workspaceJourney(ctx, order);
  yield* countSections(ctx, counts, order, groups, options.page !== undefined && groups.length > 1);
}

/** Counts that add up over any sessions: needs, actions, free tags, the team's own dimensions. */
function* countSections(ctx: Context, counts: WorkspaceCounts, order: number[], groups: readonly Collaboration[], inDossiers: boolean): Generator<string> {
  const { t } = ctx;
  yield '<div class="columns">';
  yield section('needs', t.needsMentioned, countList(counts.needs, (id) => termName(ctx, 'need', id), t.noNeeds));
  if (inDossiers) yield `<p class="muted" id="in-dossiers">${escapeHtml(DOSSIER_LABELS[ctx.lang].inDossiers)}</p>`;
  else {
    yield [...sectionParts('actions', t.actions, actionLists(ctx, trackedActions(ctx, groups)))].join('');
    yield [...sectionParts('decisions', t.decisions, decisionList(ctx, ofSessions(order, (s) => s.decisions, ctx.sessions)))].join('');
  }
  yield section('tags', t.otherTags, countList(counts.otherTags, (tag) => `#${tag}`, t.noOtherTags));
  yield* facetSections(ctx, ctx.sessions);
  yield '</div>';
  yield `<footer>${t.madeWith}</footer>`;
}

/** The sessions, summed matrix, trend and coverage: for one collaboration only (over several they would mix partnerships). */
function* workspaceJourney(ctx: Context, order: number[]): Generator<string> {
  const { t, report } = ctx;
  yield section('sessions', t.sessions, sessionTable(ctx, order));
  yield section('matrix', t.conditionByPhase, matrixTable(report.totals.matrix, ctx.lang, ctx.vocabulary, true));
  yield section('cells', t.observationsPerCell, cellLists(ctx, order.map((i) => ({ session: i, observations: ctx.sessions[i].observations }))));
  yield section('thermometer', t.thermometerTrend, thermometerTrend(order.map((i) => ({
      name: `${shortDateOr(ctx.sessions[i].date, ctx.lang, t.noDate)} ${ctx.sessions[i].title}`,
      end: report.sessions[i].thermometer.end,
      peak: report.sessions[i].thermometer.peak,
    })), ctx.lang, ctx.vocabulary));
  yield section('coverage', t.coverage, coverage(ctx, order.flatMap((i) => ctx.sessions[i].observations), ctx.sessions[order.at(-1) ?? 0]?.currentPhase ?? null));
}

function section(id: string, heading: string, body: string): string {
  return [...sectionParts(id, heading, [body])].join('');
}

/** A section whose body comes in pieces, made as they are read. */
function* sectionParts(id: string, heading: string, ...body: Iterable<string>[]): Generator<string> {
  yield `<section id="${id}" aria-labelledby="h-${id}"><h2 id="h-${id}">${escapeHtml(heading)}</h2>\n`;
  for (const pieces of body) yield* pieces;
  yield '\n</section>';
}

/**
 * The condition × phase table with the counts of the JSON contract. With `links`, a non-empty
 * cell points at its list of observations. Also used by the Markdown preview's fenced block.
 */
export function matrixTable(matrix: Matrix, lang: Lang, vocabulary: Vocabulary = BUILTIN_VOCABULARY, links = false): string {
  const t = OVERVIEW_LABELS[lang];
  const conditions = Object.keys(matrix);
  const phases = Object.keys(matrix[conditions[0]] ?? {});
  const max = Math.max(1, ...conditions.flatMap((c) => phases.map((p) => matrix[c][p] ?? 0)));
  const head = phases.map((p) => `<th scope="col"${summaryTitle('phase', p, lang, vocabulary)}>${escapeHtml(termLabel('phase', p, lang, vocabulary))}</th>`).join('');
  const rows = conditions.map((c, ci) => {
    const cells = phases.map((p, pi) => {
      const n = matrix[c][p] ?? 0;
      const shade = n === 0 ? 0 : Math.min(4, Math.ceil((n / max) * 4));
      const content = links && n > 0 ? `<a href="#${cellId(ci, pi)}" data-cell-link="${cellId(ci, pi)}">${n}</a>` : String(n);
      return `<td class="s${shade}" data-cell="${escapeHtml(c)}|${escapeHtml(p)}">${content}</td>`;
    }).join('');
    return `<tr><th scope="row"${summaryTitle('condition', c, lang, vocabulary)}>${escapeHtml(termLabel('condition', c, lang, vocabulary))}</th>${cells}</tr>`;
  }).join('\n');
  return `<div class="scroll"><table class="matrix"><thead><tr><th scope="col">${t.conditionByPhase}</th>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody></table></div>`;
}

function cellId(conditionIndex: number, phaseIndex: number): string {
  return `cell-${conditionIndex}-${phaseIndex}`;
}

function summaryTitle(role: DimensionRole, id: string, lang: Lang, vocabulary: Vocabulary): string {
  const summary = termsOf(role, vocabulary).find((term) => term.id === id)?.summary[lang];
  return summary ? ` title="${escapeHtml(summary)}"` : '';
}

interface SessionObservations { session: number; observations: readonly Observation[] }

/** A cell's first MAX_LISTED_PER_CELL observations and how many it has. */
interface Cell { listed: { session: number; observation: Observation }[]; count: number }

/** One <details> per non-empty cell, in matrix order, listing the cell's observations (as the matrix counts them). */
function cellLists(ctx: Context, groups: SessionObservations[]): string {
  const matrix = ctx.report.totals.matrix;
  const conditions = Object.keys(matrix);
  const phases = Object.keys(matrix[conditions[0]] ?? {});
  const cells = new Map<string, Cell>();
  for (const { session, observations } of groups) {
    for (const observation of observations) {
      for (const key of cellKeys(observation)) {
        let cell = cells.get(key);
        if (!cell) cells.set(key, (cell = { listed: [], count: 0 }));
        if (cell.count++ < MAX_LISTED_PER_CELL) cell.listed.push({ session, observation });
      }
    }
  }
  const open = ctx.interactive ? '' : ' open';
  const parts: string[] = [];
  conditions.forEach((c, ci) => phases.forEach((p, pi) => {
    const cell = cells.get(cellKey(c, p));
    if (!cell) return;
    const name = `${termName(ctx, 'condition', c)} × ${termName(ctx, 'phase', p)}`;
    const items = cell.listed.map((e) => observationItem(ctx, e.session, e.observation)).join('\n');
    const more = cell.count > MAX_LISTED_PER_CELL ? `<li class="muted">${cell.count - MAX_LISTED_PER_CELL} ${ctx.t.more}</li>` : '';
    parts.push(`<details id="${cellId(ci, pi)}"${open}><summary>${escapeHtml(name)} (${cell.count})</summary><ul>\n${items}${more}\n</ul></details>`);
  }));
  return parts.length ? parts.join('\n') : `<p class="muted">${ctx.t.none}</p>`;
}

/** The facilitator and the participants, when the notes name them. */
function peopleLine(ctx: Context, session: Session): string {
  const { t } = ctx;
  const parts = [
    session.facilitator === null ? '' : `${t.facilitator}: <strong data-people="facilitator">${escapeHtml(session.facilitator)}</strong>`,
    session.participants.length === 0 ? ''
      : `${t.participants}: <span data-people="participants">${escapeHtml(session.participants.map((p) => p.name).join(', '))}</span>`,
  ].filter(Boolean);
  return parts.length ? `<p class="meta people">${parts.join(' · ')}</p>` : '';
}

/** Marks what the partner report leaves out. */
function lock(ctx: Context, isPrivate: boolean): string {
  // The word, not a lock sign: fonts without the sign show an empty box.
  return isPrivate ? ` <span class="lock">${ctx.t.private}</span>` : '';
}

/** An item the panel can jump to: a button there, plain text in a static page. */
function linkedText(ctx: Context, text: string, line: number, endLine = line, session = 0): string {
  const shown = escapeHtml(text || '…');
  return ctx.interactive ? `<button type="button" class="obs" data-session="${session}" data-line="${line}" data-end="${endLine}">${shown}</button>` : shown;
}

/** Items of several sessions, in the given session order, each with its session's index. */
interface Of<T> { session: number; item: T }

function ofSessions<T>(order: number[], pick: (s: Session) => readonly T[], sessions: readonly Session[]): Of<T>[] {
  return order.flatMap((session) => pick(sessions[session]).map((item) => ({ session, item })));
}

/** In a workspace page, which session an item comes from. */
function sessionOf(ctx: Context, session: number): string {
  const s = ctx.sessions[session];
  return ctx.sessions.length > 1 ? ` <span class="where">(${escapeHtml(`${shortDateOr(s.date, ctx.lang, ctx.t.noDate)} ${s.title}`)})</span>` : '';
}

function observationItem(ctx: Context, sessionIndex: number, o: Observation): string {
  const session = ctx.sessions[sessionIndex];
  const where = (ctx.sessions.length > 1 ? `${shortDateOr(session.date, ctx.lang, ctx.t.noDate)} ${session.title}, ` : '') + `${ctx.t.line} ${o.startLine}`;
  const text = escapeHtml(o.text || '…');
  const body = ctx.interactive
    ? `<button type="button" class="obs" data-session="${sessionIndex}" data-line="${o.startLine}" data-end="${o.endLine}">${text}</button>`
    : `<span class="obs">${text}</span>`;
  const chips = [
    ...o.parties.map((p) => `<span class="chip party">${escapeHtml(p)}</span>`),
    o.level === null ? '' : levelChip(ctx, o.level),
    ...o.needs.map((n) => `<span class="chip">${escapeHtml(termName(ctx, 'need', n))}</span>`),
    ...o.otherTags.map((tag) => `<span class="chip">#${escapeHtml(tag)}</span>`),
  ].join('');
  return `<li>${body}${lock(ctx, o.private)} <span class="where">(${escapeHtml(where)})</span> ${chips}</li>`;
}

function levelChip(ctx: Context, level: string): string {
  return `<span class="level lvl-${Math.max(ctx.levelIds.indexOf(level), 0)}">${escapeHtml(termName(ctx, 'level', level))}</span>`;
}

/** termLabel in the page's language and vocabulary; `role` may also be a custom dimension's id. */
function termName(ctx: Context, role: string, id: string): string {
  return termLabel(role, id, ctx.lang, ctx.vocabulary);
}

function levelsList(ctx: Context, entries: [string, string | null][]): string {
  const items = entries.map(([name, level]) =>
    `<div><dt>${escapeHtml(name)}</dt><dd data-level="${escapeHtml(name)}">${level === null ? '—' : levelChip(ctx, level)}</dd></div>`);
  return `<dl class="levels">${items.join('')}</dl>`;
}

/** For the level in force at the end: how to recognise it and what to do, from the vocabulary. */
function advice(ctx: Context, level: string | null): string {
  const term = level === null ? undefined : termsOf('level', ctx.vocabulary).find((x) => x.id === level);
  if (!term) return '';
  const actions = term.actions?.[ctx.lang] ?? [];
  return `<div class="advice"><h3>${ctx.t.levelInForce}: ${levelChip(ctx, term.id)}</h3>`
    + (term.signs ? `<p><strong>${ctx.t.signs}:</strong> ${escapeHtml(term.signs[ctx.lang])}</p>` : '')
    + (actions.length ? `<p><strong>${ctx.t.whatYouCanDo}:</strong></p><ul class="plain">${actions.map((a) => `<li>${escapeHtml(a)}</li>`).join('')}</ul>` : '')
    + '</div>';
}

function* readingsList(ctx: Context, session: Session): Generator<string> {
  if (session.readings.length === 0) {
    yield `<p class="muted">${ctx.t.noReadings}</p>`;
    return;
  }
  yield `<h3>${ctx.t.readings}</h3><ol class="plain readings">`;
  yield* joinedPieces(session.readings, (r) => {
    const text = escapeHtml(r.text || '…');
    const body = ctx.interactive ? `<button type="button" class="obs" data-session="0" data-line="${r.line}" data-end="${r.line}">${text}</button>` : text;
    return `<li>${levelChip(ctx, r.level)} ${body} <span class="where">(${ctx.t.line} ${r.line})</span></li>`;
  });
  yield '</ol>';
}

/** Parties as rows, conditions as columns; a non-empty cell points at its list, as in the condition × phase table. */
function partyTable(ctx: Context, parties: PartyView[]): string {
  const conditions = Object.keys(parties[0].byCondition);
  const head = conditions.map((c) => `<th scope="col"${summaryTitle('condition', c, ctx.lang, ctx.vocabulary)}>${escapeHtml(termName(ctx, 'condition', c))}</th>`).join('');
  const rows = parties.map((party, pi) => {
    const cells = conditions.map((c, ci) => {
      const n = party.byCondition[c].length;
      const content = n > 0 ? `<a href="#${partyCellId(pi, ci)}" data-cell-link="${partyCellId(pi, ci)}">${n}</a>` : '0';
      return `<td class="s${n > 0 ? 1 : 0}" data-party-cell="${escapeHtml(party.name)}|${escapeHtml(c)}">${content}</td>`;
    }).join('');
    return `<tr><th scope="row">${escapeHtml(party.name)}</th>${cells}</tr>`;
  }).join('\n');
  return `<div class="scroll"><table class="matrix parties"><thead><tr><th scope="col">${ctx.t.partyByCondition}</th>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody></table></div>`;
}

function partyCellId(partyIndex: number, conditionIndex: number): string {
  return `party-${partyIndex}-${conditionIndex}`;
}

/** One <details> per non-empty party × condition cell, listing its observations; in pieces. */
function* partyCellLists(ctx: Context, parties: PartyView[]): Generator<string> {
  const open = ctx.interactive ? '' : ' open';
  let first = true;
  for (const [pi, party] of parties.entries()) {
    for (const [ci, [c, list]] of Object.entries(party.byCondition).entries()) {
      if (list.length === 0) continue;
      yield `${first ? '' : '\n'}<details id="${partyCellId(pi, ci)}"${open}><summary>${escapeHtml(`${party.name} × ${termName(ctx, 'condition', c)}`)} (${list.length})</summary><ul>\n`;
      yield* joinedPieces(list, (o) => observationItem(ctx, 0, o));
      yield '\n</ul></details>';
      first = false;
    }
  }
}

function partyNeeds(ctx: Context, parties: PartyView[]): string {
  return parties.map((party) => `<h3>${escapeHtml(party.name)}</h3>`
    + countList(Object.entries(party.needs), (id) => termName(ctx, 'need', id), ctx.t.noNeeds)).join('\n');
}

/** Per party without an interests observation, a hint; stressed in the share phase, where interests belong. */
function partyHints(ctx: Context, parties: PartyView[], currentPhase: string | null): string {
  if (parties.length === 0) return '';
  const missing = parties.filter((p) => p.interestsMissing);
  if (missing.length === 0) return `<p class="party-hint">${ctx.t.allPartiesShared}</p>`;
  const stressed = currentPhase === 'share';
  const items = missing.map((p) => {
    const text = escapeHtml(ctx.t.interestsMissing.replace('{0}', p.name));
    return `<li data-party="${escapeHtml(p.name)}"${stressed ? ' class="stressed"' : ''}>${stressed ? `<strong>${text}</strong>` : text}</li>`;
  });
  return `<ul class="plain party-hints">${items.join('\n')}</ul>` + (stressed ? `<p class="party-hint">${ctx.t.interestsMissingInShare}</p>` : '');
}

function coverage(ctx: Context, observations: readonly Observation[], currentPhase: string | null, parties: PartyView[] = []): string {
  const { t } = ctx;
  const hints = coverageHints(observations, currentPhase, ctx.vocabulary, ctx.coveredBefore);
  const hinted = partyHints(ctx, parties, hints.currentPhase);
  const forParties = hinted && `<h3>${t.partiesHeading}</h3>${hinted}`;
  if (hints.currentPhase === null) return `<p class="muted">${t.noPhaseYet}</p>${forParties}`;
  const parts = [`<p>${t.currentPhase}: <strong data-phase="${escapeHtml(hints.currentPhase)}">${escapeHtml(termName(ctx, 'phase', hints.currentPhase))}</strong></p>`];
  if (hints.conditionsMissing.length) {
    // Each with its key question: what to ask to bring the condition into the conversation.
    const items = hints.conditionsMissing.map((c) => {
      const question = termsOf('condition', ctx.vocabulary).find((x) => x.id === c)?.keyQuestion?.[ctx.lang];
      return `<li><span class="chip" data-condition="${escapeHtml(c)}"${summaryTitle('condition', c, ctx.lang, ctx.vocabulary)}>${escapeHtml(termName(ctx, 'condition', c))}</span>${question ? ` ${escapeHtml(question)}` : ''}</li>`;
    });
    parts.push(`<p>${t.conditionsMissing}:</p>\n<ul class="missing">${items.join('')}</ul>`);
  }
  if (hints.phasesSkipped.length) {
    const items = hints.phasesSkipped.map(({ phase, stressed }) => {
      const term = termsOf('phase', ctx.vocabulary).find((x) => x.id === phase);
      const name = escapeHtml(termName(ctx, 'phase', phase));
      const why = term?.skipped ? ` ${escapeHtml(term.skipped[ctx.lang])}` : '';
      return stressed
        ? `<li class="stressed" data-phase="${escapeHtml(phase)}"><strong>${name}</strong> (${t.oftenSkipped}).${why}</li>`
        : `<li data-phase="${escapeHtml(phase)}">${name}.${why}</li>`;
    });
    parts.push(`<p>${t.phasesSkipped}:</p><ul class="plain skipped">${items.join('\n')}</ul>`);
  }
  if (!hints.conditionsMissing.length && !hints.phasesSkipped.length) parts.push(`<p>${t.allCovered}</p>`);
  return parts.join('\n') + forParties;
}

/** One section per dimension of the team's own: observations per value, those without one last. */
function facetSections(ctx: Context, sessions: readonly Session[]): string[] {
  // A signal dimension counts only the signals seen: none seen, no section.
  return facetCounts(sessions, ctx.vocabulary).filter(({ counts }) => counts.length > 0).map(({ dimension, counts }, i) => {
    const entries = counts.map(({ value, observations }): [string, number] => [termName(ctx, dimension.id, value ?? 'none'), observations]);
    return section(`facet-${i}`, dimension.label[ctx.lang], countList(entries, (label) => label, ctx.t.none));
  });
}

function countList(entries: [string, number][], name: (key: string) => string, empty: string): string {
  if (entries.length === 0) return `<p class="muted">${empty}</p>`;
  return `<ul class="plain counts">${entries.map(([key, n]) => `<li>${escapeHtml(name(key))}: <strong>${n}</strong></li>`).join('')}</ul>`;
}

/** The action's text without its '@owner', which the chip beside it shows. */
function withoutOwner(text: string, owner: string | null): string {
  if (owner === null) return text;
  const at = text.indexOf(`@${owner}`);
  return at < 0 ? text : `${text.slice(0, at)}${text.slice(at + owner.length + 1).replace(/^\.+/, '')}`.replace(/\s+/g, ' ').trim();
}

/** What an action list shows of an action: a session's own, or one followed across a collaboration's sessions. */
type ListedAction = Pick<Action, 'line' | 'text' | 'done' | 'owner' | 'due' | 'private'>;

/** Each action of the collaborations once, at its latest copy (where ticking it marks it done). */
function trackedActions(ctx: Context, groups: readonly Collaboration[]): Of<ListedAction>[] {
  const indexOf = new Map(ctx.sessions.map((s, i) => [s.file, i]));
  const { open, done } = actionsByStatus(groups);
  return [...open, ...done].map(({ collaboration, action: a }) => ({
    session: indexOf.get(collaboration.sessions[a.latest.session].file) ?? 0,
    item: { line: a.latest.line, text: a.text, done: a.done, owner: a.owner, due: a.due, private: a.private },
  }));
}

function* actionLists(ctx: Context, actions: Of<ListedAction>[]): Generator<string> {
  const { t } = ctx;
  for (const done of [false, true]) {
    const listed = actions.filter(({ item: a }) => a.done === done);
    yield `<h3>${done ? capitalize(t.done) : capitalize(t.open)} (<span data-count="${done ? 'done' : 'open'}">${listed.length}</span>)</h3>`;
    if (listed.length === 0) continue;
    yield '<ul class="plain">';
    yield* joinedPieces(listed, ({ session, item: a }) => {
      const due = a.due === null ? '' : ` <span class="chip" data-due="${escapeHtml(a.due)}">${t.due} ${escapeHtml(shortDate(a.due, ctx.lang))}</span>`;
      const text = withoutOwner(a.text, a.owner) || '…';
      return `<li>${linkedText(ctx, text, a.line, a.line, session)}${lock(ctx, a.private)} <span class="chip">${escapeHtml(a.owner === null ? t.noOwner : `@${a.owner}`)}</span>${due}${sessionOf(ctx, session)}</li>`;
    });
    yield '</ul>';
  }
}

function* decisionList(ctx: Context, decisions: Of<Decision>[]): Generator<string> {
  if (decisions.length === 0) {
    yield `<p class="muted">${ctx.t.noDecisions}</p>`;
    return;
  }
  yield '<ul class="plain decisions">';
  yield* joinedPieces(decisions, ({ session, item: d }) => `<li>${linkedText(ctx, d.text, d.line, d.line, session)}${lock(ctx, d.private)}${sessionOf(ctx, session)}</li>`);
  yield '</ul>';
}

function* problemList(ctx: Context, session: Session): Generator<string> {
  yield '<ul class="plain">';
  yield* joinedPieces(sessionProblems(session, ctx.lang, ctx.vocabulary), (p) => {
    const text = `${ctx.t.line} ${p.line}: ${p.message}`;
    const body = ctx.interactive ? `<button type="button" class="obs" data-session="0" data-line="${p.line}" data-end="${p.line}">${escapeHtml(text)}</button>` : escapeHtml(text);
    return `<li><span class="chip">${ctx.t[p.severity]}</span> ${body}</li>`;
  });
  yield '</ul>';
}

function sessionTable(ctx: Context, order: number[]): string {
  const { t } = ctx;
  const rows = order.map((i) => {
    const s = ctx.sessions[i];
    const th = ctx.report.sessions[i].thermometer;
    const title = ctx.interactive ? `<button type="button" class="open-session" data-session="${i}">${escapeHtml(s.title)}</button>` : escapeHtml(s.title);
    return `<tr><td>${escapeHtml(shortDateOr(s.date, ctx.lang, '—'))}</td><td>${title}<div class="where">${escapeHtml(s.file)}</div></td>`
      + `<td class="num">${ctx.report.sessions[i].observations}</td><td>${th.end === null ? '—' : levelChip(ctx, th.end)}</td><td>${th.peak === null ? '—' : levelChip(ctx, th.peak)}</td></tr>`;
  });
  return `<div class="scroll"><table class="sessions"><thead><tr><th scope="col">${t.date}</th><th scope="col">${t.title}</th>`
    + `<th scope="col">${t.observations}</th><th scope="col">${t.end}</th><th scope="col">${t.peak}</th></tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody></table></div>`;
}
