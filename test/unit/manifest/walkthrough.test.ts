// The "Get started with Facilitator Notes" walkthrough (issue 11, item 10): five steps in English and
// Dutch, each opening a command the extension contributes and completed by running it.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../../..');
const read = (file: string) => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8'));

describe('walkthrough', () => {
  const manifest = read('package.json');
  const [walkthrough] = manifest.contributes.walkthroughs;
  const commands = new Set(manifest.contributes.commands.map((c: { command: string }) => c.command));
  const key = (value: string) => /^%(.+)%$/.exec(value)![1];

  it('opens, tags, marks the thermometer, shows the overview and exports, in this order', () => {
    assert.deepEqual(walkthrough.steps.map((s: { id: string }) => s.id), ['open', 'tag', 'thermometer', 'overview', 'export']);
    for (const step of walkthrough.steps) {
      const [link] = [...read('package.nls.json')[key(step.description)].matchAll(/\(command:([\w.]+)\)/g)].map((m) => m[1]);
      assert.ok(commands.has(link), `${step.id} links ${link}`);
      assert.ok(step.completionEvents.includes(`onCommand:${link}`), `${step.id} is completed by running ${link}`);
    }
  });

  it('says every text in English and Dutch, the same command links in both', () => {
    const en = read('package.nls.json');
    const nl = read('package.nls.nl.json');
    assert.equal(en[key(walkthrough.title)], 'Get started with Facilitator Notes');
    assert.equal(nl[key(walkthrough.title)], 'Aan de slag met Facilitator Notes');
    for (const step of walkthrough.steps) {
      for (const field of [step.title, step.description, step.media.altText]) {
        assert.ok(en[key(field)] && nl[key(field)] && en[key(field)] !== nl[key(field)], `${field} in both languages`);
      }
      const links = (text: string) => [...text.matchAll(/\(command:[\w.]+\)/g)].map((m) => m[0]);
      assert.deepEqual(links(nl[key(step.description)]), links(en[key(step.description)]));
    }
  });
});
