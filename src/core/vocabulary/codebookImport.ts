// A REFI-QDA codebook (.qdc, from ATLAS.ti, MAXQDA, NVivo, QualCoder or our own export) as a team vocabulary
// file: every codable code becomes a term of one team dimension (its name the label, tag spellings of the
// name as aliases, its description the summary). What cannot become a tag is said, not guessed at: a name
// with no letters or digits, two codes with one tag, a code that already is a term of the vocabulary.
import { DOMParser } from '@xmldom/xmldom';
import { normalizeName } from './lexicon';
import { Lang, Vocabulary } from './vocabulary';
import { checkVocabularyObject, VocabularyFile } from './vocabularyFile';
import { yamlLibrary } from './yamlLibrary';

const CODEBOOK_NAMESPACE = 'urn:QDA-XML:codebook:1.0';

export interface CodebookImport {
  /** The vocabulary file's content, or null when nothing could be imported or it would not be valid. */
  file: VocabularyFile | null;
  /** Each code or problem that was not mapped, in the codebook's order. */
  notMapped: string[];
}

export interface ImportOptions {
  /** The team dimension's id and prefix ('#<id>/<term>'). */
  dimension: string;
  label: string;
  /** What the terms must not clash with: the vocabulary in force. */
  vocabulary: Vocabulary;
  lang?: Lang;
}

interface CodeRead { name: string; description: string; codable: boolean }

/** A term of the team dimension, as the vocabulary file writes it. */
interface Value { id: string; label: string; aliases?: string[]; summary?: string }

/** Reads the codebook XML and maps its codes; never throws on bad input. */
export function importCodebook(xml: string, options: ImportOptions): CodebookImport {
  const read = readCodes(xml);
  if ('problem' in read) return { file: null, notMapped: [read.problem] };
  const notMapped: string[] = [];
  const values = new Map<string, Value>();
  for (const code of read.codes.filter((c) => c.codable)) {
    const why = valueOf(code, options.vocabulary, values);
    if (typeof why === 'string') notMapped.push(`'${code.name}': ${why}`);
    else values.set(why.id, why);
  }
  if (values.size === 0) return { file: null, notMapped: [...notMapped, 'no code could become a tag.'] };
  const file: VocabularyFile = { dimensions: [{ id: options.dimension, label: options.label, values: [...values.values()] }] };
  const check = checkVocabularyObject(file, options.vocabulary, options.lang ?? 'en');
  if (check.issues.length) return { file: null, notMapped: [...notMapped, ...check.issues.map((i) => `${i.path.join('.')}: ${i.message}`)] };
  return { file, notMapped };
}

/** The term a code becomes, or why it cannot become one. */
function valueOf(code: CodeRead, vocabulary: Vocabulary, taken: Map<string, Value>): Value | string {
  const id = tagName(code.name, '-');
  if (!id) return 'no tag can be made of this name (it needs a letter or digit).';
  if (taken.has(id)) return `the same tag as '${taken.get(id)!.label}' (#${id}).`;
  const owner = vocabulary.dimensions.find((d) => d.terms.some((t) => t.aliases.includes(id)));
  if (owner) return `already a term of ${owner.label.en.toLowerCase()} (${id}); not imported.`;
  const aliases = [tagName(code.name, ''), tagName(code.name, '_')].filter((a): a is string => !!a && a !== id);
  return {
    id,
    label: code.name,
    ...(aliases.length && { aliases: [...new Set(aliases)] }),
    ...(code.description && { summary: code.description }),
  };
}

/** The name as a tag: lower case, spaces joined by `joiner`, only letters, digits, - and _ kept. */
export function tagName(name: string, joiner: string): string | undefined {
  const tag = normalizeName(name.trim()).replace(/\s+/g, joiner).replace(/[^\p{L}\p{N}_-]/gu, '').replace(/^[_-]+/, '');
  return tag || undefined;
}

/** The codes of a codebook (root CodeBook, or a project's CodeBook inside Project), parents before children. */
function readCodes(xml: string): { codes: CodeRead[] } | { problem: string } {
  const errors: string[] = [];
  let doc: Document;
  try {
    const onError = (message: string) => errors.push(message.split('\n')[0]);
    doc = new DOMParser({ errorHandler: { warning: () => undefined, error: onError, fatalError: onError } })
      .parseFromString(xml.replace(/^\uFEFF/, ''), 'text/xml') as unknown as Document;
  } catch (e) {
    return { problem: `not readable as XML: ${(e as Error).message.split('\n')[0]}` };
  }
  if (errors.length) return { problem: `not readable as XML: ${errors[0]}` };
  const root = doc.documentElement;
  if (!root || root.localName !== 'CodeBook' || root.namespaceURI !== CODEBOOK_NAMESPACE) {
    return { problem: `not a REFI-QDA codebook: the root element is not CodeBook in ${CODEBOOK_NAMESPACE}.` };
  }
  return { codes: Array.from(root.getElementsByTagNameNS(CODEBOOK_NAMESPACE, 'Code')).map(codeRead) };
}

function codeRead(e: Element): CodeRead {
  const description = Array.from(e.childNodes).find((n) => n.nodeType === 1 && (n as Element).localName === 'Description');
  return { name: e.getAttribute('name') ?? '', description: description?.textContent?.trim() ?? '', codable: e.getAttribute('isCodable') !== 'false' };
}

/** The vocabulary file as YAML, with a line on where it came from. */
export function vocabularyYaml(file: VocabularyFile, from: string): string {
  return `# Imported from the codebook ${from.replace(/[\r\n]+/g, ' ')} by facilitator-notes qdc --import.\n${yamlLibrary().stringify(file)}`;
}
