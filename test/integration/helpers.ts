// Shared helpers for integration tests that run inside the extension host.
import * as vscode from 'vscode';
import * as pkg from '../../package.json';
import * as assert from 'node:assert/strict';
import type { TreeNode } from '../../src/core/report/grouping';
import type { FacilitatorNotesApi } from '../../src/extension';
import type { ObservationsTree } from '../../src/sidebar/observationsTree';

export const EXTENSION_ID = `${pkg.publisher}.${pkg.name}`;

export function extension(): vscode.Extension<FacilitatorNotesApi> {
  const ext = vscode.extensions.getExtension<FacilitatorNotesApi>(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not installed in this host`);
  return ext;
}

/** The API returned by activate(), activating the extension when it is not active yet. */
export async function api(): Promise<FacilitatorNotesApi> {
  return extension().activate();
}

/** A file in the integration workspace (test/fixtures/workspace). */
export function fixture(relativePath: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the integration run has no workspace folder');
  return vscode.Uri.joinPath(folder.uri, ...relativePath.split('/'));
}

/** Opens a fixture in an editor and returns its document. */
export async function openFixture(relativePath: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(fixture(relativePath));
  await vscode.window.showTextDocument(doc);
  return doc;
}

/** Resolves once `condition` returns a truthy value; polls instead of sleeping a fixed time. */
export async function waitFor<T>(condition: () => T | Promise<T>, what: string, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await condition();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The Observations tree as indented 'label [description]' lines, read through the real TreeDataProvider. */
export function treeOutline(tree: ObservationsTree, nodes: TreeNode[] = tree.getChildren(), depth = 0): string[] {
  return nodes.flatMap((node) => {
    const item = tree.getTreeItem(node);
    const label = typeof item.label === 'string' ? item.label : item.label?.label;
    return [`${'  '.repeat(depth)}${label} [${item.description}]`, ...treeOutline(tree, tree.getChildren(node), depth + 1)];
  });
}

/** Waits until the Observations tree shows `expected` (it rebuilds asynchronously after each change). */
export async function expectTreeOutline(expected: string[], what: string, nodes?: () => TreeNode[]): Promise<void> {
  const tree = (await api()).sidebar.observations;
  let last: string[] = [];
  try {
    await waitFor(async () => {
      await tree.ready;
      last = treeOutline(tree, nodes?.());
      return JSON.stringify(last) === JSON.stringify(expected);
    }, what, 4000);
  } catch {
    assert.deepEqual(last, expected, what);
  }
}
