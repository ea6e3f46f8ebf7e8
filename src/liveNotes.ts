// Wires the live-notes features: the sidebar views, the filter, the tag and thermometer commands,
// new session notes and the status bar, all fed by the shared session store.
import * as vscode from 'vscode';
import { ActiveNotes } from './activeNotes';
import { registerFilter } from './filter';
import { registerGroupBy } from './groupBy';
import { registerNewSession } from './newSession';
import { registerSnippetCompletion } from './snippetCompletion';
import { ObservationsTree, registerObservationsTree } from './observationsTree';
import { SessionStore } from './sessionStore';
import { NotesStatusBar } from './statusBar';
import { registerTagCommands, TagCommands } from './tagCommands';
import { ThermometerView } from './thermometerView';

export interface LiveNotes {
  active: ActiveNotes;
  observations: ObservationsTree;
  thermometer: ThermometerView;
  statusBar: NotesStatusBar;
  tagging: TagCommands;
}

export function registerLiveNotes(context: vscode.ExtensionContext, store: SessionStore): LiveNotes {
  const active = new ActiveNotes(store);
  const observations = registerObservationsTree(store, active, context.workspaceState);
  const thermometer = new ThermometerView(active);
  const statusBar = new NotesStatusBar(store, active);
  const tagging = registerTagCommands(store);
  context.subscriptions.push(active, observations, thermometer, statusBar,
    registerFilter(store, observations), registerGroupBy(store, observations), tagging, registerNewSession(store),
    registerSnippetCompletion(store));
  return { active, observations, thermometer, statusBar, tagging };
}
