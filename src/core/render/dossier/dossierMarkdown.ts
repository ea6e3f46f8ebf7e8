// The dossier as readable Markdown, for the CLI and the export. Note text is untrusted: everything
// that comes from the notes is escaped so it cannot turn into markup or HTML.
import { Collaboration, TrackedAction } from '../../report/collaboration';
import { escapeMarkdown } from '../shared/escape';
import { shortDateOr } from '../shared/dates';
import { termLabel, termsOf } from '../../vocabulary/labels';
import { BUILTIN_VOCABULARY, capitalize, Lang, Vocabulary } from '../../vocabulary/vocabulary';
import { DOSSIER_LABELS, DossierLabels } from './dossierLabels';

export function renderDossierMarkdown(collaborations: readonly Collaboration[], lang: Lang, vocabulary: Vocabulary = BUILTIN_VOCABULARY): string {
  const t = DOSSIER_LABELS[lang];
  if (collaborations.length === 0) return `# ${t.dossier}\n\n${t.noCollaborations}\n`;
  return collaborations.map((c) => collaborationBlocks(c, t, lang, vocabulary).join('\n\n')).join('\n\n') + '\n';
}

function collaborationBlocks(c: Collaboration, t: DossierLabels, lang: Lang, vocabulary: Vocabulary): string[] {
  const term = (role: string, id: string | null) => (id === null ? '—' : escapeMarkdown(termLabel(role, id, lang, vocabulary)));
  const date = (i: number) => shortDateOr(c.sessions[i].date, lang, t.noDate);
  const open = c.actions.filter((a) => !a.done);
  const sessions = c.sessions.map((s, i) => {
    const th = c.thermometers[i];
    const present = c.parties.filter((p) => p.attended.includes(i)).map((p) => escapeMarkdown(p.name)).join(', ') || '—';
    return [date(i), escapeMarkdown(s.title), String(s.observations.length), present, term('level', th.end), term('level', th.peak),
      c.phases[i].map((p) => term('phase', p)).join(', ') || '—'];
  });
  const grid = termsOf('phase', vocabulary).map(({ id }) => [term('phase', id), ...c.phases.map((phases) => (phases.includes(id) ? '●' : '·'))]);
  const skipped = c.phasesSkipped.map(({ phase, stressed }) => {
    const why = termsOf('phase', vocabulary).find((x) => x.id === phase)?.skipped?.[lang];
    return stressed ? `- **${term('phase', phase)}** (${t.oftenSkipped}).${why ? ` ${escapeMarkdown(why)}` : ''}` : `- ${term('phase', phase)}.`;
  });
  const thermometer = c.sessions.map((s, i) => {
    const th = c.thermometers[i];
    return [date(i), escapeMarkdown(s.title), term('level', th.start), term('level', th.end), term('level', th.peak)];
  });
  return [
    `# ${t.dossier}: ${escapeMarkdown(c.name)}`,
    `${t.sessions}: ${c.sessions.length} · ${t.currentPhase}: ${term('phase', c.currentPhase)} · `
      + `${capitalize(t.open)}: ${open.length} · ${capitalize(t.overdue)}: ${open.filter((a) => a.overdue).length}`,
    `## ${t.sessions}`,
    mdTable([t.date, t.title, t.observations, t.partiesPresent, t.end, t.peak, t.phasesWorkedIn], sessions),
    `## ${t.phaseJourney}`,
    mdTable([t.phaseBySession, ...c.sessions.map((_, i) => date(i))], grid),
    skipped.length ? `${t.phasesSkipped}:\n\n${skipped.join('\n')}` : t.noPhaseSkipped,
    `## ${t.thermometerAcross}`,
    mdTable([t.date, t.title, t.start, t.end, t.peak], thermometer),
    `## ${t.notDiscussed}`,
    c.conditionsNotDiscussed.length ? c.conditionsNotDiscussed.map((id) => `- ${term('condition', id)}`).join('\n') : t.allDiscussed,
    `## ${t.parties}`,
    c.parties.length
      ? mdTable([t.party, t.attended, t.raised], c.parties.map((p) => [escapeMarkdown(p.name),
        `${p.attended.length} / ${c.sessions.length}${p.attended.length ? ` (${p.attended.map(date).join(', ')})` : ''}`,
        `${p.raised}${p.conditions.length ? ` (${p.conditions.map((id) => term('condition', id)).join(', ')})` : ''}`]))
      : t.noParties,
    `## ${t.allActions}`,
    c.actions.length ? mdTable([t.status, t.action, t.owner, t.due, t.session], actionRows(c, t, lang)) : t.noActions,
  ];
}

/** Open ones first (overdue leading), then done. */
function actionRows(c: Collaboration, t: DossierLabels, lang: Lang): string[][] {
  const rank = (a: TrackedAction) => (a.done ? 2 : a.overdue ? 0 : 1);
  return [...c.actions].sort((a, b) => rank(a) - rank(b)).map((a) => {
    const from = c.sessions[a.origin.session];
    const status = capitalize(a.done ? t.done : a.overdue ? t.overdue : t.open);
    return [a.overdue ? `**${status}**` : status, escapeMarkdown(a.text), escapeMarkdown(a.owner ?? '—'), shortDateOr(a.due, lang, '—'),
      `${shortDateOr(from.date, lang, t.noDate)} ${escapeMarkdown(from.title)}`];
  });
}

function mdTable(head: string[], rows: string[][]): string {
  return [head, head.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}
