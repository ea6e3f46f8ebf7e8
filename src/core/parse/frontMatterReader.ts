// Reads the '---' fenced YAML block at the top of a notes file. A YAML fault drops the block with an
// error at the fault's line; a bad field drops only that field. The rest of the file is parsed either way.
import type { Document } from 'yaml';
import { yamlLibrary } from '../vocabulary/yamlLibrary';
import { englishKey, frontMatterSchemaFor } from './frontMatter';
import dutch from 'zod/v4/locales/nl.js';
import { Lexicon } from '../vocabulary/lexicon';
import { Problem, ProblemArgs } from './model';
import { problemMessage } from './problemText';
import { SourceText } from './sourceText';
import { Vocabulary } from '../vocabulary/vocabulary';
import { onFirstUse } from '../vocabulary/firstUse';

export interface FrontMatter {
  /** Fence lines, 1-based; null when the file has no front matter. */
  lines: { start: number; end: number } | null;
  fields: Record<string, unknown>;
  phase: string | null;
  level: string | null;
  problems: Problem[];
  /** The front matter makes the whole session private (markedPrivate). */
  private: boolean;
}

const schemas = new WeakMap<Vocabulary, ReturnType<typeof frontMatterSchemaFor>>();

function schemaFor(vocabulary: Vocabulary) {
  let schema = schemas.get(vocabulary);
  if (!schema) {
    schema = frontMatterSchemaFor(vocabulary);
    schemas.set(vocabulary, schema);
  }
  return schema;
}

/** Fields whose values are vocabulary terms, matched case-insensitively and stored as canonical ids. */
const TERM_FIELDS = new Map([['phase', 'phase'], ['thermometer', 'level']]);

/** One top-level field as written: its key, its value as YAML gives it, and its line in the file. */
interface Field { key: string; value: unknown; line: number }

export function readFrontMatter(source: SourceText, lexicon: Lexicon): FrontMatter {
  const none: FrontMatter = { lines: null, fields: {}, phase: null, level: null, problems: [], private: false };
  if (source.lineCount < 2 || source.line(0).trimEnd() !== '---') return none;
  const yamlLines: string[] = [];
  for (let i = 1; i < source.lineCount; i++) {
    const line = source.line(i);
    if (line.trimEnd() === '---' || line.trimEnd() === '...') return readFields(yamlLines, i + 1, lexicon);
    yamlLines.push(line);
  }
  return none;
}

function readFields(yamlLines: string[], closeLine: number, lexicon: Lexicon): FrontMatter {
  const result: FrontMatter = { lines: { start: 1, end: closeLine }, fields: {}, phase: null, level: null, problems: [], private: false };
  const fields = simpleFields(yamlLines) ?? yamlFields(yamlLines, result.problems);
  if (fields) for (const field of fields) readField(field, lexicon, result);
  result.private = fields?.some((field) => markedPrivate(field, yamlLines[field.line - 2] ?? '', lexicon)) ?? false;
  return result;
}

/** What a front matter field says yes with. */
const YES = new Set(['true', 'yes', 'ja', 'waar']);
/** A tag written in a title: YAML reads ' #private' as a comment, so the line as written is looked at. */
const TITLE_TAG = /#([\p{L}\p{N}_/-]+)/gu;

/**
 * Whether a field makes the whole session private: a private tag's name as the key, said yes to (`private: true`,
 * `privé: ja`); a private tag among the `tags` (with or without '#'); or a private tag written on the title's line.
 */
