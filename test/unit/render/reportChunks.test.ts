// The partners' report in pieces (issue 22): a large report is written as it is rendered, never one string, and
// the pieces are the bytes the report always had.
import { strict as assert } from 'node:assert';
import { partnerDocument, renderedDocumentChunks } from '../../../src/core/render/report/partnerReport';
import { largeNotes } from '../cli/run';

const TINY = '---\ndate: 2026-03-02\n---\n# Tafel\n\n## Eerste punt\n\nWe delen het doel. #ambitie\n\n- Gemeente wil tijd #vertrouwen\n';

describe('partner report in pieces', () => {
  it('the Markdown of a short session: the same bytes as before it came in pieces', () => {
    const doc = partnerDocument({ file: 'tafel.md', text: TINY }, { lang: 'nl' });
    assert.equal([...renderedDocumentChunks(doc, { lang: 'nl', format: 'md' })].join(''), '*Verslag*\n\n# Tafel\n\n**Datum:** maandag 2 maart 2026\n\n'
      + '## Wat er besproken is\n\n### Eerste punt\n\nWe delen het doel.\n\n- Gemeente wil tijd\n\n## Besluiten\n\nGeen besluiten vastgelegd.\n\n'
      + '## Acties\n\nGeen acties.\n\n## De samenwerking in het model\n\n**Fase aan het eind van de bijeenkomst:** niet benoemd  \n'
      + '**Besproken condities:** Ambitie\n');
  });

  for (const format of ['html', 'md'] as const) {
    it(`${format} of 1 MB of notes: pieces of at most 64K characters and one block, none the whole report`, () => {
      const doc = partnerDocument({ file: 'large.md', text: largeNotes(1) }, { lang: 'en' });
      const pieces = [...renderedDocumentChunks(doc, { lang: 'en', format })];
      const total = pieces.reduce((sum, piece) => sum + piece.length, 0);
      assert.ok(total > 500_000, String(total));
      assert.ok(pieces.length >= Math.floor(total / 65536), `${pieces.length} pieces for ${total} characters`);
      assert.deepEqual(pieces.filter((piece) => piece.length > 65536 + 1000).map((piece) => piece.length), []);
      assert.ok(format === 'html' ? pieces[0].startsWith('<!DOCTYPE html>') && pieces.at(-1)!.endsWith('</html>\n') : pieces.at(-1)!.endsWith('\n'));
    });
  }
});
