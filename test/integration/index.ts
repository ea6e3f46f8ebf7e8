// Test runner the extension host loads through --extensionTestsPath. It runs every compiled
// *.test.js beside it with mocha (BDD), reports through the console (the harness forwards it)
// and writes a JSON summary to FN_RESULTS_FILE so scripts can count results without parsing text.
// A run with FN_LOCALE (or FN_WORKSPACE) set runs only that locale's (workspace's) suite; the normal run leaves those suites out.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

interface Outcome {
  title: string;
  state: 'passed' | 'failed';
  error?: string;
}

/** Suites that need VS Code running in their display language (scripts/run-integration.mjs, FN_LOCALE). */
const LOCALE_SUITES: Record<string, string> = { nl: 'dutch.test.js' };
/** The suite of the two-folder workspace (FN_WORKSPACE=multi-root): the others expect one folder. */
const MULTI_ROOT_SUITE = 'multiRoot.test.js';
/** The suite of a folder VS Code does not trust (FN_TRUST=untrusted): the others expect a trusted one. */
const UNTRUSTED_SUITE = 'untrusted.test.js';

function suiteFiles(): string[] {
  const locale = process.env.FN_LOCALE;
  if (locale) {
    if (!LOCALE_SUITES[locale]) throw new Error(`no integration suite for FN_LOCALE=${locale}`);
    return [LOCALE_SUITES[locale]];
  }
  if (process.env.FN_WORKSPACE) return [MULTI_ROOT_SUITE];
  if (process.env.FN_TRUST) return [UNTRUSTED_SUITE];
  const localeSuites = new Set([...Object.values(LOCALE_SUITES), MULTI_ROOT_SUITE, UNTRUSTED_SUITE]);
  return fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js') && !localeSuites.has(f)).sort();
}

/**
 * The English run's suites were written for English output while many of their notes are Dutch: they run with
 * facilitatorNotes.language: en. notesLanguage.test.ts sets it to auto to check that the notes' language decides.
 */
const ENGLISH_OUTPUT = {
  beforeAll: () => vscode.workspace.getConfiguration('facilitatorNotes').update('language', 'en', vscode.ConfigurationTarget.Global),
  afterAll: () => vscode.workspace.getConfiguration('facilitatorNotes').update('language', undefined, vscode.ConfigurationTarget.Global),
};

export function run(): Promise<void> {
  const mocha = new Mocha({
    ...(!process.env.FN_LOCALE && { rootHooks: ENGLISH_OUTPUT }),
    ui: 'bdd',
    color: false,
    reporter: 'spec',
    timeout: Number(process.env.FN_TIMEOUT_MS) || 15_000,
    grep: process.env.FN_GREP || undefined,
  });
  for (const f of suiteFiles()) mocha.addFile(path.join(__dirname, f));

  return new Promise((resolve, reject) => {
    const outcomes: Outcome[] = [];
    const runner = mocha.run((failures) => {
      writeResults(outcomes);
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed.`));
      else resolve();
    });
    runner.on('pass', (t) => outcomes.push({ title: t.fullTitle(), state: 'passed' }));
    runner.on('fail', (t, err: Error) => outcomes.push({ title: t.fullTitle(), state: 'failed', error: err?.message }));
  });
}

function writeResults(outcomes: Outcome[]): void {
  const file = process.env.FN_RESULTS_FILE;
  if (!file) return;
  const passed = outcomes.filter((o) => o.state === 'passed').length;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ passed, failed: outcomes.length - passed, tests: outcomes }, null, 2));
}
