// Preloaded into a CLI run by a memory test (NODE_OPTIONS=--require this file): writes the run's peak resident
// memory, in kilobytes, to the file FN_MAX_RSS names when the run ends.
import * as fs from 'node:fs';

const target = process.env.FN_MAX_RSS;
if (target) process.on('exit', () => fs.writeFileSync(target, String(process.resourceUsage().maxRSS)));
