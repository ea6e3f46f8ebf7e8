// Runs the built CLI (npm run build) as users do, on notes written to a temporary folder.
import * as assert from 'node:assert/strict';
import { spawnSync, SpawnSyncOptions } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const CLI = path.resolve(__dirname, '../../../cli.js');

export function run(args: string[], cwd: string, options: SpawnSyncOptions = {}, cli = CLI) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', timeout: 20000, ...options });
  return { code: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

export function write(dir: string, files: Record<string, string | Buffer>): void {
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
}

/** Waits (up to 30 s) until `ready` holds. */
export async function until(ready: () => boolean): Promise<void> {
  for (let i = 0; i < 6000 && !ready(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  assert.ok(ready(), 'timed out waiting');
}

const PART = '## Ronde {i}\n\nWe talk about the plan and the shared goal. #ambition #explore\n\n- Partner A wants more time #trust\n\n14:05 #conflict\n\n';

/** About `megabytes` MB of one session's notes: a heading, a tagged paragraph, a tagged list item and a reading, repeated. */
export function largeNotes(megabytes: number): string {
  const parts = ['---\ndate: 2026-03-02\n---\n# A long session\n\n'];
  for (let i = 0, size = 0; size < megabytes * 1024 * 1024; i++) {
    parts.push(PART.replace('{i}', String(i)));
    size += parts[parts.length - 1].length;
  }
  return parts.join('');
}
