// Tidying tags across the workspace: Rename Tag… (and F2 on a free tag) and Merge Tags…, each one workspace
// edit shown in VS Code's refactor preview and undone as one. Terms of the model keep their spellings: the
// commands say so and point to the team vocabulary's aliases. The text edits come from core/write/tagRename.ts.
import * as vscode from 'vscode';
import { Session } from '../core/parse/model';
import { RenameRefusal, renameRefusal, retagEdits, sameSubject, subjectNamed, subjectOf, subjectText, TagSubject } from '../core/write/tagRename';
import { VOCABULARY_FILE } from '../core/vocabulary/vocabularyFile';
import { exists } from '../workspace/files';
import { SessionStore } from '../workspace/sessionStore';
import { WorkspaceNote } from '../workspace/workspaceNotes';

export interface TagRefactorArgs {
  /** The tag to rename or merge, as written ('kofie', '#need/trust'); default: asked. */
  from?: string;
  /** The new name, or the tag to merge into; default: asked. */
  to?: string;
  /** Show the refactor preview before applying (default true). */
  preview?: boolean;
}

export function registerTagRefactor(store: SessionStore): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('facilitatorNotes.renameTag', (args: TagRefactorArgs = {}) => renameTag(store, args)),
    vscode.commands.registerCommand('facilitatorNotes.mergeTags', (args: TagRefactorArgs = {}) => mergeTags(store, args)),
    vscode.languages.registerRenameProvider({ language: 'markdown' }, new TagRenameProvider(store)),
  );
}

/** Renames a free tag in every notes file; resolves to whether an edit was applied. */
async function renameTag(store: SessionStore, args: TagRefactorArgs): Promise<boolean> {
  const notes = await store.workspaceNotes();
  const from = args.from !== undefined ? subjectNamed(args.from, store.vocabulary) : await pickTag(notes, store, vscode.l10n.t('Rename tag'));
  if (!from) return false;
  const inUse = freeTagsIn(notes);
  const text = (name: string) => refusalText(renameRefusal(from, name, store.vocabulary, inUse), from, store);
  if (from.kind === 'term') return refuse(text('')!, true);
  const name = args.to ?? await vscode.window.showInputBox({
    title: vscode.l10n.t('Rename tag'), prompt: vscode.l10n.t('New name for {0}', `#${from.name}`), value: from.name, validateInput: (v) => text(v) ?? null,
  });
  if (name === undefined) return false;
  const refusal = text(name);
  if (refusal) return refuse(refusal, false);
  const to = subjectNamed(name, store.vocabulary)!;
  return apply(retagEdit(notes, from, to, store, args.preview ?? true));
}

/** Writes one tag's mentions as another's in every notes file. */
async function mergeTags(store: SessionStore, args: TagRefactorArgs): Promise<boolean> {
  const notes = await store.workspaceNotes();
  const from = args.from !== undefined ? subjectNamed(args.from, store.vocabulary) : await pickTag(notes, store, vscode.l10n.t('Merge tags'));
  if (!from) return false;
  const to = args.to !== undefined
    ? subjectNamed(args.to, store.vocabulary)
    : await pickTag(notes, store, vscode.l10n.t('Merge {0} into', subjectText(from, store.vocabulary, 'en')), from);
  if (!to) return args.to === undefined ? false : refuse(vscode.l10n.t('A tag is letters, digits, - and _, without spaces.'), false);
  if (sameSubject(to, from)) return refuse(vscode.l10n.t('Choose two different tags to merge.'), false);
  return apply(retagEdit(notes, from, to, store, args.preview ?? true));
}

class TagRenameProvider implements vscode.RenameProvider {
  constructor(private readonly store: SessionStore) {}

  prepareRename(doc: vscode.TextDocument, position: vscode.Position): { range: vscode.Range; placeholder: string } | undefined {
    const found = this.tagAt(doc, position);
    if (!found) return undefined;
    if (found.subject.kind === 'term') throw new Error(refusalText({ kind: 'term' }, found.subject, this.store));
    return { range: found.range, placeholder: found.subject.name };
  }

