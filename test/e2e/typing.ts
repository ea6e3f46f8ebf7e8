// Typing like a person in the e2e workbench: a scratch notes folder, opening a file with Quick Open,
// key presses at a given pace, and reading back what the editor holds by saving it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { openWorkbench, ROOT, SHOTS, Workbench } from './workbench';

export interface NotesFolder { dir: string; file(name: string): string; remove(): void }

/** A fresh folder with the given files (name → content), under .cache/runs/ like the harness' runs. */
export function notesFolder(prefix: string, files: Record<string, string | Uint8Array>): NotesFolder {
  const runs = path.join(ROOT, '.cache/runs');
  fs.mkdirSync(runs, { recursive: true });
  const dir = fs.mkdtempSync(path.join(runs, `${prefix}-`));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  return { dir, file: (name) => path.join(dir, name), remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A workbench on a fresh notes folder for the describe block it is called in: opened before its tests (in the UI
 * language `locale`), a screenshot after each (named by `shot` from the test's title), closed after them, its
 * logs kept when a test failed.
 */
export function notesWorkbench(kind: string, files: Record<string, string | Uint8Array>, locale: string, shot: (test: string) => string): { readonly page: Page; readonly folder: NotesFolder } {
  const held: { workbench?: Workbench; folder?: NotesFolder; failed: boolean } = { failed: false };
  before(async function () {
    this.timeout(180_000);
    held.folder = notesFolder(kind, files);
    held.workbench = await openWorkbench(`e2e-${kind}`, {}, { folder: held.folder.dir, locale });
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed') held.failed = true;
    await held.workbench?.page.screenshot({ path: path.join(SHOTS, `${shot(this.currentTest?.title ?? 'test')}.png`) });
  });
  after(async () => {
    await held.workbench?.close(held.failed);
    held.folder?.remove();
  });
  return { get page() { return held.workbench!.page; }, get folder() { return held.folder!; } };
}

/** Opens a file of the workspace with Quick Open; the editor has the focus afterwards. */
export async function openFile(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor();
  await page.locator('.editor-instance .monaco-editor.focused').waitFor();
}

/** Moves the cursor to the end of the document. */
export async function toEnd(page: Page): Promise<void> {
  await page.keyboard.press('Control+End');
}

/**
 * Types `text` key by key, `delay` ms between keys; '\n' is a press of Enter. `pauseBeforeEnter` waits
 * that long before each Enter, as a person glancing at the screen does (and a late list would appear).
 */
export async function typeText(page: Page, text: string, delay: number, pauseBeforeEnter = 0): Promise<void> {
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    if (line) await page.keyboard.type(line, { delay });
    if (i === lines.length - 1) break;
    if (pauseBeforeEnter) await page.waitForTimeout(pauseBeforeEnter); // the person's pause itself
    await page.keyboard.press('Enter', { delay });
  }
}

/** Saves the active (dirty) editor and returns the file's text once the save has landed on disk. */
export async function savedText(page: Page, file: string): Promise<string> {
  const before = fs.statSync(file).mtimeMs;
  await page.keyboard.press('Control+S');
  const deadline = Date.now() + 10_000;
  while (fs.statSync(file).mtimeMs === before) {
    if (Date.now() > deadline) throw new Error(`saving ${path.basename(file)} did not reach the disk`);
    await page.waitForTimeout(50); // poll interval; the deadline bounds it
  }
  await page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached', timeout: 10_000 });
  return settledText(page, file, deadline);
}

/** The file's text once two reads 100 ms apart agree: the save may still be writing it (it read back empty once). */
async function settledText(page: Page, file: string, deadline: number): Promise<string> {
  let text = fs.readFileSync(file, 'utf8');
  for (;;) {
    await page.waitForTimeout(100); // the interval of the two reads; the deadline bounds the loop
    const again = fs.readFileSync(file, 'utf8');
    if (again === text && text !== '') return text;
    if (Date.now() > deadline) throw new Error(`${path.basename(file)} kept changing on disk (or stayed empty) after saving`);
    text = again;
  }
}

export const SUGGEST = '.editor-widget.suggest-widget.visible';

/** Waits until the suggest widget lists `label` first, as a person looks before choosing. */
export async function suggestionShown(page: Page, label: string): Promise<void> {
  await page.locator(`${SUGGEST} .monaco-list-row[data-index="0"]`, { hasText: label }).waitFor({ timeout: 10_000 });
}
