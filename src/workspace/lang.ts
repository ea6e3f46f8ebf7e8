// Which language texts and tags use: the UI language for what the extension says (hovers, labels),
// and facilitatorNotes.tagLanguage for how tags are spelled when the extension writes or offers them.
import * as vscode from 'vscode';
import { Lang } from '../core/vocabulary/vocabulary';

/** Dutch when VS Code runs in Dutch, else English. */
export function uiLang(): Lang {
  return vscode.env.language.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

/** The tag language setting; when unset or invalid, the UI language. */
export function tagLang(scope?: vscode.ConfigurationScope): Lang {
  const value = vscode.workspace.getConfiguration('facilitatorNotes', scope).get<string>('tagLanguage');
  return value === 'en' || value === 'nl' ? value : uiLang();
}
