// Tags tinted by dimension (a level tag in its own level's colour), and a thin line marker in the
// thermometer's colour on each reading.
// Colours are contributed theme colours, so light, dark and high-contrast themes each get their own.
import * as vscode from 'vscode';
import { Session } from '../core/parse/model';
import { DimensionRole, LEVEL_ORDER, Vocabulary } from '../core/vocabulary/vocabulary';
import { SessionStore } from '../workspace/sessionStore';

const ROLES: DimensionRole[] = ['condition', 'phase', 'level', 'need', 'custom'];

export function registerDecorations(store: SessionStore): vscode.Disposable {
  const tagTypes = new Map(ROLES.map((role) => [role, vscode.window.createTextEditorDecorationType({
    color: new vscode.ThemeColor(`facilitatorNotes.${role}Tag`),
  })]));
  const levelTagTypes = new Map(LEVEL_ORDER.map((level) => [level, vscode.window.createTextEditorDecorationType({
    color: new vscode.ThemeColor(`facilitatorNotes.${level}LevelTag`),
  })]));
  const levelTypes = new Map(LEVEL_ORDER.map((level) => {
    const color = new vscode.ThemeColor(`facilitatorNotes.${level}Level`);
    return [level, vscode.window.createTextEditorDecorationType({
      isWholeLine: true,
      borderWidth: '0 0 0 2px',
      borderStyle: 'solid',
      borderColor: color,
      overviewRulerColor: color,
      overviewRulerLane: vscode.OverviewRulerLane.Left,
    })];
  }));
  const all = [...tagTypes.values(), ...levelTagTypes.values(), ...levelTypes.values()];

  const paint = (editor: vscode.TextEditor) => {
    const on = vscode.workspace.getConfiguration('facilitatorNotes', editor.document.uri).get<boolean>('decorations', true);
    const session = on ? store.notes(editor.document) : undefined;
    const ranges = session ? decorationRanges(session, store.vocabularyFor(editor.document.uri)) : { tags: new Map(), levelTags: new Map(), levels: new Map() };
    for (const [role, type] of tagTypes) editor.setDecorations(type, ranges.tags.get(role) ?? []);
    for (const [level, type] of levelTagTypes) editor.setDecorations(type, ranges.levelTags.get(level) ?? []);
    for (const [level, type] of levelTypes) editor.setDecorations(type, ranges.levels.get(level) ?? []);
  };
  const paintUri = (uri: vscode.Uri) => {
    for (const editor of vscode.window.visibleTextEditors) if (editor.document.uri.toString() === uri.toString()) paint(editor);
  };
  // After activation, not during it: the first parse of visible notes must not delay start-up.
  setTimeout(() => vscode.window.visibleTextEditors.forEach(paint));
  return vscode.Disposable.from(
    ...all,
    store.onDidChange(paintUri),
    vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach(paint)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('facilitatorNotes.decorations')) vscode.window.visibleTextEditors.forEach(paint);
    }),
  );
}

/** Tag ranges by dimension role (built-in levels by level) and reading lines by level. */
function decorationRanges(session: Session, vocabulary: Vocabulary) {
  const roles = new Map(vocabulary.dimensions.map((d) => [d.id, d.role]));
  const tags = new Map<DimensionRole, vscode.Range[]>();
  const levelTags = new Map<string, vscode.Range[]>();
  const add = <K>(map: Map<K, vscode.Range[]>, key: K, range: vscode.Range) => map.set(key, [...(map.get(key) ?? []), range]);
  for (const tag of session.tags) {
    const role = tag.dimension && roles.get(tag.dimension);
    if (!role) continue;
    const range = new vscode.Range(tag.line - 1, tag.column, tag.line - 1, tag.column + tag.length);
    if (role === 'level' && tag.value && LEVEL_ORDER.includes(tag.value)) add(levelTags, tag.value, range);
    else add(tags, role, range);
  }
  const levels = new Map<string, vscode.Range[]>();
  for (const reading of session.readings) {
    const list = levels.get(reading.level) ?? [];
    list.push(new vscode.Range(reading.line - 1, 0, reading.line - 1, 0));
    levels.set(reading.level, list);
  }
  return { tags, levelTags, levels };
}
