// Escalation in the moment (issue 11, item 7): when the level now rises to disagreement or conflict, the
// status bar item takes the level's colour and its tooltip, like the Thermometer view, offers what you
// can do, from the vocabulary in the notes' language. Nothing takes the focus. Every word of it is in the notes'
// language (issue 24), though VS Code is English here: facilitatorNotes.language is auto in this suite.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { escapeMarkdown } from '../../src/core/render/shared/escape';
import { BUILTIN_VOCABULARY } from '../../src/core/vocabulary/vocabulary';
import { api, waitFor } from './helpers';

const NOTES = '---\nthermometer: vriendschappelijk\n---\n\nIedereen is er #relatie\n\n10:00 #waakzaam\n';
const actions = (level: string, lang: 'en' | 'nl') =>
  BUILTIN_VOCABULARY.dimensions.find((d) => d.role === 'level')!.terms.find((t) => t.id === level)!.actions![lang];

describe('escalation in the moment', () => {
  before(async () => {
    await api();
    await vscode.workspace.getConfiguration('facilitatorNotes').update('language', 'auto', vscode.ConfigurationTarget.Global);
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.workspace.getConfiguration('facilitatorNotes').update('language', 'en', vscode.ConfigurationTarget.Global);
  });

  it('colours the status bar and lists what you can do once the level rises to disagreement, without taking the focus', async () => {
    const { sidebar } = await api();
    const { item } = sidebar.statusBar;
    const color = (): vscode.ThemeColor | undefined => item.color as vscode.ThemeColor | undefined;
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: NOTES });
    const editor = await vscode.window.showTextDocument(doc);
    await waitFor(() => item.text.startsWith('$(eye) Waakzaam (cursor: Vriendschappelijk) · 1 observatie'), `the watchful level in the status bar, got "${item.text}"`);
    assert.equal(color(), undefined);
    assert.equal(typeof item.tooltip, 'string');
    assert.deepEqual(sidebar.thermometer.advice(), []);

    await editor.edit((b) => b.insert(doc.lineAt(doc.lineCount - 1).range.end, '\n10:20 #onenigheid\n'));
    await waitFor(() => color() instanceof vscode.ThemeColor, `a coloured status bar, got ${JSON.stringify(color())}`);
    assert.equal(color()?.id, 'facilitatorNotes.disagreementLevel');
    const tooltip = item.tooltip as vscode.MarkdownString;
    assert.equal(tooltip.value, [
      `**${escapeMarkdown('Onenigheid: wat je kunt doen')}**`, '',
      ...actions('disagreement', 'nl').map((a) => `- ${escapeMarkdown(a)}`), '',
      escapeMarkdown('De thermometerstand nu. Klik om een stand te noteren.'),
    ].join('\n'));
    const now = sidebar.thermometer.rows().at(-1)!;
    const current = sidebar.thermometer.getTreeItem(now);
    assert.deepEqual([current.label, current.description, current.collapsibleState], ['Nu: Onenigheid', 'wat je kunt doen', vscode.TreeItemCollapsibleState.Expanded]);
    assert.deepEqual(sidebar.thermometer.getChildren(now).map((r) => sidebar.thermometer.getTreeItem(r).label), actions('disagreement', 'nl'));
    assert.equal(vscode.window.activeTextEditor?.document, doc, 'the editor keeps the focus');

    await editor.edit((b) => b.insert(doc.lineAt(doc.lineCount - 1).range.end, '\n10:40 #vriendschappelijk\n'));
    await waitFor(() => color() === undefined, 'the colour to go once the level is friendly again');
    assert.deepEqual(sidebar.thermometer.advice(), []);
  });
});
