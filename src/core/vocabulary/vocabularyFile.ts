// A team's own vocabulary (.facilitator-notes.yaml or the facilitatorNotes.vocabulary setting):
// extra aliases, other display labels, the needs dimension off, and dimensions of their own.
// Everything here is pure, so the same checks serve the editor, the CLI and the tests.
import * as z from 'zod';
// The Dutch messages alone: z.locales would bundle every language zod has.
import dutch from 'zod/v4/locales/nl.js';
import type { Document, Node as YamlNode } from 'yaml';
import { Dimension, Lang, Term, Text, Vocabulary } from './vocabulary';
import { normalizeName } from './lexicon';
import { LENS_IDS, lensDimensions } from './lenses';
import { onFirstUse } from './firstUse';
import { yamlLibrary } from './yamlLibrary';

/** The file a team keeps its vocabulary in: at a workspace folder's root for the editor, in the current folder for the CLI. */
export const VOCABULARY_FILE = '.facilitator-notes.yaml';

/** What a tag name (or a value after its prefix) may be made of: letters, digits, - and _, starting with a letter or digit. */
export const TAG_NAME = /^[\p{L}\p{N}][\p{L}\p{N}_-]*$/u;

/** Built when a team's vocabulary is first read (most workspaces have none), not at load. */
export const vocabularyFileSchema = onFirstUse('vocabulary file schema', () => {
  const name = z.string().regex(TAG_NAME);

  const text = z.union([
    z.string().min(1),
    z.object({ en: z.string().min(1), nl: z.string().min(1) }).strict(),
  ]).meta({ description: 'One text for both languages, or { en, nl }.' });

  const customValue = z.union([
    name,
    z.object({
      id: name.meta({ description: 'The value as written after the prefix: #party/<id>.' }),
      label: text.optional(),
      aliases: z.array(name).optional().meta({ description: 'Other spellings of this value.' }),
      summary: text.optional().meta({ description: 'One line, shown in completion and hovers.' }),
    }).strict(),
  ]);

  const customDimension = z.object({
    id: name.meta({ description: 'Identifier of the dimension, e.g. party.' }),
    label: text.meta({ description: 'Shown in the tree, completion, filter and overview.' }),
    prefixes: z.array(name).min(1).optional().meta({ description: 'Prefixes for #prefix/value; defaults to the id.' }),
    bare: z.boolean().optional().meta({ description: 'Whether values may be written without the prefix. Default false.' }),
    values: z.array(customValue).min(1),
  }).strict();

  const standingParty = z.union([
    z.string().min(1),
    z.object({
      name: z.string().min(1).meta({ description: 'The party\'s name as the reports show it.' }),
      aliases: z.array(z.string().min(1)).optional().meta({ description: 'Other names the notes use for it.' }),
    }).strict(),
  ]);

  return z.object({
    needs: z.boolean().optional().meta({ description: 'false turns the needs dimension (#need/...) off.' }),
    aliases: z.record(name, z.array(name).min(1)).optional()
      .meta({ description: 'Extra spellings by term id, e.g. ambition: [ambities].' }),
    labels: z.record(name, text).optional()
      .meta({ description: 'Display labels by dimension or term id, e.g. condition: { en: Building block, nl: Bouwsteen }.' }),
    dimensions: z.array(customDimension).optional()
      .meta({ description: 'Dimensions of your own, e.g. a kind of meeting or a theme.' }),
    lenses: z.array(z.enum(LENS_IDS)).optional()
      .meta({ description: 'The model\'s optional lenses to switch on: interestKinds (#belang/collectief), conversation (#inhoud, #emotie, #intentie), decisions (#strategie/consensus).' }),
    parties: z.array(standingParty).optional()
      .meta({ description: 'Standing parties (names, or { name, aliases }) for sessions whose front matter lists no participants.' }),
  }).strict().meta({ title: 'Facilitator Notes vocabulary', description: 'A team\'s additions to the collaboration model\'s tags.' });
});

export type VocabularyFile = z.infer<ReturnType<typeof vocabularyFileSchema>>;

export interface VocabularyIssue {
  /** Where in the file or setting object, as keys and indexes. */
  path: (string | number)[];
  message: string;
  /** 1-based, when read from YAML text. */
  line?: number;
  /** 0-based. */
  column?: number;
  length?: number;
}

