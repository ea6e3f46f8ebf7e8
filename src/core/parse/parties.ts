// The parties at the table and how the notes attribute a block to them: a leading 'Name:' (any case,
// emphasis allowed) or the tag form '#partij/<name>', which writes a name with spaces as 'het-anker'.
import { editDistance, normalizeName } from '../vocabulary/lexicon';
import { Party } from '../vocabulary/vocabulary';

/** The session's parties: its own front matter participants, else the team's standing parties. */
export function sessionParties(participants: unknown, standing: readonly Party[] = []): Party[] {
  const own = Array.isArray(participants) ? participants.map(toParty).filter((p): p is Party => p !== null) : [];
  return own.length ? own : standing.map((p) => ({ name: p.name, aliases: [...p.aliases] }));
}

function toParty(entry: unknown): Party | null {
  if (typeof entry === 'string') return entry.trim() ? { name: entry.trim(), aliases: [] } : null;
  if (typeof entry !== 'object' || entry === null) return null;
  const { name, aliases } = entry as { name?: unknown; aliases?: unknown };
  if (typeof name !== 'string' || !name.trim()) return null;
  return { name: name.trim(), aliases: Array.isArray(aliases) ? aliases.filter((a): a is string => typeof a === 'string' && a.trim() !== '').map((a) => a.trim()) : [] };
}

/** How a name is written after '#partij/': lower case, each run of spaces and other signs one '-'. */
export function partySlug(name: string): string {
  return normalizeName(name).replace(/[^\p{L}\p{M}\p{N}_]+/gu, '-').replace(/^-+|-+$/g, '');
}

/** What two spellings must share to name the same party: case, spaces, hyphens and underscores aside. */
function partyKey(name: string): string {
  return partySlug(name).replace(/[-_]/g, '');
}

function spellings(party: Party): string[] {
  return [party.name, ...party.aliases];
}

/** The party a tag value or an owner ('het-anker', 'HetAnker', 'Anker') names by its name or an alias. */
export function partyNamed(value: string, parties: readonly Party[]): Party | undefined {
  const key = partyKey(value);
  return key ? parties.find((p) => spellings(p).some((s) => partyKey(s) === key)) : undefined;
}

/** The party whose name or alias is closest to an unknown value, for the warning's suggestion. */
export function nearestParty(value: string, parties: readonly Party[]): Party | undefined {
  const key = partyKey(value);
  let best: Party | undefined;
  let bestDistance = Infinity;
  for (const party of parties) {
    for (const spelling of spellings(party)) {
      const d = editDistance(key, partyKey(spelling));
      if (d < bestDistance) [best, bestDistance] = [party, d];
    }
  }
  return best;
}

/** A party's name or alias in lower case, NFC: what a leading 'Name:' is matched against. */
export interface PartyName { lower: string; party: Party }

/** Every name and alias of the parties, longest first, so 'Het Anker' is not taken for 'Anker'. */
export function partyNames(parties: readonly Party[]): PartyName[] {
  return parties.flatMap((party) => spellings(party).map((s) => ({ lower: s.normalize('NFC').toLowerCase(), party })))
    .sort((a, b) => b.lower.length - a.lower.length);
}

/** The party a block's visible text starts with, followed by ':' ('Gemeente: ...', 'het anker : ...'). */
export function leadingParty(text: string, names: readonly PartyName[]): Party | undefined {
  if (names.length === 0) return undefined;
  const lower = text.slice(0, names[0].lower.length + 8).normalize('NFC').toLowerCase();
  return names.find((n) => lower.startsWith(n.lower) && /^\s*:/.test(lower.slice(n.lower.length)))?.party;
}
