#!/usr/bin/env node
// `npm test`: every stage in order, each ending with its own summary line, then one line
// "N passed, N failed" over all stages. A failing test, or a step that fails (setup, build,
// package), fails the command; stages that depend on a failed step are skipped.
// Stages: setup (alongside the next ones, until a stage needs it), seed-overlap (no run of six words repeats a source
// document), typecheck (esbuild does not check types), build, unit, package (the .vsix holds only what it should),
// integration, integration-nl (the Dutch suite in a Dutch VS Code), integration-multi-root (a two-folder workspace),
// integration-untrusted (workspace trust on, the folder not trusted), keybindings (the toggles' prefix against macOS's and
// Windows' defaults), harness (a broken extension must turn the run red), e2e.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CHROMIUM, ROOT } from './lib/code-server.mjs';

const RESULTS = path.join(ROOT, 'test-results');
const REPORTER = path.join(ROOT, 'scripts/lib/spec-results-reporter.cjs');
const MOCHA = path.join(ROOT, 'node_modules/.bin/mocha');
const VSCE = path.join(ROOT, 'node_modules/.bin/vsce');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const VSIX = `${manifest.name}-${manifest.version}.vsix`;

/** Runs a command; with `logFile`, its stdout and stderr go to that file instead of to this terminal. */
function exec(command, args, env = {}, logFile) {
  return new Promise((resolve) => {
    const log = logFile && fs.openSync(logFile, 'w');
    const out = log ?? 'inherit';
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', out, out], env: { ...process.env, ...env } });
    if (log) fs.closeSync(log);
    child.on('error', (e) => { console.error(e.message); resolve(1); });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

function readResults(name) {
  try { return JSON.parse(fs.readFileSync(path.join(RESULTS, `${name}.json`), 'utf8')); } catch { return undefined; }
}

/** A mocha run whose counts come from the reporter's JSON; no JSON means it never got to run. */
async function mochaStage(name, args) {
  fs.rmSync(path.join(RESULTS, `${name}.json`), { force: true });
  const code = await exec(MOCHA, ['--reporter', REPORTER, ...args], { FN_RESULTS_FILE: path.join(RESULTS, `${name}.json`) });
  return countsOf(name, code);
}

function countsOf(name, code) {
  const r = readResults(name);
  if (!r) return { passed: 0, failed: 1, note: `no results (exit code ${code})` };
  return { passed: r.passed, failed: r.failed || (code === 0 ? 0 : 1) };
}

const step = (code) => ({ passed: 0, failed: code === 0 ? 0 : 1, note: code === 0 ? 'ok' : `exit code ${code}` });

/**
 * The toggles' prefix against the default keybindings of macOS and Windows (the integration stage checks Linux's):
 * both runs at once, each mostly waiting for its workbench to load; their output follows, one after the other.
 */
async function platformKeybindings() {
  const runs = await Promise.all(['mac', 'windows'].map(async (platform) => {
    const logFile = path.join(RESULTS, `integration-${platform}.log`);
    const code = await exec('node', ['scripts/run-integration.mjs'], { FN_PLATFORM: platform, FN_GREP: 'prefix clashes with none' }, logFile);
    process.stdout.write(fs.readFileSync(logFile));
    return countsOf(`integration-${platform}`, code);
  }));
  return { passed: runs.reduce((n, c) => n + c.passed, 0), failed: runs.reduce((n, c) => n + c.failed, 0) };
}

/** The sabotaged run must fail, and fail on the activation test, not on some harness error. */
async function harnessCheck() {
  await exec('node', ['scripts/run-integration.mjs', '--sabotage'], { FN_GREP: '^activation ' });
  const r = readResults('integration-sabotage');
  const red = r?.tests.some((t) => t.state === 'failed' && /exports its API/.test(t.title));
  if (red) console.log('harness: the sabotaged extension turned the run red, as it must');
  else console.log('harness: FAILED, the sabotaged extension did not fail the activation test');
  return { passed: red ? 1 : 0, failed: red ? 0 : 1 };
}

/** What the .vsix may hold: the bundles, the manifest and what it points at; nothing else. */
const SHIPPED = [/^dist\/(extension|docx|notesWorker|markdown-it|yaml)\.js$/, /^dist\/(resvg\.wasm|DejaVuSans\.ttf)$/, /^dist\/web\/extension\.js$/, /^package(\.nls(\.[a-z-]+)?)?\.json$/,
  /^(README|CHANGELOG)\.md$/, /^LICENSE$/, /^l10n\/bundle\.l10n(\.[a-z-]+)?\.json$/, /^media\/[\w./-]+\.(png|svg|js|css)$/,
  /^schemas\/[\w-]+\.schema\.json$/, /^snippets\/[\w-]+\.code-snippets$/];
/**
 * The packaged extension stays small: it is downloaded by every facilitator (and by VS Code for the Web). The Word
 * report's chart renderer takes about 1.3 MB of it (resvg's wasm 0.93 MB and DejaVu Sans 0.37 MB, compressed).
 */
const MAX_VSIX_BYTES = 2.25 * 1024 * 1024;

const BUILD_LOG = path.join(RESULTS, 'build.log');

/** Builds dist/; its output is kept for the package stage, which fails on a warning in it. */
async function build() {
  const code = await exec('node', ['scripts/build.mjs'], {}, BUILD_LOG);
  process.stdout.write(fs.readFileSync(BUILD_LOG));
  return step(code);
}

/**
 * Packages the .vsix from the build stage's dist/ (not `npm run package`, which builds again: it runs alongside the
 * unit tests, which read dist/) and checks it: no packaging warning, only shipped files, README and CHANGELOG in it, small.
 */
async function packageCheck(logFile) {
  const packed = await exec('nice', [...NICE, VSCE, 'package', '--no-dependencies', '--no-rewrite-relative-links'], {}, logFile);
  if (packed !== 0) return step(packed);
  const output = [BUILD_LOG, logFile].map((f) => (fs.existsSync(f) ? fs.readFileSync(f, 'utf8') : '')).join('\n');
  const warnings = output.split('\n').filter((l) => /\bWARN(ING)?\b/.test(l));
  const listed = path.join(RESULTS, 'package-files.txt');
  const ls = await exec('nice', [...NICE, VSCE, 'ls', '--no-dependencies'], {}, listed);
  const files = fs.readFileSync(listed, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
  const unwanted = files.filter((f) => !SHIPPED.some((re) => re.test(f)));
  const missing = ['dist/extension.js', 'package.json', 'README.md', 'CHANGELOG.md', 'LICENSE'].filter((f) => !files.includes(f));
  const size = fs.statSync(path.join(ROOT, VSIX)).size;
  const problems = [
    ...warnings.map((w) => `packaging warning: ${w.trim()}`),
    ...unwanted.map((f) => `not to be shipped: ${f}`),
    ...missing.map((f) => `missing: ${f}`),
    ...(size > MAX_VSIX_BYTES ? [`${VSIX} is ${(size / 1024).toFixed(0)} KB, over ${MAX_VSIX_BYTES / 1024} KB`] : []),
  ];
  const ok = ls === 0 && problems.length === 0;
  fs.appendFileSync(logFile, `${ok ? `package: ${VSIX}, ${(size / 1024).toFixed(0)} KB, ${files.length} files, all of them shipped files, no packaging warning`
    : `package: FAILED\n  ${problems.join('\n  ')}`}\n`);
  return { passed: ok ? 1 : 0, failed: ok ? 0 : 1 };
}

/** The product in our own words: the shared tool lists every run of six words that repeats a source document. */
async function seedOverlap() {
  const tool = path.join(ROOT, '..', 'shared', 'tools', 'seed-overlap.mjs');
  if (!fs.existsSync(tool)) return { passed: 0, failed: 0, note: `skipped: ${tool} is not there (a clone without ../shared)` };
  return step(await exec('node', [tool]));
}

// A stage `alongside` starts when the run reaches it and runs next to the stages after it, until one needs it or
// waits for it (`after`; its output is printed whole then): setup mostly downloads and builds code-server (about two minutes in a fresh clone),
// package mostly waits for vsce. Both run niced, so that the unit tests' timings (linear-time ratios, timeouts of
// large inputs) get the CPU first and setup takes what the single-threaded tests leave of the second core.
const NICE = ['-n', '10'];
const stages = [
  { name: 'setup', alongside: true, run: async (logFile) => step(await exec('nice', [...NICE, 'bash', 'scripts/setup-vscode.sh'], {}, logFile)) },
  { name: 'seed-overlap', run: seedOverlap },
  { name: 'typecheck', run: async () => step(await exec('node', ['node_modules/typescript/bin/tsc', '-p', '.', '--noEmit'])) },
  { name: 'build', run: build },
  // Some unit tests load pages in chromium: without it (a first run outside CI), they wait for setup to install it.
  { name: 'unit', needs: ['build', ...(fs.existsSync(CHROMIUM) ? [] : ['setup'])], run: () => mochaStage('unit', []) },
  { name: 'package', needs: ['build'], alongside: true, run: packageCheck },
  { name: 'integration', needs: ['setup', 'build'], run: async () => countsOf('integration', await exec('node', ['scripts/run-integration.mjs'])) },
  // The short integration runs go two at a time (each mostly waits for its workbench to load), each on its own
  // fixture folder or only reading test/fixtures/workspace: nl beside multi-root, untrusted beside harness.
  { name: 'integration-nl', needs: ['setup', 'build'], alongside: true, run: async (logFile) => countsOf('integration-nl', await exec('node', ['scripts/run-integration.mjs'], { FN_LOCALE: 'nl' }, logFile)) },
  { name: 'integration-multi-root', needs: ['setup', 'build'], run: async () => countsOf('integration-multi-root', await exec('node', ['scripts/run-integration.mjs'], { FN_WORKSPACE: 'multi-root' })) },
  { name: 'integration-untrusted', needs: ['setup', 'build'], after: ['integration-nl'], alongside: true, run: async (logFile) => countsOf('integration-untrusted', await exec('node', ['scripts/run-integration.mjs'], { FN_TRUST: 'untrusted' }, logFile)) },
  { name: 'harness', needs: ['setup', 'build'], run: harnessCheck },
  { name: 'keybindings', needs: ['setup', 'build'], after: ['integration-untrusted'], run: platformKeybindings },
  // Alone: its typing tests time key presses.
  { name: 'e2e', needs: ['setup', 'package'], alone: true, run: () => mochaStage('e2e', ['--no-config', 'dist/test/e2e/*.test.js']) },
];

/** FN_STAGES=package,e2e runs only those stages (for a developer checking one; npm test runs all). */
const only = process.env.FN_STAGES?.split(',');
const selected = stages.filter((s) => !only || only.includes(s.name));
const done = new Map();
const t0 = Date.now();
fs.mkdirSync(RESULTS, { recursive: true });

function report(stage, counts) {
  done.set(stage.name, counts);
  const tally = counts.note ?? `${counts.passed} passed, ${counts.failed} failed`;
  console.log(`--- ${stage.name}: ${tally}${counts.note && counts.failed ? ', counted as 1 failure' : ''} (${counts.seconds.toFixed(1)}s${stage.alongside ? ', alongside other stages' : ''})`);
}

async function timed(run) {
  const started = Date.now();
  const counts = await run();
  return { ...counts, seconds: (Date.now() - started) / 1000 };
}

/** Starts a stage that runs alongside the others; awaiting its finish prints its output and summary, once. */
function startAlongside(stage) {
  const logFile = path.join(RESULTS, `${stage.name}.log`);
  const result = timed(() => stage.run(logFile));
  let printed;
  return () => (printed ??= result.then((counts) => {
    console.log(`\n=== ${stage.name} ===`);
    process.stdout.write(fs.readFileSync(logFile));
    report(stage, counts);
  }));
}

const alongside = new Map();
const skipped = (blocked) => ({ passed: 0, failed: 0, note: `skipped: ${blocked.join(', ')} failed` });
for (const stage of selected) {
  const waitFor = stage.alone ? [...alongside.keys()] : [...stage.needs ?? [], ...stage.after ?? []];
  for (const name of waitFor) await alongside.get(name)?.();
  const blocked = (stage.needs ?? []).filter((n) => done.get(n)?.failed);
  if (stage.alongside && !blocked.length) {
    alongside.set(stage.name, startAlongside(stage));
    continue;
  }
  console.log(`\n=== ${stage.name} ===`);
  report(stage, await timed(async () => (blocked.length ? skipped(blocked) : stage.run())));
}
for (const finish of alongside.values()) await finish();

console.log('\nstage times: ' + [...done].map(([n, c]) => `${n} ${c.seconds.toFixed(1)}s`).join(', ') + `, total ${((Date.now() - t0) / 1000).toFixed(1)}s`);
const passed = [...done.values()].reduce((n, c) => n + c.passed, 0);
const failed = [...done.values()].reduce((n, c) => n + c.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
