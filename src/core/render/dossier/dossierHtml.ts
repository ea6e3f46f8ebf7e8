// The dossier of one or more collaborations as HTML: the panel's dossier view, the exported file and the
// CLI's --format html. Note text is untrusted: every value from the notes goes through escapeHtml.
import { Collaboration, TrackedAction } from '../../report/collaboration';
import { escapeHtml } from '../shared/escape';
import { shortDateOr } from '../shared/dates';
import { termLabel, termsOf } from '../../vocabulary/labels';
import { BUILTIN_VOCABULARY, capitalize, Lang, Vocabulary } from '../../vocabulary/vocabulary';
import { DOSSIER_LABELS, DossierLabels } from './dossierLabels';
import { renderPage, WebviewHosting } from '../overview/html';
import { thermometerAcross } from './dossierSvg';

export interface DossierHtmlOptions {
  lang: Lang;
  vocabulary?: Vocabulary;
  /** Given for the panel: clickable sessions and actions (data-session indexes into the one collaboration's sessions). */
  webview?: WebviewHosting;
}

interface Context {
  lang: Lang;
  t: DossierLabels;
  vocabulary: Vocabulary;
  interactive: boolean;
  levelIds: string[];
}

/** A complete HTML document. */
export function renderDossierHtml(collaborations: readonly Collaboration[], options: DossierHtmlOptions): string {
  const t = DOSSIER_LABELS[options.lang];
  const title = collaborations.length === 1 ? `${t.dossier}: ${collaborations[0].name}` : `${t.dossier}: ${t.collaborations}`;
  return renderPage(renderDossierMain(collaborations, options), title, options);
}

/** The inside of <main>: one <article> per collaboration. */
export function renderDossierMain(collaborations: readonly Collaboration[], options: DossierHtmlOptions): string {
  const vocabulary = options.vocabulary ?? BUILTIN_VOCABULARY;
  const ctx: Context = {
    lang: options.lang, t: DOSSIER_LABELS[options.lang], vocabulary, interactive: options.webview !== undefined,
    levelIds: termsOf('level', vocabulary).map((term) => term.id),
  };
  if (collaborations.length === 0) return `<p class="muted">${ctx.t.noCollaborations}</p>`;
  return collaborations.map((c, i) => article(ctx, c, collaborations.length > 1 ? `c${i}-` : '')).join('\n')
    + `\n<footer>${ctx.t.madeWith}</footer>`;
}

function article(ctx: Context, c: Collaboration, id: string): string {
  const { t } = ctx;
  const latestLevel = c.latestLevel;
  const open = c.actions.filter((a) => !a.done);
  return [
    `<article class="dossier" aria-labelledby="${id}title"><header>`,
    `<h1 id="${id}title">${t.dossier}: ${escapeHtml(c.name)}</h1>`,
    `<p class="meta">${t.sessions}: <strong data-count="sessions">${c.sessions.length}</strong> · `
      + `${t.currentPhase}: <strong data-phase="${escapeHtml(c.currentPhase ?? '')}">${c.currentPhase === null ? '—' : escapeHtml(term(ctx, 'phase', c.currentPhase))}</strong> · `
      + `${t.latestLevel}: ${latestLevel === null ? '—' : levelChip(ctx, latestLevel)} · `
      + `${capitalize(t.open)}: <strong data-count="open">${open.length}</strong> · ${capitalize(t.overdue)}: <strong data-count="overdue">${open.filter((a) => a.overdue).length}</strong></p>`,
    ctx.interactive ? `<nav class="toolbar"><button type="button" data-command="workspace">${t.workspace}</button></nav>` : '',
    '</header>',
    section(`${id}sessions`, t.sessions, sessionTable(ctx, c)),
    section(`${id}journey`, t.phaseJourney, phaseGrid(ctx, c) + skippedPhases(ctx, c)),
    section(`${id}thermometer`, t.thermometerAcross, thermometerAcross(c.sessions.map((s, i) => ({
      label: shortDateOr(s.date, ctx.lang, t.noDate), title: s.title, ...c.thermometers[i],
    })), ctx.lang, ctx.vocabulary)),
    section(`${id}conditions`, t.notDiscussed, c.conditionsNotDiscussed.length
      ? `<p>${c.conditionsNotDiscussed.map((id) => `<span class="chip" data-condition="${escapeHtml(id)}">${escapeHtml(term(ctx, 'condition', id))}</span>`).join(' ')}</p>`
      : `<p class="muted">${t.allDiscussed}</p>`),
    section(`${id}parties`, t.parties, partyTable(ctx, c)),
    section(`${id}actions`, t.allActions, actionTable(ctx, c)),
    '</article>',
  ].join('\n');
}

function section(id: string, heading: string, body: string): string {
  return `<section id="${id}" aria-labelledby="h-${id}"><h2 id="h-${id}">${escapeHtml(heading)}</h2>\n${body}\n</section>`;
}

function term(ctx: Context, role: string, id: string): string {
  return termLabel(role, id, ctx.lang, ctx.vocabulary);
}

function levelChip(ctx: Context, level: string): string {
  return `<span class="level lvl-${Math.max(ctx.levelIds.indexOf(level), 0)}">${escapeHtml(term(ctx, 'level', level))}</span>`;
}

function table(head: string[], rows: string[], cls: string): string {
  return `<div class="scroll"><table class="${cls}"><thead><tr>${head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>\n`
    + `<tbody>\n${rows.join('\n')}\n</tbody></table></div>`;
}

