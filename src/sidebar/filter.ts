import * as vscode from 'vscode';
import { FilterFacet, ObservationFilter } from '../core/report/grouping';
import { dimensionKey } from '../core/report/facets';
import { say } from '../workspace/lang';
import { ShowPick } from '../workspace/quickPick';
import { ObservationsTree } from './observationsTree';

interface FacetItem extends vscode.QuickPickItem {
  facet?: FilterFacet;
  value?: string;
}

/**
 * "Filter Observations…" narrows the tree to chosen conditions, phases, levels, needs, private notes,
 * decisions, parties, values of the team's own dimensions and free tags (a filter object as argument skips the quick pick); "Clear Filter"
 * shows everything again.
 */
export function registerFilter(tree: ObservationsTree, pick: ShowPick): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('facilitatorNotes.filter', async (filter?: ObservationFilter) => {
      const chosen = filter ?? await pickFilter(tree, pick);
      if (chosen) await tree.setFilter(chosen);
    }),
    vscode.commands.registerCommand('facilitatorNotes.clearFilter', () => tree.setFilter({})),
  );
}

/** The pick speaks the notes' language, as the tree it filters does. */
async function pickFilter(tree: ObservationsTree, pick: ShowPick): Promise<ObservationFilter | undefined> {
  const current = tree.filter;
  const isOn = (facet: FilterFacet, value: string): boolean => current[facet]?.includes(value) ?? false;
  const items: FacetItem[] = [];
  const sessions = await tree.sessions();
  const lang = tree.languageOf(sessions);
  // A party's values are the participants of the sessions, not terms.
  const parties = [...new Set(sessions.flatMap((e) => e.session.participants.map((p) => p.name)))];
  for (const dimension of tree.vocabulary.dimensions) {
    const facet = dimensionKey(dimension);
    if (dimension.role === 'party' && parties.length === 0) continue;
    items.push({ label: dimension.label[lang], kind: vscode.QuickPickItemKind.Separator });
    if (dimension.role === 'party') for (const name of parties) items.push({ label: name, facet, value: name, picked: isOn(facet, name) });
    for (const term of dimension.terms) {
      items.push({ label: term.label[lang], description: term.summary[lang] || undefined, facet, value: term.id, picked: isOn(facet, term.id) });
    }
  }
  const freeTags = [...new Set(sessions.flatMap((e) => e.session.observations.flatMap((o) => o.otherTags)))].sort();
  if (freeTags.length > 0) {
    items.push({ label: say(lang, 'Free tags'), kind: vscode.QuickPickItemKind.Separator });
    for (const tag of freeTags) items.push({ label: `#${tag}`, facet: 'tag', value: tag, picked: isOn('tag', tag) });
  }
  const picked = await pick(items, {
    many: true,
    title: say(lang, 'Filter Observations'),
    placeholder: say(lang, 'Show only observations with these tags (none: show all)'),
  });
  if (!picked) return undefined;
  const filter: ObservationFilter = {};
  for (const item of picked) {
    if (item.facet && item.value) (filter[item.facet] ??= []).push(item.value);
  }
  return filter;
}
