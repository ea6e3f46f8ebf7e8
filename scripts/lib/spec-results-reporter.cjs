// Mocha reporter: the usual spec output, plus a JSON summary written to FN_RESULTS_FILE
// ({ passed, failed, tests }) so scripts/test.mjs can add up the stages without parsing text.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const Mocha = require('mocha');

class SpecWithResults extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    const tests = [];
    runner.on('pass', (t) => tests.push({ title: t.fullTitle(), state: 'passed' }));
    runner.on('fail', (t, err) => tests.push({ title: t.fullTitle(), state: 'failed', error: err && err.message }));
    runner.once('end', () => {
      const file = process.env.FN_RESULTS_FILE;
      if (!file) return;
      const passed = tests.filter((t) => t.state === 'passed').length;
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, JSON.stringify({ passed, failed: tests.length - passed, tests }, null, 2));
    });
  }
}

module.exports = SpecWithResults;
