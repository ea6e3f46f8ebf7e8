import * as vscode from 'vscode';
import { Session } from '../core/parse/model';
import { clockTime } from '../core/write/template';
import { TagRef, computeTagEdit, paragraphAt, partyTagText, readingText, tagRef, tagText, taggableDimensions, tagsIn } from '../core/write/tagEdit';
import { normalizeName } from '../core/vocabulary/lexicon';
import { partyNamed } from '../core/parse/parties';
import { Dimension, Lang, Term, Vocabulary } from '../core/vocabulary/vocabulary';
import { notesLang, otherLang, say, tagLang } from '../workspace/lang';
import { messageLang, messages } from '../workspace/messages';
import { levelCodicon } from '../workspace/levelStyle';
import { ShowPick, ShownPick, firingPick } from '../workspace/quickPick';
import { SessionStore } from '../workspace/sessionStore';
import { commandKeyLabel, onMac, toggleLabel } from './toggleKeys';

interface TagItem extends vscode.QuickPickItem {
  ref?: TagRef;
}

export interface TagCommands extends vscode.Disposable {
  /** Fires when a quick pick of these commands is showing in the workbench (tests wait on it). */
  onDidShowPick: vscode.Event<ShownPick>;
}

/**
 * "Tag Observation…" sets the model tags of the paragraph at the cursor (a list of tag refs such as
 * 'condition:ambition' as argument skips the quick pick); "Toggle Need…" and "Toggle Party…" put one need or
 * participant on it or take it off (a need id or party name as argument skips the pick); "Set Thermometer…"
 * inserts a reading and "Mark Phase…" a phase change (a term id as argument skips the pick). Each is one undoable edit.
 */
export function registerTagCommands(store: SessionStore): TagCommands {
  const shown = new vscode.EventEmitter<ShownPick>();
  const pick = firingPick(shown);
  // Not registerTextEditorCommand: it wraps the callback in an edit of its own and does not await it.
  const withEditor = <A extends unknown[]>(run: (editor: vscode.TextEditor, ...args: A) => Promise<boolean>) => (...args: A): Promise<boolean> => {
    const editor = vscode.window.activeTextEditor;
    if (editor) return run(editor, ...args);
    void messageLang(store).then((lang) => messages.show({ kind: 'info', text: say(lang, 'Open a notes file first.') }));
    return Promise.resolve(false);
  };
  const commands = vscode.Disposable.from(
    shown,
    vscode.commands.registerCommand('facilitatorNotes.tagObservation', withEditor((editor, tags?: TagRef[]) => tagObservation(store, pick, editor, tags))),
    vscode.commands.registerCommand('facilitatorNotes.toggleTag', withEditor((editor, ref?: TagRef) =>
      (ref ? toggleTag(store, editor, async () => ref) : Promise.resolve(false)))),
    vscode.commands.registerCommand('facilitatorNotes.toggleNeed', withEditor((editor, id?: string) =>
      toggleTag(store, editor, async (present, lang, session) => chooseNeed(pick, store.vocabularyFor(editor.document.uri), pickLangs(editor, lang, session), present, id)))),
    vscode.commands.registerCommand('facilitatorNotes.toggleParty', withEditor((editor, name?: string) =>
      toggleTag(store, editor, async (present, lang, session) => chooseParty(pick, store.vocabularyFor(editor.document.uri), session, pickLangs(editor, lang, session), present, name), true))),
    vscode.commands.registerCommand('facilitatorNotes.setThermometer', withEditor((editor, level?: string, withTime?: boolean) =>
      markLine(store, pick, editor, 'level', level, withTime))),
    vscode.commands.registerCommand('facilitatorNotes.markPhase', withEditor((editor, phase?: string, withTime?: boolean) =>
      markLine(store, pick, editor, 'phase', phase, withTime))),
  );
  return { onDidShowPick: shown.event, dispose: () => commands.dispose() };
}

/** What the paragraph's model tags become, given those it carries; undefined cancels. */
type ChooseTags = (present: Set<TagRef>, lang: Lang, session: Session) => Promise<TagRef[] | undefined>;

