// The extension's quick picks: one way to show them, and an event tests wait on to see what they show
// (showQuickPick tells nobody when it is up, nor its title).
import * as vscode from 'vscode';

/** `ignoreFocusOut`: the pick stays up when something else takes the focus (a Markdown preview redrawing, say). */
export interface PickOptions { title: string; placeholder: string; many: boolean; ignoreFocusOut?: boolean }

/** What a quick pick showed in the workbench. */
export interface ShownPick extends Omit<PickOptions, 'many' | 'ignoreFocusOut'> { items: readonly vscode.QuickPickItem[] }

export type ShowPick = <T extends vscode.QuickPickItem>(items: T[], options: PickOptions) => Promise<readonly T[] | undefined>;

/** A ShowPick that fires `shown` each time one of its picks is up. */
export function firingPick(shown: vscode.EventEmitter<ShownPick>): ShowPick {
  return (items, options) => showPick(items, options, () => shown.fire({ title: options.title, placeholder: options.placeholder, items }));
}

/**
 * A quick pick (many: ticked items start as `picked`) that resolves with the chosen items, or undefined
 * when dismissed. `onShown` runs once show() has sent the pick with its items to the workbench, which
 * handles the extension host's messages in order: a command sent after it finds the pick showing them.
 */
function showPick<T extends vscode.QuickPickItem>(items: T[], options: PickOptions, onShown: () => void): Promise<readonly T[] | undefined> {
  return new Promise((resolve) => {
    const quickPick = vscode.window.createQuickPick<T>();
    quickPick.title = options.title;
    quickPick.placeholder = options.placeholder;
    quickPick.canSelectMany = options.many;
    quickPick.ignoreFocusOut = options.ignoreFocusOut ?? false;
    quickPick.matchOnDescription = true;
    quickPick.items = items;
    if (options.many) {
      quickPick.selectedItems = items.filter((item) => item.picked);
      // A list of many has no highlighted item while the filter is typed: highlight the first that matches.
      quickPick.onDidChangeValue((value) => {
        const first = firstMatch(items, value);
        if (first) quickPick.activeItems = [first];
      });
    }
    let chosen: readonly T[] | undefined;
    quickPick.onDidAccept(() => {
      chosen = options.many ? withHighlighted(quickPick) : quickPick.activeItems;
      quickPick.hide();
    });
    quickPick.onDidHide(() => {
      quickPick.dispose();
      resolve(chosen);
    });
    quickPick.show();
    onShown();
  });
}

/** The first item whose label or description holds the typed text (any case), as the filtered list shows it first. */
function firstMatch<T extends vscode.QuickPickItem>(items: readonly T[], value: string): T | undefined {
  const wanted = value.trim().toLowerCase();
  return wanted ? items.find((item) => item.kind !== vscode.QuickPickItemKind.Separator
    && `${item.label} ${item.description ?? ''}`.toLowerCase().includes(wanted)) : undefined;
}

/** Enter after typing a filter also ticks the highlighted item: typing a tag's name and Enter applies it. */
function withHighlighted<T extends vscode.QuickPickItem>(quickPick: vscode.QuickPick<T>): readonly T[] {
  const highlighted = quickPick.activeItems[0];
  const ticked = quickPick.selectedItems;
  return quickPick.value.trim() && highlighted && !ticked.includes(highlighted) ? [...ticked, highlighted] : ticked;
}
