// The workspace overview's list of collaborations: one row each, opening its dossier in the panel.
import { Collaboration } from '../../report/collaboration';
import { escapeHtml } from '../shared/escape';
import { shortDateOr } from '../shared/dates';
import { termLabel, termsOf } from '../../vocabulary/labels';
import { capitalize, Lang, Vocabulary } from '../../vocabulary/vocabulary';
import { DOSSIER_LABELS } from '../dossier/dossierLabels';

export function collaborationTable(groups: readonly Collaboration[], lang: Lang, vocabulary: Vocabulary, interactive: boolean): string {
  const t = DOSSIER_LABELS[lang];
  if (groups.length === 0) return `<p class="muted">${t.noCollaborations}</p>`;
  const levels = termsOf('level', vocabulary).map((term) => term.id);
  const rows = groups.map((c) => {
    const level = c.latestLevel;
    const open = c.actions.filter((a) => !a.done);
    const name = interactive
      ? `<button type="button" class="open-dossier" data-command="dossier" data-collaboration="${escapeHtml(c.name)}" title="${t.openDossier}">${escapeHtml(c.name)}</button>`
      : escapeHtml(c.name);
    return `<tr data-collaboration="${escapeHtml(c.name)}"><td>${name}</td><td class="num">${c.sessions.length}</td><td>${escapeHtml(shortDateOr(c.latestDate, lang, '—'))}</td>`
      + `<td>${c.currentPhase === null ? '—' : escapeHtml(termLabel('phase', c.currentPhase, lang, vocabulary))}</td>`
      + `<td>${level === null ? '—' : `<span class="level lvl-${Math.max(levels.indexOf(level), 0)}">${escapeHtml(termLabel('level', level, lang, vocabulary))}</span>`}</td>`
      + `<td class="num">${open.length}</td><td class="num${open.some((a) => a.overdue) ? ' stressed' : ''}">${open.filter((a) => a.overdue).length}</td></tr>`;
  });
  const head = [t.collaboration, t.sessions, t.latestDate, t.currentPhase, t.latestLevel, capitalize(t.open), capitalize(t.overdue)];
  return `<div class="scroll"><table class="sessions collaborations"><thead><tr>${head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>\n`
    + `<tbody>\n${rows.join('\n')}\n</tbody></table></div>`;
}