export interface VocabularyReading {
  /** The checked file, or null when it has issues (then the base vocabulary stays in force). */
  file: VocabularyFile | null;
  issues: VocabularyIssue[];
}

const MESSAGES = {
  syntax: { en: 'YAML syntax: {0}', nl: 'YAML-syntaxis: {0}' },
  unknownTerm: { en: 'Unknown term \'{0}\'.', nl: 'Onbekende term \'{0}\'.' },
  unknownTarget: { en: 'Unknown dimension or term \'{0}\'.', nl: 'Onbekende dimensie of term \'{0}\'.' },
  aliasTaken: { en: '\'{0}\' is already a tag for \'{1}\'.', nl: '\'{0}\' is al een tag voor \'{1}\'.' },
  dimensionTaken: { en: 'A dimension \'{0}\' already exists.', nl: 'Er bestaat al een dimensie \'{0}\'.' },
  prefixTaken: { en: 'The prefix \'{0}\' is already used by \'{1}\'.', nl: 'Het voorvoegsel \'{0}\' wordt al gebruikt door \'{1}\'.' },
  tagName: { en: 'Use letters, digits, - and _ only (no # or spaces).', nl: 'Gebruik alleen letters, cijfers, - en _ (geen # of spaties).' },
  notAnObject: { en: 'The vocabulary must be a mapping (key: value).', nl: 'De woordenlijst moet een lijst velden zijn (sleutel: waarde).' },
  collectionKey: { en: 'A key must be a plain name, not a list or mapping.', nl: 'Een sleutel moet een gewone naam zijn, geen lijst of groep velden.' },
  unreadable: { en: 'The file could not be read: {0}', nl: 'Het bestand kon niet worden gelezen: {0}' },
  tooManyAliases: { en: 'Too many alias references (*name) to expand; write the values out.', nl: 'Te veel aliasverwijzingen (*naam) om uit te werken; schrijf de waarden uit.' },
} satisfies Record<string, Text>;

function say(key: keyof typeof MESSAGES, lang: Lang, ...args: string[]): string {
  return MESSAGES[key][lang].replace(/\{(\d)\}/g, (_, i: string) => args[Number(i)] ?? '');
}

/** Checks a settings object (no line numbers) against the schema and the base vocabulary. */
export function checkVocabularyObject(input: unknown, base: Vocabulary, lang: Lang): VocabularyReading {
  if (input === undefined || input === null) return { file: {}, issues: [] };
  const parsed = vocabularyFileSchema().safeParse(input, lang === 'nl' ? { error: dutch().localeError } : undefined);
  if (!parsed.success) {
    return { file: null, issues: parsed.error.issues.map((i) => zodIssue(i, lang)) };
  }
  const issues = conflicts(parsed.data, base, lang);
  return { file: issues.length ? null : parsed.data, issues };
}

function zodIssue(issue: z.core.$ZodIssue, lang: Lang): VocabularyIssue {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  if (issue.code === 'unrecognized_keys' && issue.keys.length) return onKey({ path: [...path, issue.keys[0]], message: issue.message });
  if (issue.code === 'invalid_type' && path.length === 0) return { path, message: say('notAnObject', lang) };
  if (issue.code === 'invalid_format' && issue.format === 'regex') return { path, message: say('tagName', lang) };
  return { path, message: issue.message };
}

/**
 * Reads YAML text: syntax, schema and conflicts with the base vocabulary, each with its line. Never
 * throws: a failure of ours is an issue on line 1, so the editor and the CLI go on with the base vocabulary.
 */
export function readVocabularyFile(source: string, base: Vocabulary, lang: Lang): VocabularyReading {
  try {
    return readYaml(source, base, lang);
  } catch (e) {
    return { file: null, issues: [{ path: [], message: say('unreadable', lang, (e as Error).message), line: 1, column: 0, length: 1 }] };
  }
}

