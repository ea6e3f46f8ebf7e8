// The parsed form of one notes file. Lines are 1-based, columns 0-based (UTF-16, as editors count).
import type { Party } from '../vocabulary/vocabulary';

export type Severity = 'error' | 'warning';

export interface Problem {
  line: number;
  severity: Severity;
  message: string;
  /** Machine-readable kind, for quick fixes. */
  code: 'front-matter-syntax' | 'front-matter-field' | 'near-miss-tag' | 'unknown-prefixed-value' | 'unreadable' | 'unclear-private';
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
  /** unknown-prefixed-value after #partij/: the value written and the nearest participant's name, if any. */
  | { kind: 'party'; value: string; nearest?: string }
  /**
   * front-matter-field (the field is in `field`): the value as written, the dimension of a field that takes
   * a term (phase, thermometer), and the schema's complaint for fields without a text of ours.
   */
  | { kind: 'field'; value: string; dimension?: string; detail?: { en: string; nl: string } }
  /** unknown-prefixed-value: the dimension id and the unknown value after the prefix. */
  | { kind: 'prefixed-value'; dimension: string; value: string }
  /**
   * unclear-private: a form of private the notes language does not honour, so what it means is shared: a private
   * mark alone in its paragraph, an HTML comment naming it, a <details> block.
   */
  | { kind: 'unclear-private'; form: UnclearPrivate }
  /** unreadable: reading the file failed unexpectedly; the error's own (English) message. */
  | { kind: 'failure'; detail: string };

export type UnclearPrivate = 'alone' | 'comment' | 'details' | 'phase';

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
  /** Names of the parties it is attributed to, as the session's participants spell them. */
  parties: string[];
  /** In the scope of a #private tag: counted for the facilitator, never shown to partners. */
  private: boolean;
  /** Carries #decision / #besluit itself. */
  decision: boolean;
}

/** A heading or paragraph that carries a thermometer tag itself. */
export interface Reading {
  line: number;
  level: string;
  text: string;
  /** A leading clock time ('14:05'), when the line starts with one. */
  time: string | null;
}

/**
 * A paragraph that is only a time and level and/or phase tags ('14:05 #watchful'): a marker, not an
 * observation. Its level is a reading; its phase is a phase change from its line on.
 */
export interface Marker {
  line: number;
  time: string | null;
  level: string | null;
  phase: string | null;
}

export interface Action {
  line: number;
  done: boolean;
  owner: string | null;
  text: string;
  /** Due date (YYYY-MM-DD) written in the action, as 2026-04-20 or 20-04-2026. */
  due: string | null;
  /** The party the owner names (by name or alias), if any. */
  ownerParty: string | null;
  private: boolean;
}

export interface Decision {
  line: number;
  text: string;
  private: boolean;
}

export type { Party } from '../vocabulary/vocabulary';

export interface Heading {
  line: number;
  /** Last line of its section. */
  endLine: number;
  depth: number;
  text: string;
  tags: TagMention[];
}

/** A block of the notes as written, its tags taken out: what a report shows of what was said. */
export interface NoteBlock {
  /** 'item': a list item's first paragraph; 'task': a '- [ ]' item; 'paragraph': any other paragraph. */
  kind: 'heading' | 'paragraph' | 'item' | 'task';
  line: number;
  endLine: number;
  /** A heading's level; else how many list items hold the block (an item counts itself). */
  depth: number;
  text: string;
  /** Private itself or in the scope of a private block or heading. */
  private: boolean;
  /** Carries a thermometer level or a signal itself: the facilitator's reading of the room. */
  reading: boolean;
  /** The parties it names by a leading 'Name:' or a party tag. */
  parties: string[];
}

/** Lines from first to last, both included. */
export interface LineRange {
  startLine: number;
  endLine: number;
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
  /** The front matter facilitator, if given. */
  facilitator: string | null;
  /** The parties at the table, from the front matter participants (or the team's standing parties). */
  participants: Party[];
  /**
   * The notes' own language: front matter lang/taal, else inferred from the tag spellings used; null
   * when the notes do not tell (callers fall back to facilitatorNotes.tagLanguage, then the UI language).
   */
  lang: 'en' | 'nl' | null;
  /** The front matter collaboration/samenwerking key, if given (the report falls back to the folder). */
  collaboration: string | null;
  /** The phase of the last block that names a phase itself (tag or marker), else the front matter phase. */
  currentPhase: string | null;
  observations: Observation[];
  readings: Reading[];
  markers: Marker[];
  decisions: Decision[];
  actions: Action[];
  headings: Heading[];
  /** Every tag mention in document order. */
  tags: TagMention[];
  /** In line order. */
  problems: Problem[];
  /**
   * The front matter makes the whole session private (`private: true`, `privé: ja`, a private tag in `tags`
   * or in the title): nothing of it goes to the partners.
   */
  private: boolean;
  /**
   * The lines of each private block with its scope (a list item or blockquote it opens, the rest of one it
   * stands in), in order of their first line; a private heading's section is its heading's endLine.
   */
  privateScopes: LineRange[];
}
