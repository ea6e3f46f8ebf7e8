// A team term renamed or merged in the team's vocabulary file, as the file's new text. The YAML document is
// edited (comments and order stay) and written again, every line the edit did not change exactly as it was;
// the caller checks the new text like any other.
import type { Document, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { normalizeName } from './lexicon';
import { yamlLibrary } from './yamlLibrary';

/** A term of one of the file's own dimensions, by ids. */
export interface TeamTerm { dimension: string; term: string }

/** Whether the file (YAML text) declares this term in one of its dimensions. */
export function declaresTerm(source: string, term: TeamTerm): boolean {
  const doc = parse(source);
  return doc !== undefined && valueOf(doc, term) !== undefined;
}

/** The text with the term's id renamed, in its dimension and as a key of `aliases` and `labels`; undefined when not declared. */
export function renameTeamTerm(source: string, term: TeamTerm, name: string): string | undefined {
  const doc = parse(source);
  const found = doc && valueOf(doc, term);
  if (!doc || !found) return undefined;
  idScalar(found.node).value = name;
  for (const key of ['aliases', 'labels']) {
    const entry = keyScalar(doc, key, term.term);
    if (entry) entry.value = name;
  }
  return written(doc, source);
}

/**
 * The text without the term, merged into `into`. Into a term of the same dimension, its spellings (its id, its
 * aliases, its `aliases` entry) become that term's aliases, so old notes still mean the merged term; into any
 * other tag they go with it (the notes are rewritten). Its label goes either way.
 */
export function mergeTeamTerm(source: string, term: TeamTerm, into?: TeamTerm): string | undefined {
  const doc = parse(source);
  const found = doc && valueOf(doc, term);
  if (!doc || !found) return undefined;
  const spellings = [normalizeName(String(idScalar(found.node).value)), ...aliasesOf(found.node), ...takeKey(doc, 'aliases', term.term)];
  takeKey(doc, 'labels', term.term);
  found.values.delete(found.index);
  const target = into?.dimension === term.dimension ? valueOf(doc, into) : undefined;
  if (target) addAliases(doc, target, spellings);
  return written(doc, source);
}

/**
 * The document as text, each line that differs from a line of the source only in the spaces inside flow
 * brackets (the yaml library writes `[ a ]` or `[a]` throughout) taken from the source as it was; changed
 * lines get the source's spacing of maps and lists.
 */
function written(doc: Document, source: string): string {
  const lines = new Map(source.split(/\r?\n/).map((line) => [unpadded(line), line]));
  const padMaps = /\{ [^\s}]/.test(source);
  const padLists = /\[ [^\s\]]/.test(source);
  const text = doc.toString({ lineWidth: 0, flowCollectionPadding: false }).split('\n')
    .map((line) => lines.get(line) ?? padded(line, padMaps, padLists)).join('\n');
  return source.includes('\r\n') ? text.replace(/\n/g, '\r\n') : text;
}

function unpadded(line: string): string {
  return line.replace(/([[{])\s+/g, '$1').replace(/\s+([\]}])/g, '$1');
}

function padded(line: string, maps: boolean, lists: boolean): string {
  if (maps) line = line.replace(/\{(?=[^\s}])/g, '{ ').replace(/([^\s{])\}/g, '$1 }');
  if (lists) line = line.replace(/\[(?=[^\s\]])/g, '[ ').replace(/([^\s[])\]/g, '$1 ]');
  return line;
}

interface FoundValue { values: YAMLSeq; index: number; node: Scalar | YAMLMap }

function parse(source: string): Document | undefined {
  const doc = yamlLibrary().parseDocument(source);
  return doc.errors.length ? undefined : doc;
}

/** The term's entry under `dimensions[].values`, a plain name or a mapping with an id. */
function valueOf(doc: Document, { dimension, term }: TeamTerm): FoundValue | undefined {
  const { isMap, isScalar, isSeq } = yamlLibrary();
  const dimensions = doc.get('dimensions', true);
  if (!isSeq(dimensions)) return undefined;
  for (const d of dimensions.items) {
    if (!isMap(d) || normalizeName(String(d.get('id'))) !== dimension) continue;
    const values = d.get('values', true);
    if (!isSeq(values)) return undefined;
    const index = values.items.findIndex((v) => (isScalar(v) || isMap(v)) && normalizeName(String(idScalar(v).value)) === term);
    return index < 0 ? undefined : { values, index, node: values.items[index] as Scalar | YAMLMap };
  }
  return undefined;
}

function idScalar(node: Scalar | YAMLMap): Scalar {
  const { isScalar } = yamlLibrary();
  return isScalar(node) ? node : (node.get('id', true) as Scalar);
}

function aliasesOf(node: Scalar | YAMLMap): string[] {
  const { isMap, isSeq } = yamlLibrary();
  const list = isMap(node) ? node.get('aliases', true) : undefined;
  return isSeq(list) ? list.items.map((a) => normalizeName(String((a as Scalar).value ?? a))) : [];
}

/** The key scalar of `section: { <id>: ... }` for a term id, any case. */
function keyScalar(doc: Document, section: string, id: string): Scalar | undefined {
  const { isMap, isScalar } = yamlLibrary();
  const map = doc.get(section, true);
  if (!isMap(map)) return undefined;
  const pair = map.items.find((p) => isScalar(p.key) && normalizeName(String(p.key.value)) === id);
  return pair?.key as Scalar | undefined;
}

/** Removes `section: { <id>: ... }` and returns the names it listed (none for labels). */
function takeKey(doc: Document, section: string, id: string): string[] {
  const { isSeq } = yamlLibrary();
  const key = keyScalar(doc, section, id);
  if (!key) return [];
  const map = doc.get(section, true) as YAMLMap;
  const value = map.get(key, true);
  map.delete(key);
  if (map.items.length === 0) doc.delete(section);
  return isSeq(value) ? value.items.map((a) => normalizeName(String((a as Scalar).value))) : [];
}

/** Adds spellings to a value's aliases, writing a plain name as a mapping first. */
function addAliases(doc: Document, found: FoundValue, spellings: string[]): void {
  const { isMap, isSeq } = yamlLibrary();
  let node = found.node;
  if (!isMap(node)) {
    node = doc.createNode({ id: String(node.value) }) as YAMLMap;
    found.values.set(found.index, node);
  }
  const own = new Set([normalizeName(String(idScalar(node).value)), ...aliasesOf(node)]);
  const added = [...new Set(spellings)].filter((s) => !own.has(s));
  if (added.length === 0) return;
  const list = node.get('aliases', true);
  if (isSeq(list)) added.forEach((a) => list.add(doc.createNode(a)));
  else node.set('aliases', doc.createNode(added));
}
