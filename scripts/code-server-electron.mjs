#!/usr/bin/env node
// Stands in for the VS Code executable that @vscode/test-electron's runTests() launches. It takes
// the same arguments (--extensionDevelopmentPath=…, --extensionTestsPath=…, a workspace folder),
// runs them in code-server + headless chromium, forwards the extension host's test output and
// exits with the tests' exit code. Other desktop flags (--no-sandbox, --user-data-dir, …) are ignored:
// each run gets its own folder under .cache/runs/ (kept when the run fails, unless FN_SABOTAGE=1).
// FN_HOST_TIMEOUT_MS bounds the whole in-host test run (default 180000); FN_LOCALE=nl runs VS Code in Dutch;
// FN_TRUST=untrusted runs with workspace trust on and the folder not trusted.
import path from 'node:path';
import util from 'node:util';
import {
  assertInstalled, createRun, launchChromium, remoteUri, removeRun, serverFailure, startCodeServer, stopAll,
  UNTRUSTED_SETTINGS, withTimeout, workbenchUrl,
} from './lib/code-server.mjs';

function parseArgs(argv) {
  const parsed = { developmentPaths: [], testsPath: undefined, folder: undefined };
  for (const arg of argv) {
    const m = /^--([^=]+)=(.*)$/.exec(arg);
    if (m?.[1] === 'extensionDevelopmentPath') parsed.developmentPaths.push(path.resolve(m[2]));
    else if (m?.[1] === 'extensionTestsPath') parsed.testsPath = path.resolve(m[2]);
    else if (!arg.startsWith('-')) parsed.folder = path.resolve(arg);
  }
  if (!parsed.testsPath || parsed.developmentPaths.length === 0) {
    throw new Error('usage: code-server-electron.mjs --extensionDevelopmentPath=DIR --extensionTestsPath=FILE [FOLDER]');
  }
  return parsed;
}

// Workbench chatter that reaches codeAutomationLog along with the extension host's output
// (FN_HARNESS_DEBUG=1 shows it all).
const NOISE = new RegExp([
  '^Resolv(?:ing|ed) connection token', '^Creating a socket', '^Updating additional builtin extensions cache',
  '^\\[(?:reconnection-grace-time|Service Worker|AgentHost[^\\]]*|AccountPolicyGate)\\]',
  '^Timed out waiting for authentication provider', 'ENOTFOUND open-vsx\\.org', 'vsda',
].join('|'));

async function runInCodeServer({ developmentPaths, testsPath, folder }) {
  const locale = process.env.FN_LOCALE || undefined;
  const untrusted = process.env.FN_TRUST === 'untrusted';
  const run = createRun(locale ? `integration-${locale}` : 'integration', untrusted ? UNTRUSTED_SETTINGS : {});
  const server = await startCodeServer(run, { smokeTestDriver: true, locale, workspaceTrust: untrusted });
  let context;
  let code = 1;
  const failure = serverFailure(server);
  try {
    context = await launchChromium(run);
    const page = await context.newPage();
    let exit;
    const exited = new Promise((resolve) => { exit = resolve; });
    await page.exposeFunction('codeAutomationExit', (code) => exit(code));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = util.format(...args).trimEnd();
      if (process.env.FN_HARNESS_DEBUG || !NOISE.test(line)) (type === 'error' ? process.stderr : process.stdout).write(`${line}\n`);
    });
    const payload = [
      ...developmentPaths.map((p) => ['extensionDevelopmentPath', remoteUri(p)]),
      ['extensionTestsPath', remoteUri(testsPath)],
    ];
    await page.goto(workbenchUrl(server, folder ?? developmentPaths[0], payload));
    const timeout = Number(process.env.FN_HOST_TIMEOUT_MS) || 180_000;
    code = await withTimeout(Promise.race([exited, failure.promise]), timeout, 'the extension tests to finish');
  } catch (e) {
    console.error(`[code-server-electron] ${e.stack ?? e}`);
  } finally {
    failure.dispose();
    await context?.close().catch(() => {});
    await server.stop();
  }
  if (code === 0 || process.env.FN_SABOTAGE === '1') removeRun(run); // a sabotaged run fails on purpose
  else console.error(`[code-server-electron] exit code ${code}; logs kept in ${run.dir}`);
  return code;
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => { stopAll().finally(() => process.exit(130)); });
}

try {
  const args = parseArgs(process.argv.slice(2));
  assertInstalled();
  process.exitCode = await runInCodeServer(args);
} catch (e) {
  console.error(`[code-server-electron] ${e.message}`);
  process.exitCode = 2;
}
