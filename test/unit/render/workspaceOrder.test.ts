import { strict as assert } from 'node:assert';
import { parseSession } from '../../../src/core/parse/parser';
import { renderOverviewHtml } from '../../../src/core/render/overview/html';

const between = (html: string, id: string) => html.slice(html.indexOf(`<section id="${id}"`), html.indexOf('</section>', html.indexOf(`<section id="${id}"`)));
const items = (section: string) => [...section.matchAll(/<li>([^<:]+):/g)].map((m) => m[1]);

describe('workspace HTML: lists in a fixed order, whatever the order of the files', () => {
  const a = parseSession('We trust each other. #need/trust #zebra\n', { file: 'a.md' });
  const b = parseSession('We want a say. #need/influence #need/freedom #apple\n', { file: 'b.md' });

  for (const sessions of [[a, b], [b, a]]) {
    it(`lists needs in the model's order and free tags by name (files ${sessions.map((s) => s.file).join(', ')})`, () => {
      const html = renderOverviewHtml(sessions, { lang: 'en' });
      assert.deepEqual(items(between(html, 'needs')), ['Freedom', 'Influence', 'Trust']);
      assert.deepEqual(items(between(html, 'tags')), ['#apple', '#zebra']);
    });
  }
});
