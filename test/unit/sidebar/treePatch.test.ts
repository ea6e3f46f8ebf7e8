import { strict as assert } from 'node:assert';
import { buildFileTree, ObservationNode, TreeNode } from '../../../src/core/report/grouping';
import { parseSession } from '../../../src/core/parse/parser';
import { BUILTIN_VOCABULARY } from '../../../src/core/vocabulary/vocabulary';
import { patchTree } from '../../../src/sidebar/treePatch';

const NOTES = [
  '# Regiotafel',
  '',
  'De corporatie vraagt wie de huur betaalt #belangen #organisatie',
  '',
  'Iedereen wil kortere wachtlijsten #ambitie',
  '',
  'Koffie en thee.',
].join('\n');

const tree = (text: string): TreeNode[] => buildFileTree({ key: 'k', session: parseSession(text, { file: 'k.md' }) }, 'condition', {}, BUILTIN_VOCABULARY);

function observationNodes(nodes: TreeNode[]): ObservationNode[] {
  return nodes.flatMap((n) => (n.kind === 'observation' ? [n] : observationNodes(n.children)));
}

describe('sidebar: a live re-parse patches the Observations tree', () => {
  it('names only the nodes of the observation being typed, and updates them in place', () => {
    const shown = tree(NOTES);
    const before = observationNodes(shown);
    const patched = patchTree(shown, tree(NOTES.replace('betaalt', 'betaalt nu')));
    // The observation stands under Interests and under Organisation: both rows change, nothing else.
    assert.deepEqual(patched?.map((n) => n.id), ['k|condition:interests|phase:-|3', 'k|condition:organisation|phase:-|3']);
    assert.ok(patched!.every((node, i) => node === before.filter((b) => b.observation.startLine === 3)[i]), 'the nodes VS Code already knows');
    assert.deepEqual(observationNodes(shown).map((n) => n.observation.text), [
      'Iedereen wil kortere wachtlijsten', 'De corporatie vraagt wie de huur betaalt nu', 'De corporatie vraagt wie de huur betaalt nu']);
  });

  it('names nothing when the typing changed no observation', () => {
    const shown = tree(NOTES);
    assert.deepEqual(patchTree(shown, tree(`${NOTES} Met koekjes.`)), []);
  });

  it('leaves the tree alone and asks for a full redraw when the shape changed', () => {
    const shown = tree(NOTES);
    const copy = JSON.stringify(shown);
    assert.equal(patchTree(shown, tree(`${NOTES} #proces`)), undefined, 'a new observation');
    assert.equal(patchTree(shown, tree(NOTES.replace('# Regiotafel\n', '# Regiotafel\n\n'))), undefined, 'the lines moved');
    assert.equal(JSON.stringify(shown), copy);
  });
});
