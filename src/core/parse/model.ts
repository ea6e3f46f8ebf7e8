// The parsed form of one notes file. Lines are 1-based, columns 0-based (UTF-16, as editors count).

export type Severity = 'error' | 'warning';

export interface Problem {
  line: number;
  severity: Severity;
  message: string;
  /** Machine-readable kind, for quick fixes. */
  code: 'front-matter-syntax' | 'front-matter-field' | 'near-miss-tag' | 'unknown-prefixed-value' | 'unreadable';
  /** Where on the line the problem sits, when it is narrower than the line. */
  column?: number;
  length?: number;
  /** near-miss-tag: the tag text to put instead ('#ambition'); front-matter-field: the field name. */
  suggestion?: string;
  field?: string;
  /** What the message is made of, so core/problemText.ts can say it in either language. */
  args?: ProblemArgs;
}

/**
 * The parts of a problem's message, by kind. Tag problems need none: their tag is the session's
 * mention at the problem's line and column.
 */
export type ProblemArgs =
  /** front-matter-syntax: the yaml library's error code and its English explanation. */
  | { kind: 'yaml'; yamlCode: string; detail: string }
  /** front-matter-syntax: the block is YAML but no mapping of fields. */
  | { kind: 'not-a-mapping' }
  /**
   * front-matter-field (the field is in `field`): the value as written, the dimension of a field that takes
   * a term (phase, thermometer), and the schema's complaint for fields without a text of ours.
   */
  | { kind: 'field'; value: string; dimension?: string; detail?: { en: string; nl: string } }
  /** unknown-prefixed-value: the dimension id and the unknown value after the prefix. */
  | { kind: 'prefixed-value'; dimension: string; value: string };

/** One '#tag' as written in the text. */
export interface TagMention {
  line: number;
  column: number;
  /** Length of the whole mention, '#' included. */
  length: number;
  /** The name as written after '#', NFC. */
  raw: string;
  /** Dimension id and canonical term id when the tag is known. */
  dimension?: string;
  value?: string;
}

export interface Observation {
  startLine: number;
  endLine: number;
  /** The paragraph's text without its tags, whitespace folded. */
  text: string;
  /** Canonical condition ids; empty when none. */
  conditions: string[];
  phase: string | null;
  /** Thermometer level in force at the observation's first line. */
  level: string | null;
  needs: string[];
  /** Unknown tags, lower-case, without '#'. */
  otherTags: string[];
  /** Values of custom dimensions, by dimension id. */
  facets: Record<string, string[]>;
  /** The tags written in this paragraph itself. */
  tags: TagMention[];
}

/** A heading or paragraph that carries a thermometer tag itself. */
export interface Reading {
  line: number;
  level: string;
  text: string;
}

export interface Action {
  line: number;
  done: boolean;
  owner: string | null;
  text: string;
}

export interface Heading {
  line: number;
  /** Last line of its section. */
  endLine: number;
  depth: number;
  text: string;
  tags: TagMention[];
}

export interface Session {
  file: string;
  title: string;
  date: string | null;
  lineCount: number;
  /** The valid front matter fields, unknown keys kept. */
  frontMatter: Record<string, unknown>;
  /** Lines of the front matter block, fences included, when there is one. */
  frontMatterLines: { start: number; end: number } | null;
  startLevel: string | null;
  observations: Observation[];
  readings: Reading[];
  actions: Action[];
  headings: Heading[];
  /** Every tag mention in document order. */
  tags: TagMention[];
  /** In line order. */
  problems: Problem[];
}
