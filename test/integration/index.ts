// Test runner the extension host loads through --extensionTestsPath. It runs every compiled
// *.test.js beside it with mocha (BDD), reports through the console (the harness forwards it)
// and writes a JSON summary to FN_RESULTS_FILE so scripts can count results without parsing text.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

interface Outcome {
  title: string;
  state: 'passed' | 'failed';
  error?: string;
}

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    reporter: 'spec',
    timeout: Number(process.env.FN_TIMEOUT_MS) || 15_000,
    grep: process.env.FN_GREP || undefined,
  });
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort();
  for (const f of files) mocha.addFile(path.join(__dirname, f));

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