async function tagObservation(store: SessionStore, pick: ShowPick, editor: vscode.TextEditor, tags?: TagRef[]): Promise<boolean> {
  return retag(store, editor, async (present, lang, session) => tags ?? pickTags(pick, store.vocabularyFor(editor.document.uri), pickLangs(editor, lang, session), present));
}

/**
 * Puts the chosen tag on the paragraph or takes it off (undefined: nothing chosen). A paragraph has one
 * phase and one level: putting one on replaces another of its dimension.
 */
function toggleTag(store: SessionStore, editor: vscode.TextEditor, choose: (...args: Parameters<ChooseTags>) => Promise<TagRef | undefined>, parties = false): Promise<boolean> {
  return retag(store, editor, async (present, lang, session) => {
    const ref = await choose(present, lang, session);
    if (ref === undefined) return undefined;
    if (present.has(ref)) return [...present].filter((r) => r !== ref);
    const dimension = ref.slice(0, ref.indexOf(':'));
    const exclusive = ['phase', 'level'].includes(store.vocabularyFor(editor.document.uri).dimensions.find((d) => d.id === dimension)?.role ?? '');
    return [...[...present].filter((r) => !exclusive || !r.startsWith(`${dimension}:`)), ref];
  }, parties);
}

/** Sets the tags of the paragraph at the cursor to those chosen; party tags count as its tags when `parties`. */
async function retag(store: SessionStore, editor: vscode.TextEditor, choose: ChooseTags, parties = false): Promise<boolean> {
  const session = freshSession(store, editor.document);
  if (!session) return false;
  const lines = Array.from({ length: editor.document.lineCount }, (_, i) => editor.document.lineAt(i).text);
  const block = paragraphAt(lines, editor.selection.active.line + 1, session);
  if (!block) {
    void vscode.window.showInformationMessage(say(notesLang(editor.document.uri, session), 'Put the cursor in a paragraph, list item or heading to tag it.'));
    return false;
  }
  // The terms of the notes' own folder: in a workspace of several folders, each team's vocabulary.
  const vocabulary = store.vocabularyFor(editor.document.uri);
  const present = tagsIn(session, block, vocabulary, parties);
  const lang = tagLang(editor.document.uri, session);
  const chosen = await choose(new Set(present.map((t) => tagRef(t.dimension ?? '', t.value ?? ''))), lang, session);
  if (!chosen) return false;
  const edits = computeTagEdit(lines, block, present, chosen, (ref) => spell(vocabulary, ref, lang));
  if (edits.length === 0) return true;
  return editor.edit((builder) => {
    for (const e of edits) builder.replace(editor.document.lineAt(e.line - 1).range, e.text);
  });
}

/** The session as the document reads now; large files being edited are only re-read on save. */
function freshSession(store: SessionStore, doc: vscode.TextDocument): Session | undefined {
  if (doc.languageId !== 'markdown') {
    void messageLang(store).then((lang) => messages.show({ kind: 'info', text: say(lang, 'Facilitator Notes works in Markdown files.') }));
    return undefined;
  }
  if (doc.isDirty && !store.isLiveParsed(doc)) {
    // The notes as last read (on opening or saving) tell their language.
    const text = say(notesLang(doc.uri, store.get(doc)), 'This file is too large to re-read while typing: save it first, then tag.');
    void messages.show({ kind: 'warning', text });
    return undefined;
  }
  return store.get(doc);
}

function spell(vocabulary: Vocabulary, ref: TagRef, lang: 'en' | 'nl'): string | undefined {
  const [dimensionId, value] = [ref.slice(0, ref.indexOf(':')), ref.slice(ref.indexOf(':') + 1)];
  const dimension = vocabulary.dimensions.find((d) => d.id === dimensionId);
  if (dimension?.role === 'party') return partyTagText(dimension, value, lang);
  const term = dimension?.terms.find((t) => t.id === value);
  return dimension && term ? tagText(dimension, term, lang) : undefined;
}

