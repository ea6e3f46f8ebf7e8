// Wires the sidebar: the Observations and Thermometer views, the filter, Group by and the status bar,
// all following the active notes document in the shared session store; the Present to the Room switch.
import * as vscode from 'vscode';
import { ActiveNotes } from './activeNotes';
import { ActionsView, registerActionsView } from './actionsView';
import { registerFilter } from './filter';
import { registerGroupBy } from './groupBy';
import { ObservationsTree, registerObservationsTree } from './observationsTree';
import { NotesStatusBar } from './statusBar';
import { ThermometerView } from './thermometerView';
import { PresentingStatus } from './presentingStatus';
import { RoomPresentation } from '../workspace/presentation';
import { SessionStore } from '../workspace/sessionStore';
import { ShownPick, firingPick } from '../workspace/quickPick';

export interface Sidebar {
  active: ActiveNotes;
  observations: ObservationsTree;
  thermometer: ThermometerView;
  statusBar: NotesStatusBar;
  actions: ActionsView;
  presenting: PresentingStatus;
  /** Fires when the filter's or Group by's quick pick is showing (tests wait on it). */
  onDidShowPick: vscode.Event<ShownPick>;
}

export function registerSidebar(context: vscode.ExtensionContext, store: SessionStore, room: RoomPresentation): Sidebar {
  const active = new ActiveNotes(store);
  const observations = registerObservationsTree(store, active, context.workspaceState, room);
  const thermometer = new ThermometerView(active, store, room);
  const statusBar = new NotesStatusBar(store, active, room);
  const actions = registerActionsView(store, context.workspaceState, room);
  const presenting = new PresentingStatus(active, room);
  const shown = new vscode.EventEmitter<ShownPick>();
  const pick = firingPick(shown);
  context.subscriptions.push(active, observations, thermometer, statusBar, actions, presenting, shown,
    registerFilter(observations, pick), registerGroupBy(observations, pick));
  return { active, observations, thermometer, statusBar, actions, presenting, onDidShowPick: shown.event };
}
