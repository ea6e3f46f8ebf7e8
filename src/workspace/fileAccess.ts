// How the workspace's notes files are stat'ed and read: with Node's fs for files on disk where the extension host is
// Node, else through VS Code. VS Code's workspace.fs asks the workbench before every call (for an extension that may
// have to start for the scheme), so while the workbench is busy (just after a start, while a webview loads) each call
// waits for it: a scan asks thousands of times, a dossier twice per note.
import type * as Fs from 'node:fs';
import * as vscode from 'vscode';
import { builtin } from './nodeBuiltin';

export interface FileFacts { size: number; mtime: number }

function disk(uri: vscode.Uri): typeof Fs.promises | undefined {
  return uri.scheme === 'file' ? builtin<typeof Fs>('node:fs')?.promises : undefined;
}

/** The file's size and modification time (whole milliseconds, as VS Code's stat gives them and the notes index keeps them). */
export async function statFile(uri: vscode.Uri): Promise<FileFacts> {
  const fs = disk(uri);
  const { size, mtime } = fs ? await fs.stat(uri.fsPath) : await vscode.workspace.fs.stat(uri);
  return { size, mtime: typeof mtime === 'number' ? mtime : mtime.getTime() };
}

/** The file's bytes. */
export function readFileBytes(uri: vscode.Uri): Promise<Uint8Array> {
  const fs = disk(uri);
  return fs ? reading(() => fs.readFile(uri.fsPath)) : Promise.resolve(vscode.workspace.fs.readFile(uri));
}

/** Files read at once at most: each open file takes a descriptor, and a scan may ask for thousands together. */
const MAX_OPEN = 32;
let open = 0;
const waiting: (() => void)[] = [];

/** Reads under way on Node's fs now (tests check the limit). */
export function readsOpen(): number {
  return open;
}

/** Runs `read` once fewer than MAX_OPEN reads are under way; a read that ends hands its place to the next waiting. */
async function reading<T>(read: () => Promise<T>): Promise<T> {
  if (open < MAX_OPEN) open++;
  else await new Promise<void>((resolve) => waiting.push(resolve));
  try {
    return await read();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else open--;
  }
}
