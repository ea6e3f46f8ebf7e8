// "Group By…": a quick pick of the built-in groupings and every dimension of the team's vocabulary,
// which is only known at run time (the toolbar toggles cycle through the built-in ones).
import * as vscode from 'vscode';
import { customDimensions } from '../core/report/facets';
import { GroupingMode, PARTY_GROUPING, resolveGrouping } from '../core/report/grouping';
import { uiLang } from '../workspace/lang';
import { ObservationsTree } from './observationsTree';
import { SessionStore } from '../workspace/sessionStore';

interface GroupingItem extends vscode.QuickPickItem {
  mode?: GroupingMode;
}

/** A mode as argument (a built-in one or a custom dimension's id) skips the quick pick. */
export function registerGroupBy(store: SessionStore, tree: ObservationsTree): vscode.Disposable {
  return vscode.commands.registerCommand('facilitatorNotes.groupBy', async (mode?: GroupingMode) => {
    const chosen = typeof mode === 'string' ? mode : await pickGrouping(store, tree.grouping);
    if (chosen !== undefined) await tree.setGrouping(chosen);
  });
}

async function pickGrouping(store: SessionStore, current: GroupingMode): Promise<GroupingMode | undefined> {
  const lang = uiLang();
  const item = (mode: GroupingMode, label: string, icon: string): GroupingItem =>
    ({ mode, label, iconPath: new vscode.ThemeIcon(icon), description: mode === current ? vscode.l10n.t('current') : undefined });
  const items: GroupingItem[] = [
    item('condition', vscode.l10n.t('Condition → Phase'), 'layers'),
    item('phase', vscode.l10n.t('Phase → Condition'), 'milestone'),
    item('level', vscode.l10n.t('Thermometer Level'), 'pulse'),
  ];
  if (resolveGrouping(PARTY_GROUPING, store.vocabulary) === PARTY_GROUPING) items.push(item(PARTY_GROUPING, vscode.l10n.t('Party → Condition'), 'organization'));
  // The built-in signals stand with the model's groupings; a team's dimensions and lenses follow as its own.
  const dimensions = customDimensions(store.vocabulary);
  for (const dimension of dimensions.filter((d) => d.judgement)) items.push(item(dimension.id, dimension.label[lang], 'warning'));
  const custom = dimensions.filter((d) => !d.judgement);
  if (custom.length > 0) {
    items.push({ label: vscode.l10n.t('Your Dimensions'), kind: vscode.QuickPickItemKind.Separator });
    for (const dimension of custom) items.push(item(dimension.id, dimension.label[lang], 'tag'));
  }
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Group Observations By'),
    placeHolder: vscode.l10n.t('Choose how the Observations view groups the notes'),
  });
  return picked?.mode;
}
