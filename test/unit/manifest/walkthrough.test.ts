// The "Get started with Facilitator Notes" walkthrough (issue 11, item 10): five steps in English and
// Dutch, each opening a command the extension contributes and completed by running it; the last one is
// the report for the partners (issue 23).
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

  it('ends with the report for the partners, in Word or HTML; the overview exports are the facilitator\'s own (issue 23)', () => {
    const last = walkthrough.steps.at(-1);
    const en = read('package.nls.json');
    const nl = read('package.nls.nl.json');
    assert.deepEqual(last.completionEvents, ['onCommand:facilitatorNotes.exportPartnerReport']);
    assert.equal(en[key(last.title)], 'Send the partners their report');
    assert.equal(nl[key(last.title)], 'Het verslag naar de partners sturen');
    const [enText, nlText] = [en[key(last.description)], nl[key(last.description)]];
    assert.deepEqual([...enText.matchAll(/\[([^\]]+)\]\(command:([\w.]+)\)/g)].map((m) => [m[1], m[2]]),
      [['Export Report for Partners…', 'facilitatorNotes.exportPartnerReport']]);
    assert.deepEqual([...nlText.matchAll(/\[([^\]]+)\]\(command:([\w.]+)\)/g)].map((m) => [m[1], m[2]]),
      [['Verslag voor partners exporteren…', 'facilitatorNotes.exportPartnerReport']]);
    assert.match(enText, /as Word or HTML: one session, without your private notes/);
    assert.match(nlText, /als Word of HTML: één sessie, zonder je privénotities/);
    assert.match(enText, /The overview exports \(HTML, Markdown, CSV\) are for your own use: they contain private notes and coaching\.$/);
    assert.match(nlText, /De exports van het overzicht \(HTML, Markdown, CSV\) zijn voor eigen gebruik: ze bevatten privénotities en coaching\.$/);
  });

  it('README\'s "After the session" sends the partner report and keeps the overview exports for the facilitator', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const after = /^\*\*After the session\.\*\*(.*(?:\n(?!\n).*)*)/m.exec(readme)![1].replace(/\s+/g, ' ');
    assert.match(after, /\*Export Report for Partners…\* writes the report for one session as Word or HTML/);
    assert.match(after, /for your own use: they contain private notes and coaching/);
    assert.doesNotMatch(after, /Export Overview as HTML\*[^.]*for the partners/);
  });
});
