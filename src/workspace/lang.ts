// Which language texts and tags use. What shows the notes (hovers, problems, views, status bar, overview,
// exports) speaks the notes' own language; VS Code's display language decides only VS Code's own chrome
// (command titles, menus, settings). facilitatorNotes.language overrides the notes' language.
import * as vscode from 'vscode';
import { latestLanguage } from '../core/parse/language';
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

/** facilitatorNotes.language when it names a language ('auto' does not). */
export function languageSetting(scope?: vscode.ConfigurationScope): Lang | null {
  const value = vscode.workspace.getConfiguration('facilitatorNotes', scope).get<string>('language');
  return value === 'en' || value === 'nl' ? value : null;
}

/** The language of what shows one notes file: the setting, else the notes' own (as tags are written in). */
export function notesLang(scope?: vscode.ConfigurationScope, session?: Pick<Session, 'lang'>): Lang {
  return languageSetting(scope) ?? tagLang(scope, session);
}

/** The language of a view of many notes (workspace overview, dossier, Actions view): the setting, else the most recent notes'. */
export function viewLang(sessions: readonly Pick<Session, 'lang' | 'date'>[]): Lang {
  return languageSetting() ?? latestLanguage(sessions) ?? tagLang();
}

/** The other language, whose spellings and labels pickers also match. */
export function otherLang(lang: Lang): Lang {
  return lang === 'en' ? 'nl' : 'en';
}

let dutch: Record<string, string> = {};

/** Reads the Dutch runtime bundle once, at activation (through VS Code's file system, so the web build can too). */
export async function loadDutchBundle(extensionUri: vscode.Uri): Promise<void> {
  try {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'l10n', 'bundle.l10n.nl.json'));
    dutch = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, string>;
  } catch {
    dutch = {};
  }
}

/**
 * A text of the runtime bundle (a key of l10n/bundle.l10n.json) in `lang` rather than in VS Code's display
 * language, with {0}, {1}… filled in: VS Code's own translation when the display language is `lang`, else the
 * Dutch bundle read at activation (English until it is read).
 */
export function say(lang: Lang, text: string, ...args: (string | number)[]): string {
  if (lang === uiLang()) return vscode.l10n.t(text, ...args);
  const translated = lang === 'nl' ? (dutch[text] ?? text) : text;
  return translated.replace(/\{(\d+)\}/g, (hole, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : hole));
}
