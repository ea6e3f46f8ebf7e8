// The workspace overview's list of collaborations: one row each, opening its dossier in the panel. The panel
// shows it a page at a time, so a workspace of hundreds of collaborations stays a page the screen needs.
import { Collaboration } from '../../report/collaboration';
import { escapeHtml } from '../shared/escape';
import { termLabel, termsOf } from '../../vocabulary/labels';
import { capitalize, Lang, Vocabulary } from '../../vocabulary/vocabulary';
import { DOSSIER_LABELS } from '../dossier/dossierLabels';
import { longDate } from '../shared/dates';

/** Rows on one page of the panel's list of collaborations. */
export const COLLABORATIONS_PER_PAGE = 50;

/** A workspace folder's collaborations, when the workspace has several folders. */
export interface CollaborationFolder {
  name: string;
  collaborations: readonly Collaboration[];
}

/**
 * `page` (from 0): the panel's page of rows, with previous and next; absent: every row (exports). `folders`: the
 * same collaborations under their workspace folders, each folder a row group with its name (pages run across them).
 */
export function collaborationTable(groups: readonly Collaboration[], lang: Lang, vocabulary: Vocabulary, interactive: boolean, page?: number, folders?: readonly CollaborationFolder[]): string {
  const t = DOSSIER_LABELS[lang];
  if (groups.length === 0) return `<p class="muted">${t.noCollaborations}</p>`;
  const levels = termsOf('level', vocabulary).map((term) => term.id);
  const listed = folders ? folders.flatMap((f) => f.collaborations.map((c) => ({ c, folder: f.name }))) : groups.map((c) => ({ c, folder: undefined }));
  const first = page === undefined ? 0 : pageOf(page, listed.length) * COLLABORATIONS_PER_PAGE;
  const shown = page === undefined ? listed : listed.slice(first, first + COLLABORATIONS_PER_PAGE);
  const row = (c: Collaboration) => {
    const level = c.latestLevel;
    const open = c.actions.filter((a) => !a.done);
    const name = interactive
      ? `<button type="button" class="open-dossier" data-command="dossier" data-collaboration="${escapeHtml(c.name)}" title="${t.openDossier}">${escapeHtml(c.name)}</button>`
      : escapeHtml(c.name);
    return `<tr data-collaboration="${escapeHtml(c.name)}"><td>${name}</td><td class="num">${c.sessions.length}</td><td>${dateCell(c.latestDate, lang)}</td>`
      + `<td>${c.currentPhase === null ? '—' : escapeHtml(termLabel('phase', c.currentPhase, lang, vocabulary))}</td>`
      + `<td>${level === null ? '—' : `<span class="level lvl-${Math.max(levels.indexOf(level), 0)}">${escapeHtml(termLabel('level', level, lang, vocabulary))}</span>`}</td>`
      + `<td class="num">${open.length}</td><td class="num${open.some((a) => a.overdue) ? ' stressed' : ''}">${open.filter((a) => a.overdue).length}</td></tr>`;
  };
  const head = [t.collaboration, t.sessions, t.latestDate, t.currentPhase, t.latestLevel, capitalize(t.open), capitalize(t.overdue)];
  const pager = page !== undefined && listed.length > COLLABORATIONS_PER_PAGE ? pagerNav(first, shown.length, listed.length, lang, interactive) : '';
  return `${pager}<div class="scroll"><table class="sessions collaborations"><thead><tr>${head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>\n`
    + `${rowGroups(shown).map(({ folder, rows }) => `${folderHead(folder, head.length)}\n${rows.map(row).join('\n')}\n</tbody>`).join('\n')}</table></div>`;
}

/** Consecutive rows of the same folder, in order: one group (one <tbody>) each. */
function rowGroups(shown: readonly { c: Collaboration; folder?: string }[]): { folder?: string; rows: Collaboration[] }[] {
  const groups: { folder?: string; rows: Collaboration[] }[] = [];
  for (const { c, folder } of shown) {
    const last = groups.at(-1);
    if (last && last.folder === folder) last.rows.push(c);
    else groups.push({ folder, rows: [c] });
  }
  return groups;
}

/** A folder's row group opens with its name across the columns; without folders, a plain <tbody>. */
function folderHead(folder: string | undefined, columns: number): string {
  return folder === undefined ? '<tbody>'
    : `<tbody class="folder" data-folder="${escapeHtml(folder)}"><tr><th scope="rowgroup" colspan="${columns}">${escapeHtml(folder)}</th></tr>`;
}

/** The page asked for, kept within the pages there are (a page asked for before collaborations were removed). */
export function pageOf(page: number, count: number): number {
  const last = Math.max(Math.ceil(count / COLLABORATIONS_PER_PAGE) - 1, 0);
  return Number.isInteger(page) ? Math.min(Math.max(page, 0), last) : 0;
}

/** "51–100 of 200" with buttons to the previous and next page (no buttons on a static page). */
function pagerNav(first: number, shown: number, count: number, lang: Lang, interactive: boolean): string {
  const t = DOSSIER_LABELS[lang];
  const page = first / COLLABORATIONS_PER_PAGE;
  const button = (to: number, label: string, off: boolean) =>
    `<button type="button" data-command="workspace" data-page="${to}"${off ? ' disabled' : ''}>${escapeHtml(label)}</button>`;
  const range = `<span class="muted">${escapeHtml(t.rowsOf.replace('{0}', `${first + 1}–${first + shown}`).replace('{1}', String(count)))}</span>`;
  return interactive
    ? `<nav class="toolbar pager">${button(page - 1, t.previousPage, first === 0)}${range}${button(page + 1, t.nextPage, first + shown >= count)}</nav>`
    : `<p>${range}</p>`;
}

/** A session date written out ("16 maart 2026"), machine-readable in its datetime attribute. */
function dateCell(date: string | null, lang: Lang): string {
  if (date === null) return '—';
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? `<time datetime="${date}">${escapeHtml(longDate(date, lang, false))}</time>` : escapeHtml(date);
}