function markedPrivate({ key, value }: Field, written: string, lexicon: Lexicon): boolean {
  const isPrivate = (name: string) => {
    const resolution = lexicon.resolve(name.replace(/^#/, ''));
    return resolution.kind === 'known' && resolution.dimension.role === 'private';
  };
  if (isPrivate(key)) return value === true || (typeof value === 'string' && YES.has(value.trim().toLowerCase()));
  if (key === 'tags') return (Array.isArray(value) ? value : [value]).some((v) => typeof v === 'string' && v.split(/[\s,]+/).some(isPrivate));
  return key === 'title' && [...written.matchAll(TITLE_TAG)].some((m) => isPrivate(m[1]));
}

type FieldSchema = { safeParse(v: unknown, params?: { error: unknown }): { success: boolean; error?: { issues: { message: string }[] } } };
const dutchErrors = onFirstUse('zod Dutch messages', () => dutch().localeError);

function readField({ key, value, line }: Field, lexicon: Lexicon, result: FrontMatter): void {
  // '__proto__' cannot be kept as a plain key without changing the object's prototype: dropped.
  if (key === '__proto__') return;
  const shape = schemaFor(lexicon.vocabulary).shape as Record<string, FieldSchema>;
  // A Dutch key ('datum') is read as its English one; when both are written, the English one counts.
  const name = englishKey(key);
  const dimension = TERM_FIELDS.get(name);
  if (dimension && typeof value === 'string') value = value.trim().toLowerCase();
  // Own keys only: 'constructor' or 'toString' are unknown keys, not the object's inherited members.
  const check = Object.hasOwn(shape, key) ? shape[key].safeParse(value) : undefined;
  if (check && !check.success) {
    const args: ProblemArgs = { kind: 'field', value: typeof value === 'string' ? `'${value}'` : JSON.stringify(value) };
    if (dimension) args.dimension = dimension;
    else if (check.error) args.detail = { en: check.error.issues[0].message, nl: shape[key].safeParse(value, { error: dutchErrors() }).error!.issues[0].message };
    result.problems.push(withMessage({ line, severity: 'error', code: 'front-matter-field', field: key, args }, lexicon.vocabulary));
    return;
  }
  if (name !== key && Object.hasOwn(result.fields, name)) return;
  if (dimension) {
    const id = lexicon.term(dimension, String(value))?.id ?? null;
    if (name === 'phase') result.phase = id;
    else result.level = id;
    value = id;
  }
  result.fields[name] = value;
}

/** The fields by the yaml library; null (with an error problem) when the block is no valid mapping. */
export function yamlFields(yamlLines: string[], problems: Problem[]): Field[] | null {
  const { LineCounter, parseDocument, isMap, isNode, isScalar } = yamlLibrary();
  const lineCounter = new LineCounter();
  // Unique keys are checked here: the yaml library's own check takes quadratic time on a long block.
  const doc = parseDocument(yamlLines.join('\n'), { lineCounter, uniqueKeys: false });
  const fileLine = (offset: number) => lineCounter.linePos(offset).line + 1;
  const error = doc.errors[0] ?? duplicateKey(doc);
  if (error) {
    const detail = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    problems.push(withMessage({ line: fileLine(error.pos[0]), severity: 'error', code: 'front-matter-syntax', args: { kind: 'yaml', yamlCode: error.code, detail } }));
    return null;
  }
  if (doc.contents === null) return [];
  if (!isMap(doc.contents)) {
    problems.push(withMessage({ line: 2, severity: 'error', code: 'front-matter-syntax', args: { kind: 'not-a-mapping' } }));
    return null;
  }
  return doc.contents.items.map((pair) => ({
    key: isScalar(pair.key) ? String(pair.key.value) : String(pair.key),
    value: isNode(pair.value) ? pair.value.toJSON() : (pair.value ?? null),
    line: fileLine(isNode(pair.key) && pair.key.range ? pair.key.range[0] : 0),
  }));
}

/** The first key written twice in one mapping, said as the yaml library says it. */
function duplicateKey(doc: Document): { code: string; message: string; pos: [number, number] } | undefined {
  const { isScalar, visit } = yamlLibrary();
  let first: [number, number] | undefined;
  visit(doc, {
    Map: (_, map) => {
      const keys = new Set<string>();
      for (const { key } of map.items) {
        if (!isScalar(key)) continue;
        const name = String(key.value);
        if (keys.has(name) && key.range && (!first || key.range[0] < first[0])) first = [key.range[0], key.range[1]];
        keys.add(name);
      }
    },
  });
  return first && { code: 'DUPLICATE_KEY', message: 'Map keys must be unique', pos: first };
}

const SIMPLE_LINE = /^([A-Za-z_][\w-]*):[ \t]+(.*?)(?:[ \t]+#.*)?$/;
/** A plain scalar that YAML's core schema reads as this very string: no quotes, indicators, numbers or keywords. */
const PLAIN_TEXT = /^[^\s\-?:,[\]{}#&*!|>'"%@`\d.+~][^#:,[\]{}]*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const KEYWORD = /^(?:null|true|false|\.inf|\.nan)$/i;
/**
 * A plain scalar of a block mapping value may also hold brackets, braces and commas (they only mean something
 * in flow context), a ':' before a non-space and a '#' after one: 'See [the memo](https://example.org/memo#budget)'.
 * It may start with a digit, '.', '+' or '~' when it holds a space: no number or null is written with one.
 */
const PLAIN_BLOCK_TEXT = /^(?:[^\s\-?:,[\]{}#&*!|>'"%@`\d.+~]|[\d.+~](?=.* ))(?:[^:#]|:(?=\S)|(?<=\S)#)*$/;

/** A key alone on its line: a block sequence of items follows. */
const LIST_KEY = /^([A-Za-z_][\w-]*):[ \t]*$/;
/** One item of a block sequence: its indent and its text. */
const LIST_ITEM = /^( *)- (.*?)(?:[ \t]+#.*)?$/;

/**
 * The common front matter (one 'key: text' or 'key: [text, text]' a line, or a key followed by '- text' items)
 * read without the yaml library, which costs more than markdown-it's parse of a whole small file. Anything else
 * returns null and goes to yaml.
 */
export function simpleFields(yamlLines: string[]): Field[] | null {
  const fields: Field[] = [];
  const keys = new Set<string>();
  /** The block sequence being read: its items, and their indent once the first is read. */
  let list: { items: string[]; indent?: string } | undefined;
  for (let i = 0; i < yamlLines.length; i++) {
    const line = yamlLines[i];
    if (line.trim() === '' || line.startsWith('#')) continue;
    const item = list && LIST_ITEM.exec(line);
    if (list && item) {
      if ((list.indent ?? item[1]) !== item[1] || !isPlainText(item[2], PLAIN_BLOCK_TEXT)) return null;
      list.indent = item[1];
      list.items.push(item[2]);
      continue;
    }
    // A key without items is null to yaml: left to it.
    if (list && list.indent === undefined) return null;
    const m = LIST_KEY.exec(line) ?? SIMPLE_LINE.exec(line);
    if (!m || keys.has(m[1])) return null;
    keys.add(m[1]);
    list = m[2] === undefined ? { items: [] } : undefined;
    const value = list ? list.items : simpleValue(m[2]);
    if (value === undefined) return null;
    fields.push({ key: m[1], value, line: i + 2 });
  }
  return list && list.indent === undefined ? null : fields;
}

function simpleValue(written: string): string | string[] | undefined {
  if (written.startsWith('[') && written.endsWith(']')) {
    const items = written.slice(1, -1).split(',').map((item) => item.trim());
    if (items.length === 1 && items[0] === '') return [];
    return items.every((item) => isPlainText(item)) ? items : undefined;
  }
  return isPlainText(written, PLAIN_BLOCK_TEXT) || ISO_DATE.test(written) ? written : undefined;
}

function isPlainText(text: string, plain = PLAIN_TEXT): boolean {
  return plain.test(text) && !KEYWORD.test(text) && !/\s$/.test(text);
}

/** The problem with its English message, the text of the JSON contract. */
function withMessage(problem: Omit<Problem, 'message'>, vocabulary: Vocabulary = { dimensions: [] }): Problem {
  const said = { ...problem, message: '' };
  said.message = problemMessage(said, 'en', { vocabulary, tags: [] });
  return said;
}