  async provideRenameEdits(doc: vscode.TextDocument, position: vscode.Position, name: string): Promise<vscode.WorkspaceEdit | undefined> {
    const found = this.tagAt(doc, position);
    if (!found) return undefined;
    const notes = await this.store.workspaceNotes();
    const refusal = refusalText(renameRefusal(found.subject, name, this.store.vocabulary, freeTagsIn(notes)), found.subject, this.store);
    if (refusal) throw new Error(refusal);
    return retagEdit(notes, found.subject, subjectNamed(name, this.store.vocabulary)!, this.store, false);
  }

  /** The tag mention under the cursor: its subject and its name's range (without '#'). */
  private tagAt(doc: vscode.TextDocument, position: vscode.Position): { subject: TagSubject; range: vscode.Range } | undefined {
    const mention = this.store.get(doc)?.tags.find((t) => t.line === position.line + 1 && position.character >= t.column && position.character <= t.column + t.length);
    const subject = mention && subjectOf(mention);
    if (!mention || !subject) return undefined;
    return { subject, range: new vscode.Range(position.line, mention.column + 1, position.line, mention.column + mention.length) };
  }
}

/** One workspace edit of every mention; each change asks for confirmation in the refactor preview when `preview`. */
function retagEdit(notes: WorkspaceNote[], from: TagSubject, to: TagSubject, store: SessionStore, preview: boolean): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  const label = vscode.l10n.t('{0} becomes {1}', subjectText(from, store.vocabulary, 'en'), subjectText(to, store.vocabulary, 'en'));
  for (const { uri, session } of notes) {
    for (const e of retagEdits(session, from, to, store.vocabulary)) {
      edit.replace(uri, new vscode.Range(e.line - 1, e.column, e.line - 1, e.column + e.length), e.text, { needsConfirmation: preview, label });
    }
  }
  return edit;
}

async function apply(edit: vscode.WorkspaceEdit): Promise<boolean> {
  if (edit.size === 0) return refuse(vscode.l10n.t('No notes use this tag.'), false);
  return vscode.workspace.applyEdit(edit);
}

/** The free tags the notes use, lower case. */
function freeTagsIn(notes: WorkspaceNote[]): string[] {
  return [...new Set(notes.flatMap((n) => n.session.tags.map(subjectOf).flatMap((s) => (s?.kind === 'free' ? [s.name] : []))))];
}

/** The tags in use, most used first, for a quick pick (`except` left out). */
async function pickTag(notes: WorkspaceNote[], store: SessionStore, title: string, except?: TagSubject): Promise<TagSubject | undefined> {
  const counts = new Map<string, { subject: TagSubject; count: number }>();
  for (const s of notes.flatMap((n: { session: Session }) => n.session.tags.map(subjectOf))) {
    if (!s || (except && sameSubject(s, except))) continue;
    const key = subjectText(s, store.vocabulary, 'en');
    counts.set(key, { subject: s, count: (counts.get(key)?.count ?? 0) + 1 });
  }
  const items = [...counts].sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]))
    .map(([label, { subject, count }]) => ({ label, description: vscode.l10n.t('{0} times', count), subject }));
  return (await vscode.window.showQuickPick(items, { title }))?.subject;
}

function refusalText(refusal: RenameRefusal | undefined, from: TagSubject, store: SessionStore): string | undefined {
  switch (refusal?.kind) {
    case undefined: return undefined;
    case 'term': return vscode.l10n.t('{0} is a term of the model: its spellings come from the vocabulary. Add your spelling under aliases in {1} instead.', subjectText(from, store.vocabulary, 'en'), VOCABULARY_FILE);
    case 'name': return vscode.l10n.t('A tag is letters, digits, - and _, without spaces.');
    case 'same': return vscode.l10n.t('That is the name it has.');
    case 'taken': return vscode.l10n.t('#{0} is already a tag: use Merge Tags… to bring the two together.', refusal.name);
  }
}

/** Says why nothing was written (without waiting for the message to close); for a term, offers the team vocabulary file. */
async function refuse(message: string, offerVocabulary: boolean): Promise<false> {
  const file = vscode.workspace.workspaceFolders?.[0] && vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, VOCABULARY_FILE);
  const open = vscode.l10n.t('Open Vocabulary File');
  const offer = offerVocabulary && file && await exists(file) ? [open] : [];
  void vscode.window.showWarningMessage(message, ...offer).then((choice) => (choice === open && file ? vscode.window.showTextDocument(file) : undefined));
  return false;
}
