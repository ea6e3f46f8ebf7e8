// "Group By…": a quick pick of the built-in groupings and every dimension of the team's vocabulary,
// which is only known at run time (the toolbar toggles cycle through the built-in ones).
import * as vscode from 'vscode';
import { customDimensions } from '../core/report/facets';
import { GroupingMode, PARTY_GROUPING, resolveGrouping } from '../core/report/grouping';
import { say } from '../workspace/lang';
import { ShowPick } from '../workspace/quickPick';
import { ObservationsTree } from './observationsTree';

interface GroupingItem extends vscode.QuickPickItem {
  mode?: GroupingMode;
}

/** A mode as argument (a built-in one or a custom dimension's id) skips the quick pick. */
export function registerGroupBy(tree: ObservationsTree, pick: ShowPick): vscode.Disposable {
  return vscode.commands.registerCommand('facilitatorNotes.groupBy', async (mode?: GroupingMode) => {
    const chosen = typeof mode === 'string' ? mode : await pickGrouping(tree, pick);
    if (chosen !== undefined) await tree.setGrouping(chosen);
  });
}

/** The pick speaks the notes' language and offers their folder's dimensions, as the tree it groups does. */
async function pickGrouping(tree: ObservationsTree, pick: ShowPick): Promise<GroupingMode | undefined> {
  const lang = tree.languageOf(await tree.sessions());
  const item = (mode: GroupingMode, label: string, icon: string): GroupingItem =>
    ({ mode, label, iconPath: new vscode.ThemeIcon(icon), description: mode === tree.grouping ? say(lang, 'current') : undefined });
  const items: GroupingItem[] = [
    item('condition', say(lang, 'Condition → Phase'), 'layers'),
    item('phase', say(lang, 'Phase → Condition'), 'milestone'),
    item('level', say(lang, 'Thermometer Level'), 'pulse'),
  ];
  if (resolveGrouping(PARTY_GROUPING, tree.vocabulary) === PARTY_GROUPING) items.push(item(PARTY_GROUPING, say(lang, 'Party → Condition'), 'organization'));
  // The built-in signals stand with the model's groupings; a team's dimensions and lenses follow as its own.
  const dimensions = customDimensions(tree.vocabulary);
  for (const dimension of dimensions.filter((d) => d.judgement)) items.push(item(dimension.id, dimension.label[lang], 'warning'));
  const custom = dimensions.filter((d) => !d.judgement);
  if (custom.length > 0) {
    items.push({ label: say(lang, 'Your Dimensions'), kind: vscode.QuickPickItemKind.Separator });
    for (const dimension of custom) items.push(item(dimension.id, dimension.label[lang], 'tag'));
  }
  const picked = await pick(items, {
    many: false,
    title: say(lang, 'Group Observations By'),
    placeholder: say(lang, 'Choose how the Observations view groups the notes'),
  });
  return picked?.[0]?.mode;
}