/** The language tags are spelled in, and the one a picker speaks (the notes', unless facilitatorNotes.language says otherwise). */
interface PickLangs { lang: Lang; shown: Lang }

function pickLangs(editor: vscode.TextEditor, lang: Lang, session: Session): PickLangs {
  return { lang, shown: notesLang(editor.document.uri, session) };
}

async function pickTags(pick: ShowPick, vocabulary: Vocabulary, { lang, shown }: PickLangs, present: Set<TagRef>): Promise<TagRef[] | undefined> {
  const items: TagItem[] = [];
  for (const dimension of taggableDimensions(vocabulary)) {
    items.push({ label: dimension.label[shown], kind: vscode.QuickPickItemKind.Separator });
    for (const term of dimension.terms) {
      const ref = tagRef(dimension.id, term.id);
      const label = tagText(dimension, term, lang);
      const keys = toggleLabel(ref, onMac());
      const description = [otherNames(dimension, term, { lang, shown }, label), keys && `⌨ ${keys}`].filter(Boolean).join(' · ');
      items.push({ label, description, detail: term.summary[shown], ref, picked: present.has(ref) });
    }
  }
  const picked = await pick(items, {
    many: true,
    title: say(shown, 'Tag Observation'),
    placeholder: say(shown, 'Tick the tags this paragraph should carry; unticked tags are removed'),
  });
  return picked?.flatMap((item) => (item.ref ? [item.ref] : []));
}

const CHECK = '$(check) ';

/** The need with id `id`, else one picked from the vocabulary's needs in the notes' language (those on the paragraph now checked). */
async function chooseNeed(pick: ShowPick, vocabulary: Vocabulary, { lang, shown }: PickLangs, present: Set<TagRef>, id?: string): Promise<TagRef | undefined> {
  const dimension = vocabulary.dimensions.find((d) => d.role === 'need');
  if (!dimension) return undefined;
  if (id !== undefined) return dimension.terms.some((t) => t.id === id) ? tagRef(dimension.id, id) : undefined;
  const items = dimension.terms.map((term) => {
    const ref = tagRef(dimension.id, term.id);
    const label = tagText(dimension, term, lang);
    return { label: `${present.has(ref) ? CHECK : ''}${label}`, description: otherNames(dimension, term, { lang, shown }, label), detail: term.summary[shown], ref };
  });
  const picked = await pick(items, {
    many: false,
    title: say(shown, 'Toggle Need ({0})', commandKeyLabel('facilitatorNotes.toggleNeed', onMac()) ?? ''),
    placeholder: say(shown, 'Pick a need to put on the paragraph, or a ticked one to take off'),
  });
  return picked?.[0]?.ref;
}

/**
 * One of the session's participants (the one named, when given, by its name or an alias), put on the
 * paragraph as a party tag in the notes' language; those on it now carry a check mark.
 */
async function chooseParty(pick: ShowPick, vocabulary: Vocabulary, session: Session, { lang, shown }: PickLangs, present: Set<TagRef>, name?: string): Promise<TagRef | undefined> {
  const dimension = vocabulary.dimensions.find((d) => d.role === 'party');
  if (!dimension || session.participants.length === 0) {
    void vscode.window.showInformationMessage(say(shown, 'These notes list no participants: name the parties at the table under participants: (deelnemers:) in the front matter.'));
    return undefined;
  }
  if (name !== undefined) {
    const party = partyNamed(name, session.participants);
    return party && tagRef(dimension.id, party.name);
  }
  const items = session.participants.map((party) => {
    const ref = tagRef(dimension.id, party.name);
    return { label: `${present.has(ref) ? CHECK : ''}${party.name}`, description: [...party.aliases, partyTagText(dimension, party.name, lang)].join(' · '), ref };
  });
  const picked = await pick(items, {
    many: false,
    title: say(shown, 'Toggle Party ({0})', commandKeyLabel('facilitatorNotes.toggleParty', onMac()) ?? ''),
    placeholder: say(shown, 'Pick who says this, or a ticked party to take off'),
  });
  return picked?.[0]?.ref;
}

