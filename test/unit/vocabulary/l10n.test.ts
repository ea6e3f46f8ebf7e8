// Every user-visible string exists in English and Dutch: the manifest's %keys% and the runtime bundles.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..', '..');
const json = (file: string): Record<string, string> => JSON.parse(readFileSync(join(root, file), 'utf8'));
const sorted = (o: object) => Object.keys(o).sort();

/** The text of every vscode.l10n.t and say(lang, …) call with a literal string, in every file under src/. */
export function l10nLiterals(dir: string): { file: string; text: string }[] {
  const found: { file: string; text: string }[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...l10nLiterals(path));
    else if (entry.name.endsWith('.ts')) {
      const source = readFileSync(path, 'utf8');
      for (const m of source.matchAll(/(?:l10n\.t\(|\bsay\(\s*[\w.]+\s*,)\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1/g)) {
        found.push({ file: path.slice(root.length + 1), text: unescape(m[2]) });
      }
    }
  }
  return found;
}

function unescape(literal: string): string {
  return literal.replace(/\\(.)/g, (_, c: string) => ({ n: '\n', t: '\t' })[c] ?? c);
}

describe('localisation', () => {
  it('package.nls.nl.json has exactly the keys of package.nls.json', () => {
    assert.deepEqual(sorted(json('package.nls.nl.json')), sorted(json('package.nls.json')));
  });

  it('l10n/bundle.l10n.nl.json has exactly the keys of l10n/bundle.l10n.json', () => {
    assert.deepEqual(sorted(json('l10n/bundle.l10n.nl.json')), sorted(json('l10n/bundle.l10n.json')));
  });

  it('the English bundle maps each key to itself and no Dutch entry is empty', () => {
    const en = json('l10n/bundle.l10n.json');
    assert.deepEqual(Object.entries(en).filter(([k, v]) => k !== v), []);
    assert.deepEqual(Object.entries(json('l10n/bundle.l10n.nl.json')).filter(([, v]) => !v.trim()), []);
    assert.deepEqual(Object.entries(json('package.nls.nl.json')).filter(([, v]) => !v.trim()), []);
  });

  it('every %key% in package.json exists in package.nls.json', () => {
    const keys = [...readFileSync(join(root, 'package.json'), 'utf8').matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    const nls = json('package.nls.json');
    assert.deepEqual([...new Set(keys.filter((k) => !(k in nls)))], []);
  });

  it('every vscode.l10n.t literal in src/ is a key of l10n/bundle.l10n.json', () => {
    const literals = l10nLiterals(join(root, 'src'));
    assert.ok(literals.length > 0, 'the scan found no l10n.t calls at all');
    const bundle = json('l10n/bundle.l10n.json');
    assert.deepEqual(literals.filter((l) => !(l.text in bundle)).map((l) => `${l.file}: ${l.text}`), []);
  });

  it('placeholders {0}, {1}… are the same in English and Dutch', () => {
    const nl = json('l10n/bundle.l10n.nl.json');
    const holes = (s: string) => (s.match(/\{\d+\}/g) ?? []).sort().join();
    assert.deepEqual(Object.keys(nl).filter((k) => holes(k) !== holes(nl[k])), []);
  });
});
