#!/usr/bin/env node
// Runs the integration suites (dist/test/integration/*.test.js) inside a real VS Code through
// @vscode/test-electron's runTests(). By default the "VS Code executable" is our own
// scripts/code-server-electron.mjs (code-server + headless chromium, offline); with
// FN_DESKTOP_VSCODE=1 test-electron downloads a desktop VS Code instead (FN_VSCODE_VERSION, default stable).
//   FN_GREP=tree            run only tests whose full title matches
//   --sabotage / FN_SABOTAGE=1   run against a deliberately broken copy of the extension: the run must turn red
//   FN_LOCALE=nl            run VS Code in Dutch (code-server host only) and only the Dutch suite (test/integration/index.ts)
//   FN_WORKSPACE=multi-root  open test/fixtures/multi-root.code-workspace (two folders) and run only its suite
//   FN_TRUST=untrusted      workspace trust on, test/fixtures/untrusted not trusted, and only its suite (code-server host only)
//   FN_PLATFORM=mac|windows the browser poses as that OS, so the workbench uses its default keybindings (code-server host only)
// Results: test-results/integration.json (integration-sabotage.json for a sabotaged run, integration-nl.json for FN_LOCALE=nl, integration-mac.json for FN_PLATFORM=mac).
import { TestRunFailedError, runTests } from '@vscode/test-electron';
import fs from 'node:fs';
import path from 'node:path';
import { CACHE, ROOT } from './lib/code-server.mjs';

const sabotage = process.argv.includes('--sabotage') || process.env.FN_SABOTAGE === '1';
const desktop = process.env.FN_DESKTOP_VSCODE === '1';
const locale = process.env.FN_LOCALE || '';
const platform = process.env.FN_PLATFORM || '';
const testsPath = path.join(ROOT, 'dist/test/integration/index.js');
const multiRoot = process.env.FN_WORKSPACE || '';
if (multiRoot && multiRoot !== 'multi-root') throw new Error(`FN_WORKSPACE=${multiRoot}: the one workspace is multi-root`);
const trust = process.env.FN_TRUST || '';
if (trust && trust !== 'untrusted') throw new Error(`FN_TRUST=${trust}: the one choice is untrusted`);
const workspace = path.join(ROOT, multiRoot ? 'test/fixtures/multi-root.code-workspace' : trust ? 'test/fixtures/untrusted' : 'test/fixtures/workspace');
const runName = ['integration', sabotage && 'sabotage', locale, platform, multiRoot, trust].filter(Boolean).join('-');
const resultsFile = path.join(ROOT, 'test-results', `${runName}.json`);

/** A copy of the extension's manifest whose activate() throws, as a real bug would. */
function sabotagedExtension() {
  fs.mkdirSync(path.join(CACHE, 'runs'), { recursive: true });
  const dir = fs.mkdtempSync(path.join(CACHE, 'runs', 'sabotaged-extension-'));
  fs.mkdirSync(path.join(dir, 'dist'));
  for (const f of fs.readdirSync(ROOT).filter((f) => /^package(\.nls(\.[\w-]+)?)?\.json$/.test(f))) {
    fs.copyFileSync(path.join(ROOT, f), path.join(dir, f));
  }
  if (fs.existsSync(path.join(ROOT, 'l10n'))) fs.cpSync(path.join(ROOT, 'l10n'), path.join(dir, 'l10n'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'dist/extension.js'),
    "exports.activate = () => { throw new Error('sabotaged on purpose (FN_SABOTAGE): activate fails'); };\n");
  return dir;
}

function readResults() {
  try { return JSON.parse(fs.readFileSync(resultsFile, 'utf8')); } catch { return undefined; }
}

async function main() {
  if (!fs.existsSync(testsPath)) throw new Error(`${path.relative(ROOT, testsPath)} is missing: run  npm run build`);
  if (platform && desktop) throw new Error('FN_PLATFORM needs the code-server host: a desktop VS Code is the OS it runs on');
  if (trust && desktop) throw new Error('FN_TRUST needs the code-server host (its user settings turn workspace trust on)');
  if (locale && desktop) throw new Error('FN_LOCALE needs the code-server host: a desktop VS Code shows a language only with its language pack installed');
  fs.rmSync(resultsFile, { force: true });
  const t0 = Date.now();
  const extensionDevelopmentPath = sabotage ? sabotagedExtension() : ROOT;
  const options = {
    extensionDevelopmentPath,
    extensionTestsPath: testsPath,
    extensionTestsEnv: { FN_RESULTS_FILE: resultsFile, FN_SABOTAGE: sabotage ? '1' : '', FN_LOCALE: locale, FN_PLATFORM: platform, FN_WORKSPACE: multiRoot, FN_TRUST: trust },
    launchArgs: [workspace],
  };
  if (desktop) {
    options.version = process.env.FN_VSCODE_VERSION || 'stable';
    options.launchArgs.push('--disable-extensions', `--user-data-dir=${path.join(CACHE, 'desktop/user-data')}`,
      `--extensions-dir=${path.join(CACHE, 'desktop/extensions')}`);
  } else {
    options.vscodeExecutablePath = path.join(ROOT, 'scripts/code-server-electron.mjs');
  }
  let code = 0;
  try {
    await runTests(options);
  } catch (e) {
    code = 1;
    if (!(e instanceof TestRunFailedError)) console.error(e);
  } finally {
    if (sabotage) fs.rmSync(extensionDevelopmentPath, { recursive: true, force: true });
  }
  const results = readResults();
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  const label = sabotage ? 'integration (sabotaged)' : locale || platform || multiRoot || trust ? `integration (${[locale, platform, multiRoot, trust].filter(Boolean).join(', ')})` : 'integration';
  if (results) console.log(`${label}: ${results.passed} passed, ${results.failed} failed in ${seconds}s`);
  else console.log(`${label}: no results (the run did not reach the test runner) in ${seconds}s`);
  return results && results.failed === 0 && code === 0 ? 0 : 1;
}

main().then((code) => { process.exitCode = code; }, (e) => { console.error(e.message); process.exitCode = 1; });