/**
 * Writes a marker line (the time when facilitatorNotes.readingTime is on, and one tag): a thermometer
 * reading or a phase change. On an empty line it fills that line, else it becomes a paragraph of its own
 * after the block at the cursor; the cursor ends after it, to type what happened.
 */
async function markLine(store: SessionStore, pick: ShowPick, editor: vscode.TextEditor, role: 'level' | 'phase', id?: string, withTime?: boolean): Promise<boolean> {
  const session = freshSession(store, editor.document);
  if (!session) return false;
  const dimension = store.vocabularyFor(editor.document.uri).dimensions.find((d) => d.role === role);
  const lang = tagLang(editor.document.uri, session);
  const chosen = id ?? (dimension && await pickTerm(pick, dimension, pickLangs(editor, lang, session), role === 'level' ? LEVEL_PICK : PHASE_PICK));
  const term = dimension?.terms.find((t) => t.id === chosen);
  if (!dimension || !term) return false;
  const time = withTime ?? vscode.workspace.getConfiguration('facilitatorNotes').get<boolean>('readingTime', true);
  const text = readingText(tagText(dimension, term, lang), time ? clockTime(new Date()) : null);
  const doc = editor.document;
  const line = doc.lineAt(editor.selection.active.line);
  const lines = Array.from({ length: doc.lineCount }, (_, i) => doc.lineAt(i).text);
  const eol = doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  const block = line.isEmptyOrWhitespace ? undefined : paragraphAt(lines, line.lineNumber + 1, session);
  const at = line.isEmptyOrWhitespace ? line.range.end : doc.lineAt((block?.end ?? line.lineNumber + 1) - 1).range.end;
  const insert = line.isEmptyOrWhitespace ? text : `${eol}${block ? eol : ''}${text}`;
  const ok = await editor.edit((builder) => builder.insert(at, insert));
  if (ok) {
    const end = doc.positionAt(doc.offsetAt(at) + insert.length);
    editor.selection = new vscode.Selection(end, end);
  }
  return ok;
}

interface TermPick { title: (lang: Lang) => string; placeholder: (lang: Lang) => string; icon: (id: string) => string }
const LEVEL_PICK: TermPick = {
  title: (lang) => say(lang, 'Set Thermometer'),
  placeholder: (lang) => say(lang, 'The level the session is at now'),
  icon: (id) => `${levelCodicon(id)} `,
};
const PHASE_PICK: TermPick = {
  title: (lang) => say(lang, 'Mark Phase'),
  placeholder: (lang) => say(lang, 'The phase the session moves into from here'),
  icon: () => '',
};

/** One term of a dimension: its label in the picker's language, its tag in the notes' spelling and in the other. */
async function pickTerm(pick: ShowPick, dimension: Dimension, { lang, shown }: PickLangs, texts: TermPick): Promise<string | undefined> {
  const items = dimension.terms.map((term) => ({
    label: `${texts.icon(term.id)}${term.label[shown]}`,
    description: [tagText(dimension, term, lang), otherNames(dimension, term, { lang, shown }, term.label[shown])].filter(Boolean).join(' · '),
    detail: term.summary[shown],
    id: term.id,
  }));
  const picked = await pick(items, { many: false, title: texts.title(shown), placeholder: texts.placeholder(shown) });
  return picked?.[0]?.id;
}

/**
 * What a picker item also shows, so its filter finds it in either language: the term's labels and its
 * spelling in the other language, without repeating `text` ('#overeenkomen': 'Agree'; '#behoefte/vertrouwen': 'Trust · #need/trust').
 */
function otherNames(dimension: Dimension, term: Term, { lang, shown }: PickLangs, text: string): string {
  const names = [term.label[shown], term.label[otherLang(lang)], tagText(dimension, term, otherLang(lang))];
  const seen = new Set([normalizeName(text.replace(/^#/, ''))]);
  return names.filter((name) => {
    const key = normalizeName(name.replace(/^#/, ''));
    return !seen.has(key) && !!seen.add(key);
  }).join(' · ');
}
