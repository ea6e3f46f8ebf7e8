// The codebook of a REFI-QDA export: a parent code (not codable) per dimension of the model with a code per
// term under it, the free tags in use, and the notes' own codes (decision, action, private). Codes are keyed
// by dimension and term id, so a coding and its code agree without looking up names.
import { Dimension, DimensionRole, Lang, Vocabulary } from '../../vocabulary/vocabulary';
import { stableGuid } from './guid';
import { XmlElement, xmlDocument } from './xml';

export interface QdaCode {
  /** What the code stands for: `<dimension>/<term>`, `free/<tag>`, `notes/<kind>`; parents `dimension:<id>`. */
  key: string;
  guid: string;
  name: string;
  codable: boolean;
  color: string;
  description?: string;
  children: QdaCode[];
}

export const CODEBOOK_NAMESPACE = 'urn:QDA-XML:codebook:1.0';

/** The notes' own codes, for what is no tag of a dimension. */
export const NOTES_CODES = { decision: 'notes/decision', action: 'notes/action', private: 'notes/private' } as const;

const NOTES_NAMES: Record<keyof typeof NOTES_CODES, Record<Lang, string>> = {
  decision: { en: 'Decision', nl: 'Besluit' },
  action: { en: 'Action', nl: 'Actie' },
  private: { en: 'Private', nl: 'Privé' },
};

const PARENT_NAMES: Record<'free' | 'notes', Record<Lang, string>> = {
  free: { en: 'Free tags', nl: 'Vrije tags' },
  notes: { en: 'Facilitator Notes', nl: 'Facilitator Notes' },
};

/** The dimensions that are coded: the ones a tag names a term of (parties are cases, private and decision notes' codes). */
const CODED_ROLES: readonly DimensionRole[] = ['condition', 'phase', 'level', 'need', 'custom'];

/** Colours by role; the thermometer's levels in the overview's colours, calm to conflict. */
const ROLE_COLOURS: Record<string, string> = { condition: '#0969da', phase: '#8250df', need: '#bf3989', custom: '#1b7c83', free: '#59636e', notes: '#57606a' };
const LEVEL_COLOURS = ['#1a7f37', '#b08800', '#d1590b', '#cf222e'];

export function termCodeKey(dimensionId: string, termId: string): string {
  return `${dimensionId}/${termId}`;
}

export function freeTagCodeKey(tag: string): string {
  return `free/${tag}`;
}

/**
 * The code tree: the coded dimensions of the vocabulary in its order (a team's dimensions and the lenses it
 * switched on among them), the free tags given (sorted), then the notes' own codes.
 */
export function codeTree(vocabulary: Vocabulary, lang: Lang, freeTags: readonly string[] = [], withPrivate = false): QdaCode[] {
  const dimensions = vocabulary.dimensions.filter((d) => CODED_ROLES.includes(d.role)).map((d) => dimensionCode(d, lang));
  const free = [...new Set(freeTags)].sort().map((tag) => code(freeTagCodeKey(tag), tag, ROLE_COLOURS.free));
  const kinds = (Object.keys(NOTES_CODES) as (keyof typeof NOTES_CODES)[]).filter((k) => withPrivate || k !== 'private');
  const notes = kinds.map((k) => code(NOTES_CODES[k], NOTES_NAMES[k][lang], ROLE_COLOURS.notes));
  return [
    ...dimensions,
    ...(free.length ? [parent('free', PARENT_NAMES.free[lang], ROLE_COLOURS.free, free)] : []),
    parent('notes', PARENT_NAMES.notes[lang], ROLE_COLOURS.notes, notes),
  ];
}

function dimensionCode(dimension: Dimension, lang: Lang): QdaCode {
  const colourOf = (i: number) => (dimension.role === 'level' ? LEVEL_COLOURS[i] : undefined) ?? ROLE_COLOURS[dimension.role] ?? ROLE_COLOURS.custom;
  const terms = dimension.terms.map((t, i) => ({ ...code(termCodeKey(dimension.id, t.id), t.label[lang], colourOf(i)), description: t.summary[lang] || undefined }));
  return parent(dimension.id, dimension.label[lang], colourOf(-1), terms);
}

function code(key: string, name: string, color: string): QdaCode {
  return { key, guid: stableGuid(`code:${key}`), name, codable: true, color, children: [] };
}

function parent(id: string, name: string, color: string, children: QdaCode[]): QdaCode {
  return { ...code(`dimension:${id}`, name, color), codable: false, children };
}

/** Every code of the tree, parents before their children. */
export function allCodes(codes: readonly QdaCode[]): QdaCode[] {
  return codes.flatMap((c) => [c, ...allCodes(c.children)]);
}

/** A `Code` element: its description, then the codes under it (the order both schemas ask). */
export function codeElement(c: QdaCode): XmlElement {
  return {
    name: 'Code',
    attributes: { guid: c.guid, name: c.name, isCodable: c.codable, color: c.color },
    children: [...(c.description ? [{ name: 'Description', text: c.description }] : []), ...c.children.map(codeElement)],
  };
}

/** The codebook on its own (`.qdc`). */
export function codebookXml(codes: readonly QdaCode[]): string {
  return xmlDocument({ name: 'CodeBook', attributes: { origin: 'Facilitator Notes' }, children: [{ name: 'Codes', children: codes.map(codeElement) }] }, CODEBOOK_NAMESPACE);
}
