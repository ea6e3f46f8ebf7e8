// The team's vocabulary: the facilitatorNotes.vocabulary setting, then .facilitator-notes.yaml in each
// workspace folder (only when the workspace is trusted), applied on the built-in one. A source with errors is left out (diagnostics in
// the file, one notification) and everything keeps working on what remains.
import * as vscode from 'vscode';
import { BUILTIN_VOCABULARY, Vocabulary } from '../core/vocabulary/vocabulary';
import { checkVocabularyObject, mergeVocabulary, readVocabularyFile, VOCABULARY_FILE, VocabularyIssue, VocabularyReading } from '../core/vocabulary/vocabularyFile';
import { uiLang } from './lang';
import { SessionStore } from './sessionStore';
import { workspaceTrust } from './trust';

const LINT_DELAY_MS = 200;

export class VocabularyConfig implements vscode.Disposable {
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('facilitatorNotes.vocabulary');
  private readonly loaded = new vscode.EventEmitter<Vocabulary>();
  private readonly disposables: vscode.Disposable[] = [this.diagnostics, this.loaded];
  /** Undefined until the first load: creating file watchers costs activate() several ms in the host. */
  private watchers: vscode.Disposable[] | undefined;
  private queue: Promise<void> = Promise.resolve();
  private appliedKey = '';
  private notifiedKey = '';
  private lintTimer: NodeJS.Timeout | undefined;

  /** Fires after every (re)load with the vocabulary in force. */
  readonly onDidLoad = this.loaded.event;

  constructor(private readonly store: SessionStore) {
    this.disposables.push(
      vscode.workspace.onDidChangeWorkspaceFolders(() => { this.watch(); void this.reload(); }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => void this.reload()),
      vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('facilitatorNotes.vocabulary')) void this.reload(); }),
      vscode.workspace.onDidChangeTextDocument((e) => { if (isVocabularyFile(e.document.uri)) this.lintSoon(e.document); }),
    );
  }

  /** Reads every source again and applies the result; calls run one after another. */
  reload(): Promise<void> {
    this.queue = this.queue.then(() => this.load(), () => this.load());
    this.store.vocabularyLoading(this.queue);
    return this.queue;
  }

  private watch(): void {
    this.watchers?.forEach((w) => w.dispose());
    this.watchers = (vscode.workspace.workspaceFolders ?? []).map((folder) => {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, VOCABULARY_FILE));
      const reload = () => void this.reload();
      return vscode.Disposable.from(watcher, watcher.onDidCreate(reload), watcher.onDidChange(reload), watcher.onDidDelete(reload));
    });
  }

  private async load(): Promise<void> {
    if (!this.watchers) this.watch();
    const lang = uiLang();
    const failures: { where: string; uri?: vscode.Uri; issue: VocabularyIssue }[] = [];
    const fromSetting = settingVocabulary();
    let vocabulary = fromSetting.vocabulary;
    if (!fromSetting.file) failures.push({ where: 'facilitatorNotes.vocabulary', issue: fromSetting.issues[0] });
    const sources: unknown[] = [fromSetting.file];
    // With several folders, each folder's notes read the setting plus that folder's own file.
    const byFolder = new Map<string, Vocabulary>();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      byFolder.set(folder.uri.toString(), fromSetting.vocabulary);
      const uri = vscode.Uri.joinPath(folder.uri, VOCABULARY_FILE);
      const text = workspaceTrust.isTrusted() ? await readText(uri) : undefined;
      if (text === undefined) {
        this.diagnostics.delete(uri);
        continue;
      }
      const reading = readVocabularyFile(text, vocabulary, lang);
      this.diagnostics.set(uri, reading.issues.map(toDiagnostic));
      if (reading.file) {
        vocabulary = mergeVocabulary(vocabulary, reading.file);
        byFolder.set(folder.uri.toString(), mergeVocabulary(fromSetting.vocabulary, reading.file));
        sources.push(reading.file);
      } else {
        failures.push({ where: vscode.workspace.asRelativePath(uri), uri, issue: reading.issues[0] });
      }
    }
    const key = JSON.stringify(sources);
    if (key !== this.appliedKey) {
      // The first load with nothing configured keeps the store's built-in vocabulary and its cache.
      if (this.appliedKey !== '' || sources.some((s) => s && Object.keys(s).length)) {
        this.store.useVocabularies(vocabulary, byFolder.size > 1 ? byFolder : new Map());
      }
      this.appliedKey = key;
    }
    this.notify(failures);
    this.loaded.fire(this.store.vocabulary);
  }

  private notify(failures: { where: string; uri?: vscode.Uri; issue: VocabularyIssue }[]): void {
    const key = JSON.stringify(failures.map((f) => [f.where, f.issue?.message, f.issue?.line]));
    if (key === this.notifiedKey) return;
    this.notifiedKey = key;
    for (const f of failures) {
      const at = f.issue?.line ? vscode.l10n.t('{0}, line {1}', f.where, f.issue.line) : f.where;
      const open = f.uri ? vscode.l10n.t('Open File') : vscode.l10n.t('Open Settings');
      const message = vscode.l10n.t('The vocabulary in {0} has errors and is not used: {1}', at, f.issue?.message ?? '');
      void vscode.window.showWarningMessage(message, open).then((choice) => {
        if (choice !== open) return;
        if (f.uri) void vscode.window.showTextDocument(f.uri);
        else void vscode.commands.executeCommand('workbench.action.openSettings', 'facilitatorNotes.vocabulary');
      });
    }
  }

  /** Diagnostics while the file is edited; the vocabulary itself changes on save. */
  private lintSoon(doc: vscode.TextDocument): void {
    clearTimeout(this.lintTimer);
    this.lintTimer = setTimeout(() => {
      if (doc.isClosed) return;
      this.diagnostics.set(doc.uri, readVocabularyFile(doc.getText(), settingVocabulary().vocabulary, uiLang()).issues.map(toDiagnostic));
    }, LINT_DELAY_MS);
  }

  dispose(): void {
    clearTimeout(this.lintTimer);
    this.watchers?.forEach((w) => w.dispose());
    this.disposables.forEach((d) => d.dispose());
  }
}

/** The built-in vocabulary with the setting applied, when the setting is valid. */
export function settingVocabulary(): VocabularyReading & { vocabulary: Vocabulary } {
  const reading = checkVocabularyObject(vscode.workspace.getConfiguration('facilitatorNotes').get<unknown>('vocabulary'), BUILTIN_VOCABULARY, uiLang());
  return { ...reading, vocabulary: reading.file ? mergeVocabulary(BUILTIN_VOCABULARY, reading.file) : BUILTIN_VOCABULARY };
}

function isVocabularyFile(uri: vscode.Uri): boolean {
  return uri.path.endsWith(`/${VOCABULARY_FILE}`) && vscode.workspace.getWorkspaceFolder(uri) !== undefined;
}

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

function toDiagnostic(issue: VocabularyIssue): vscode.Diagnostic {
  const line = Math.max(0, (issue.line ?? 1) - 1);
  const column = issue.column ?? 0;
  const range = new vscode.Range(line, column, line, column + (issue.length ?? 1));
  const d = new vscode.Diagnostic(range, issue.message, vscode.DiagnosticSeverity.Error);
  d.source = 'Facilitator Notes';
  return d;
}
