// Which language texts and tags use: the UI language for what the extension says (hovers, labels),
// and the notes' own language for how tags are spelled when the extension writes or offers them.
import * as vscode from 'vscode';
import { Session } from '../core/parse/model';
import { Lang } from '../core/vocabulary/vocabulary';

/** Dutch when VS Code runs in Dutch, else English. */
export function uiLang(): Lang {
  return vscode.env.language.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

/**
 * The language tags are written in: the notes' own (front matter lang/taal, else their tag spellings),
 * else facilitatorNotes.tagLanguage, else the UI language. Every feature that writes or offers a tag asks this.
 */
export function tagLang(scope?: vscode.ConfigurationScope, session?: Pick<Session, 'lang'>): Lang {
  if (session?.lang) return session.lang;
  const value = vscode.workspace.getConfiguration('facilitatorNotes', scope).get<string>('tagLanguage');
  return value === 'en' || value === 'nl' ? value : uiLang();
}

/** The other language, whose spellings and labels pickers also match. */
export function otherLang(lang: Lang): Lang {
  return lang === 'en' ? 'nl' : 'en';
}