function sessionTable(ctx: Context, c: Collaboration): string {
  const { t } = ctx;
  const rows = c.sessions.map((s, i) => {
    const th = c.thermometers[i];
    const title = ctx.interactive ? `<button type="button" class="open-session" data-session="${i}">${escapeHtml(s.title)}</button>` : escapeHtml(s.title);
    const present = c.parties.filter((p) => p.attended.includes(i)).map((p) => escapeHtml(p.name)).join(', ') || '—';
    const phases = c.phases[i].map((p) => escapeHtml(term(ctx, 'phase', p))).join(', ') || '—';
    return `<tr><td>${escapeHtml(shortDateOr(s.date, ctx.lang, '—'))}</td><td>${title}<div class="where">${escapeHtml(s.file)}</div></td>`
      + `<td class="num">${s.observations.length}</td><td>${present}</td>`
      + `<td>${th.end === null ? '—' : levelChip(ctx, th.end)}</td><td>${th.peak === null ? '—' : levelChip(ctx, th.peak)}</td><td>${phases}</td></tr>`;
  });
  return table([t.date, t.title, t.observations, t.partiesPresent, t.end, t.peak, t.phasesWorkedIn], rows, 'sessions');
}

/** Phases down, sessions across: a filled cell where the session worked in the phase; skipped phases stressed. */
function phaseGrid(ctx: Context, c: Collaboration): string {
  const { t } = ctx;
  const skipped = new Set(c.phasesSkipped.map((p) => p.phase));
  const rows = termsOf('phase', ctx.vocabulary).map(({ id }) => {
    const cells = c.phases.map((phases) => (phases.includes(id)
      ? `<td class="s3" data-worked="${escapeHtml(id)}">●<span class="sr"> ${t.workedIn}</span></td>`
      : `<td class="s0">·<span class="sr"> ${t.notWorkedIn}</span></td>`)).join('');
    const name = escapeHtml(term(ctx, 'phase', id));
    return `<tr><th scope="row"${skipped.has(id) ? ' class="stressed"' : ''}>${name}</th>${cells}</tr>`;
  });
  const head = [t.phaseBySession, ...c.sessions.map((s) => shortDateOr(s.date, ctx.lang, t.noDate))];
  return table(head, rows, 'matrix journey');
}

function skippedPhases(ctx: Context, c: Collaboration): string {
  const { t } = ctx;
  if (c.phasesSkipped.length === 0) return `<p class="muted">${t.noPhaseSkipped}</p>`;
  const items = c.phasesSkipped.map(({ phase, stressed }) => {
    const why = termsOf('phase', ctx.vocabulary).find((x) => x.id === phase)?.skipped?.[ctx.lang];
    const name = escapeHtml(term(ctx, 'phase', phase));
    return stressed
      ? `<li class="stressed" data-phase="${escapeHtml(phase)}"><strong>${name}</strong> (${t.oftenSkipped}).${why ? ` ${escapeHtml(why)}` : ''}</li>`
      : `<li data-phase="${escapeHtml(phase)}">${name}.</li>`;
  });
  return `<p>${t.phasesSkipped}:</p><ul class="plain skipped">${items.join('\n')}</ul>`;
}

function partyTable(ctx: Context, c: Collaboration): string {
  const { t } = ctx;
  if (c.parties.length === 0) return `<p class="muted">${t.noParties}</p>`;
  const rows = c.parties.map((p) => `<tr><td>${escapeHtml(p.name)}</td>`
    + `<td>${p.attended.length} / ${c.sessions.length}${p.attended.length ? ` <span class="where">(${p.attended.map((i) => escapeHtml(shortDateOr(c.sessions[i].date, ctx.lang, t.noDate))).join(', ')})</span>` : ''}</td>`
    + `<td>${p.raised}${p.conditions.length ? ` <span class="where">(${p.conditions.map((id) => escapeHtml(term(ctx, 'condition', id))).join(', ')})</span>` : ''}</td></tr>`);
  return table([t.party, t.attended, t.raised], rows, 'sessions parties');
}

/** Open ones first (overdue leading), then done; each with owner, due date and the session it came from. */
function actionTable(ctx: Context, c: Collaboration): string {
  const { t } = ctx;
  if (c.actions.length === 0) return `<p class="muted">${t.noActions}</p>`;
  const rank = (a: TrackedAction) => (a.done ? 2 : a.overdue ? 0 : 1);
  const rows = [...c.actions].sort((a, b) => rank(a) - rank(b)).map((a) => {
    const status = a.done ? t.done : a.overdue ? t.overdue : t.open;
    const text = escapeHtml(a.text || '…');
    const body = ctx.interactive
      ? `<button type="button" class="obs" data-session="${a.latest.session}" data-line="${a.latest.line}" data-end="${a.latest.line}">${text}</button>`
      : text;
    const from = c.sessions[a.origin.session];
    return `<tr data-status="${a.done ? 'done' : a.overdue ? 'overdue' : 'open'}"><td${a.overdue ? ' class="stressed"' : ''}>${escapeHtml(capitalize(status))}</td>`
      + `<td>${body}</td><td>${escapeHtml(a.owner ?? '—')}</td><td${a.overdue ? ' class="stressed"' : ''}>${escapeHtml(shortDateOr(a.due, ctx.lang, '—'))}</td>`
      + `<td>${escapeHtml(shortDateOr(from.date, ctx.lang, t.noDate))} ${escapeHtml(from.title)}</td></tr>`;
  });
  return table([t.status, t.action, t.owner, t.due, t.session], rows, 'sessions actions');
}
