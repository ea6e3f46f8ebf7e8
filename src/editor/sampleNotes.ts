// "Open Sample Notes" (the walkthrough's first step): made-up notes to try the extension on, opened as an
// untitled document, so nothing is written until the facilitator saves.
import * as vscode from 'vscode';
import { latestLanguage } from '../core/parse/language';
import { Lang } from '../core/vocabulary/vocabulary';
import { sampleNotes } from '../core/write/sampleNotes';
import { isoDate } from '../core/write/template';
import { languageSetting, uiLang } from '../workspace/lang';
import { SessionStore } from '../workspace/sessionStore';

const SAMPLE_COMMAND = 'facilitatorNotes.openSampleNotes';

export function registerSampleNotes(store: SessionStore): vscode.Disposable {
  return vscode.commands.registerCommand(SAMPLE_COMMAND, async () => {
    const content = sampleNotes(await sampleLang(store), isoDate(new Date()));
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content });
    await vscode.window.showTextDocument(doc, { preview: false });
    return doc.uri;
  });
}

/**
 * Dutch when VS Code runs in Dutch or the workspace's most recent notes are Dutch: a Dutch facilitator on an
 * English VS Code with Dutch notes tries Dutch notes. facilitatorNotes.language decides when it names a language.
 */
async function sampleLang(store: SessionStore): Promise<Lang> {
  const set = languageSetting();
  if (set) return set;
  if (uiLang() === 'nl') return 'nl';
  return latestLanguage((await store.workspaceSummaries()).map((n) => n.session)) ?? 'en';
}