function readYaml(source: string, base: Vocabulary, lang: Lang): VocabularyReading {
  const { LineCounter, parseDocument } = yamlLibrary();
  const lines = new LineCounter();
  const doc = parseDocument(source.replace(/^\uFEFF/, ''), { lineCounter: lines, prettyErrors: false });
  const offset = source.startsWith('\uFEFF') ? 1 : 0;
  const at = (start: number, end: number) => {
    const pos = lines.linePos(start);
    return { line: pos.line, column: pos.col - 1 + (pos.line === 1 ? offset : 0), length: Math.max(1, end - start) };
  };
  if (doc.errors.length) {
    return {
      file: null,
      issues: doc.errors.map((e) => ({ path: [], message: say('syntax', lang, e.message.split('\n')[0]), ...at(e.pos[0], e.pos[1]) })),
    };
  }
  // JavaScript objects cannot hold a list or mapping as a key (yaml would warn on stderr).
  const key = firstNode(doc, 'collection-key');
  if (key) return { file: null, issues: [{ path: [], message: say('collectionKey', lang), ...at(key[0], key[1]) }] };
  let input: unknown;
  try {
    input = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    const alias = firstNode(doc, 'alias') ?? [0, 1];
    return { file: null, issues: [{ path: [], message: say('tooManyAliases', lang), ...at(alias[0], alias[1]) }] };
  }
  const reading = checkVocabularyObject(input ?? {}, base, lang);
  for (const issue of reading.issues) {
    const range = locate(doc.contents, issue.path, ON_KEY.has(issue)) ?? [0, 1];
    Object.assign(issue, at(range[0], range[1]));
  }
  return reading;
}

/** The yaml library's own bound on alias expansion, stated so a bomb fails here and not by default. */
const MAX_ALIAS_COUNT = 100;

/** The range of the first alias, or of the first key that is not a scalar. */
function firstNode(doc: Document, kind: 'alias' | 'collection-key'): [number, number] | undefined {
  const { isScalar, visit } = yamlLibrary();
  let found: [number, number] | undefined;
  visit(doc, {
    Alias: (_, node) => {
      if (kind !== 'alias') return undefined;
      found = rangeOf(node) ?? [0, 1];
      return visit.BREAK;
    },
    Pair: (_, pair) => {
      if (kind !== 'collection-key' || pair.key === null || isScalar(pair.key)) return undefined;
      found = rangeOf(pair.key) ?? [0, 1];
      return visit.BREAK;
    },
  });
  return found;
}

/** Issues about a map key itself (an unknown name), squiggled on the key rather than its value. */
const ON_KEY = new WeakSet<VocabularyIssue>();

function onKey(issue: VocabularyIssue): VocabularyIssue {
  ON_KEY.add(issue);
  return issue;
}

/** The source range of a path: the node it names, or the key of its last step. */
function locate(root: unknown, path: (string | number)[], key: boolean): [number, number] | undefined {
  const { isMap, isPair, isScalar, isSeq } = yamlLibrary();
  let node = root;
  let range = rangeOf(root);
  path.forEach((step, i) => {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(step));
      node = pair?.value;
      if (pair) range = (key && i === path.length - 1 ? rangeOf(pair.key) : rangeOf(pair.value) ?? rangeOf(pair.key)) ?? range;
    } else if (isSeq(node)) {
      node = node.items[Number(step)];
      range = rangeOf(node) ?? range;
    } else {
      node = undefined;
    }
  });
  return range;
}

function rangeOf(node: unknown): [number, number] | undefined {
  const r = (node as YamlNode | undefined)?.range;
  return r ? [r[0], r[1]] : undefined;
}

interface Owner { dimension: Dimension; term: Term }

/** Checks references and clashes that the schema alone cannot see. */
function conflicts(file: VocabularyFile, base: Vocabulary, lang: Lang): VocabularyIssue[] {
  const issues: VocabularyIssue[] = [];
  const custom = (file.dimensions ?? []).map(customToDimension);
  base = { ...base, dimensions: [...builtinsKept(base.dimensions, custom), ...newLenses(base, file)] };
  const all = [...base.dimensions, ...custom];
  const owners = new Map<string, Owner>();
  for (const dimension of all) for (const term of dimension.terms) if (!owners.has(term.id)) owners.set(term.id, { dimension, term });

  custom.forEach((dimension, i) => {
    if (base.dimensions.some((d) => d.id === dimension.id)) {
      issues.push({ path: ['dimensions', i, 'id'], message: say('dimensionTaken', lang, dimension.id) });
    }
    dimension.prefixes.forEach((prefix, j) => {
      const other = all.find((d) => d !== dimension && d.prefixes.includes(prefix));
      if (other) issues.push({ path: ['dimensions', i, 'prefixes', j], message: say('prefixTaken', lang, prefix, other.id) });
    });
  });
  for (const [id, aliases] of Object.entries(file.aliases ?? {})) {
    const owner = owners.get(normalizeName(id));
    if (!owner) {
      issues.push(onKey({ path: ['aliases', id], message: say('unknownTerm', lang, id) }));
      continue;
    }
    for (const alias of aliases.map(normalizeName)) {
      const taken = clash(all, owner, alias);
      if (taken) issues.push(onKey({ path: ['aliases', id], message: say('aliasTaken', lang, alias, taken.term.id) }));
    }
  }
  for (const id of Object.keys(file.labels ?? {})) {
    if (!owners.has(normalizeName(id)) && !base.dimensions.some((d) => d.id === normalizeName(id))) {
      issues.push(onKey({ path: ['labels', id], message: say('unknownTarget', lang, id) }));
    }
  }
  return issues;
}

