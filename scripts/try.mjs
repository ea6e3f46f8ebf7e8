#!/usr/bin/env node
// `npm run try`: code-server with the packaged extension installed, opened on examples/, so the
// extension can be seen in a browser without installing VS Code. Listens on 127.0.0.1 only
// (no password: it is for this machine). FN_PORT picks the port. Ctrl+C stops everything it started.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, assertInstalled, createRun, installVsix, removeRun, startCodeServer, workbenchUrl } from './lib/code-server.mjs';

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const vsix = path.join(ROOT, `${manifest.name}-${manifest.version}.vsix`);

assertInstalled();
if (!fs.existsSync(vsix)) throw new Error(`${path.basename(vsix)} is missing: run  npm run package`);
const run = createRun('try');
let server;
let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  await server?.stop();
  removeRun(run);
  process.exit(code);
}
process.on('SIGINT', () => { console.log('\nStopping code-server…'); void stop(0); });
process.on('SIGTERM', () => void stop(0));

try {
  await installVsix(run, vsix);
  server = await startCodeServer(run, { port: Number(process.env.FN_PORT) || undefined });
} catch (e) {
  console.error(e.message);
  await stop(1);
}
console.log(`\nFacilitator Notes ${manifest.version} is running in code-server (VS Code in the browser) on the example notes.`);
console.log(`Open:  ${workbenchUrl(server, path.join(ROOT, 'examples'))}`);
console.log('Click the Facilitator Notes icon in the activity bar. Press Ctrl+C here to stop.\n');
const exitCheck = setInterval(() => {
  if (!server.exited()) return;
  clearInterval(exitCheck);
  console.error(`code-server stopped unexpectedly; its log:\n${server.log().slice(-2000)}`);
  void stop(1);
}, 1000);
