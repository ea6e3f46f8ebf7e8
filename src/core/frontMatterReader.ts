// Reads the '---' fenced YAML block at the top of a notes file. A YAML fault drops the block with an
// error at the fault's line; a bad field drops only that field. The rest of the file is parsed either way.
import { isMap, isNode, isScalar, LineCounter, parseDocument } from 'yaml';
import { frontMatterSchemaFor } from './frontMatter';
import { Lexicon } from './lexicon';
import { Problem } from './model';
import { Vocabulary } from './vocabulary';

export interface FrontMatter {
  /** Fence lines, 1-based; null when the file has no front matter. */
  lines: { start: number; end: number } | null;
  fields: Record<string, unknown>;
  phase: string | null;
  level: string | null;
  problems: Problem[];
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
const TERM_FIELDS: Record<string, string> = { phase: 'phase', thermometer: 'level' };

export function readFrontMatter(lines: string[], lexicon: Lexicon): FrontMatter {
  const none: FrontMatter = { lines: null, fields: {}, phase: null, level: null, problems: [] };
  if (lines.length < 2 || lines[0].trimEnd() !== '---') return none;
  const close = lines.findIndex((l, i) => i > 0 && (l.trimEnd() === '---' || l.trimEnd() === '...'));
  if (close < 0) return none;
  const result: FrontMatter = { ...none, lines: { start: 1, end: close + 1 } };
  const lineCounter = new LineCounter();
  const doc = parseDocument(lines.slice(1, close).join('\n'), { lineCounter, uniqueKeys: true });
  const fileLine = (offset: number) => lineCounter.linePos(offset).line + 1;
  if (doc.errors.length) {
    const error = doc.errors[0];
    const detail = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    result.problems.push({ line: fileLine(error.pos[0]), severity: 'error', code: 'front-matter-syntax', message: `Front matter is not valid YAML and is ignored: ${detail}` });
    return result;
  }
  if (doc.contents === null) return result;
  if (!isMap(doc.contents)) {
    result.problems.push({ line: 2, severity: 'error', code: 'front-matter-syntax', message: 'Front matter must be a list of key: value fields and is ignored' });
    return result;
  }
  const shape = schemaFor(lexicon.vocabulary).shape as Record<string, { safeParse(v: unknown): { success: boolean; error?: { issues: { message: string }[] } } }>;
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const line = fileLine(isNode(pair.key) && pair.key.range ? pair.key.range[0] : 0);
    let value: unknown = isNode(pair.value) ? pair.value.toJSON() : (pair.value ?? null);
    const dimension = TERM_FIELDS[key];
    if (dimension && typeof value === 'string') value = value.trim().toLowerCase();
    const check = shape[key]?.safeParse(value);
    if (check && !check.success) {
      result.problems.push({ line, severity: 'error', code: 'front-matter-field', field: key, message: fieldMessage(key, value, lexicon, check.error?.issues[0]?.message) });
      continue;
    }
    if (dimension) {
      const id = lexicon.term(dimension, String(value))?.id ?? null;
      if (key === 'phase') result.phase = id;
      else result.level = id;
      value = id;
    }
    result.fields[key] = value;
  }
  return result;
}

function fieldMessage(key: string, value: unknown, lexicon: Lexicon, detail = 'invalid value'): string {
  const shown = typeof value === 'string' ? `'${value}'` : JSON.stringify(value);
  const dimension = TERM_FIELDS[key];
  if (dimension) {
    const terms = lexicon.dimension(dimension)?.terms ?? [];
    return `Unknown ${key} ${shown}, ignored: use one of ${terms.map((t) => t.id).join(', ')} (or ${terms.map((t) => t.label.nl.toLowerCase()).join(', ')})`;
  }
  if (key === 'date') return `Invalid date ${shown}, ignored: write it as YYYY-MM-DD`;
  return `Invalid ${key} ${shown}, ignored: ${detail}`;
}