/** Another term that the same spelling would already mean, in its own dimension or among bare tags. */
function clash(all: Dimension[], owner: Owner, alias: string): Owner | undefined {
  for (const dimension of all) {
    const sameSpace = dimension === owner.dimension || (dimension.bare && owner.dimension.bare);
    if (!sameSpace) continue;
    const term = dimension.terms.find((t) => t !== owner.term && t.aliases.includes(alias));
    if (term) return { dimension, term };
  }
  return undefined;
}

function bothLanguages(t: string | Text): Text {
  return typeof t === 'string' ? { en: t, nl: t } : { en: t.en, nl: t.nl };
}

const NO_TEXT: Text = { en: '', nl: '' };

function customToDimension(d: NonNullable<VocabularyFile['dimensions']>[number]): Dimension {
  const terms = d.values.map((v): Term => {
    const value = typeof v === 'string' ? { id: v } : v;
    const id = normalizeName(value.id);
    return {
      id,
      label: value.label ? bothLanguages(value.label) : { en: value.id, nl: value.id },
      aliases: [...new Set([id, ...(value.aliases ?? []).map(normalizeName)])],
      summary: value.summary ? bothLanguages(value.summary) : NO_TEXT,
    };
  });
  return {
    id: normalizeName(d.id),
    role: 'custom',
    label: bothLanguages(d.label),
    prefixes: (d.prefixes ?? [d.id]).map(normalizeName),
    bare: d.bare ?? false,
    terms,
  };
}

/**
 * The base dimensions a team's own keep in force: a team that declares its own 'party' dimension (or uses
 * its prefixes), as teams did before participants were parties, keeps it in place of the built-in one.
 */
function builtinsKept(base: Dimension[], custom: Dimension[]): Dimension[] {
  const replaced = (d: Dimension) => d.role === 'party' && custom.some((c) => c.id === d.id || c.prefixes.some((p) => d.prefixes.includes(p)));
  return base.filter((d) => !replaced(d));
}

/** The lenses a file switches on that its base (e.g. the setting, under the file) does not have yet. */
function newLenses(base: Vocabulary, file: VocabularyFile): Dimension[] {
  return lensDimensions(file.lenses ?? []).filter((lens) => !base.dimensions.some((d) => d.id === lens.id));
}

/** The base vocabulary with a checked file applied; the base itself is never changed. */
export function mergeVocabulary(base: Vocabulary, file: VocabularyFile): Vocabulary {
  if (Object.keys(file).length === 0) return base;
  const labels = new Map(Object.entries(file.labels ?? {}).map(([k, v]) => [normalizeName(k), bothLanguages(v)]));
  const aliases = new Map(Object.entries(file.aliases ?? {}).map(([k, v]) => [normalizeName(k), v.map(normalizeName)]));
  const custom = (file.dimensions ?? []).map(customToDimension);
  const kept = builtinsKept(base.dimensions, custom).filter((d) => file.needs !== false || d.role !== 'need');
  const dimensions = [...kept, ...newLenses(base, file), ...custom];
  const parties = file.parties?.map((p) => (typeof p === 'string' ? { name: p, aliases: [] } : { name: p.name, aliases: p.aliases ?? [] })) ?? base.parties;
  return {
    ...(parties && { parties }),
    dimensions: dimensions.map((d) => ({
      ...d,
      label: labels.get(d.id) ?? d.label,
      terms: d.terms.map((t) => ({
        ...t,
        label: labels.get(t.id) ?? t.label,
        aliases: aliases.has(t.id) ? [...new Set([...t.aliases, ...aliases.get(t.id)!])] : t.aliases,
      })),
    })),
  };
}
