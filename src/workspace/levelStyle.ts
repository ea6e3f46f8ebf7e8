// How a thermometer level looks in trees and the status bar: a shape per level (readable without
// colour) tinted with a contributed theme colour that has light, dark and high-contrast defaults.
// Disagreement is two voices, not a warning sign: the level is a state of the talk, not a problem.
import * as vscode from 'vscode';

const SHAPES: Record<string, string> = { friendly: 'pass', watchful: 'eye', disagreement: 'comment-discussion', conflict: 'flame' };

export function levelIcon(level: string | null): vscode.ThemeIcon {
  if (level === null) return new vscode.ThemeIcon('circle-outline');
  const shape = SHAPES[level];
  return shape ? new vscode.ThemeIcon(shape, new vscode.ThemeColor(`facilitatorNotes.${level}Level`)) : new vscode.ThemeIcon('circle-filled');
}

/** Codicon syntax for labels that render icons ('$(flame)'), e.g. the status bar. */
export function levelCodicon(level: string | null): string {
  return `$(${(level && SHAPES[level]) || 'circle-outline'})`;
}
