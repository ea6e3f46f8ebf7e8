// A REFI-QDA project of sessions: one plain-text source per session holding its visible blocks (headings,
// observations, readings, decisions, actions; one block a paragraph, blank lines between), each block a
// selection coded with every tag it has or inherits; parties and collaborations as cases; the session's
// date, collaboration and phase as variables. Private blocks are left out unless asked for, through the
// one place that decides what partners see (`partnerView`). Positions count Unicode code points.
import { Observation, Session } from '../../parse/model';
import { partnerView } from '../../report/audience';
import { collaborations } from '../../report/collaboration';
import { termLabel } from '../../vocabulary/labels';
import { BUILTIN_VOCABULARY, DimensionRole, Lang, Vocabulary } from '../../vocabulary/vocabulary';
import { allCodes, codeElement, codeTree, freeTagCodeKey, NOTES_CODES, QdaCode, termCodeKey } from './codebook';
import { stableGuid } from './guid';
import { xmlSafe } from '../shared/escape';
import { XmlElement, xmlDocument } from './xml';

export const PROJECT_NAMESPACE = 'urn:QDA-XML:project:1.0';

export interface QdaOptions {
  vocabulary?: Vocabulary;
  /** The language of code, variable and case names (default: en). */
  lang?: Lang;
  /** Private observations, readings, decisions and actions too, coded 'Private' (default: left out). */
  includePrivate?: boolean;
  /** The project's name (default: Facilitator Notes). */
  name?: string;
  /** As for collaborations: the folder a session's collaboration falls back to, and the root folder's name. */
  folderOf?: (session: Session) => string;
  rootName?: string;
}

export interface QdaSelection {
  guid: string;
  /** Code points from the source's start, end exclusive. */
  start: number;
  end: number;
  line: number;
  text: string;
  /** Code keys (codebook.ts), each once. */
  codes: string[];
  parties: string[];
  observation?: Observation;
}

export interface QdaSource {
  guid: string;
  name: string;
  session: Session;
  text: string;
  selections: QdaSelection[];
  user?: string;
  variables: { variable: string; date?: string; text?: string }[];
}

export interface QdaCase { guid: string; name: string; sources: string[]; selections: string[] }

export interface QdaProject {
  name: string;
  users: { guid: string; name: string }[];
  codes: QdaCode[];
  variables: { guid: string; name: string; type: 'Date' | 'Text' }[];
  cases: QdaCase[];
  sources: QdaSource[];
}

const VARIABLES: { id: string; type: 'Date' | 'Text'; name: Record<Lang, string> }[] = [
  { id: 'date', type: 'Date', name: { en: 'Session date', nl: 'Datum bijeenkomst' } },
  { id: 'collaboration', type: 'Text', name: { en: 'Collaboration', nl: 'Samenwerking' } },
  { id: 'phase', type: 'Text', name: { en: 'Phase', nl: 'Fase' } },
];

/** The project of the sessions, in the order given. */
export function qdaProject(notes: readonly Session[], options: QdaOptions = {}): QdaProject {
  const vocabulary = options.vocabulary ?? BUILTIN_VOCABULARY;
  const lang = options.lang ?? 'en';
  // A session private as a whole has nothing to share: left out, not kept as an empty source.
  const sessions = options.includePrivate ? [...notes] : notes.filter((s) => !s.private).map(partnerView);
  const sources = sourcesOf(sessions, vocabulary, options.includePrivate === true);
  const freeTags = sources.flatMap((s) => s.selections.flatMap((sel) => sel.codes.filter((k) => k.startsWith('free/')).map((k) => k.slice(5))));
  const collaborationOf = collaborationNames(sessions, options, vocabulary);
  for (const source of sources) source.variables = variableValues(source.session, collaborationOf.get(source.session) ?? '', lang, vocabulary);
  return {
    name: options.name ?? 'Facilitator Notes',
    users: [...new Set(sessions.map((s) => s.facilitator).filter((f): f is string => !!f))].map((name) => ({ guid: userGuid(name), name })),
    codes: codeTree(vocabulary, lang, freeTags, options.includePrivate),
    variables: VARIABLES.map((v) => ({ guid: stableGuid(`variable:${v.id}`), name: v.name[lang], type: v.type })),
    cases: [...partyCases(sources), ...collaborationCases(sources, collaborationOf)],
    sources,
  };
}

function userGuid(name: string): string {
  return stableGuid(`user:${name}`);
}

function sourcesOf(sessions: Session[], vocabulary: Vocabulary, withPrivate: boolean): QdaSource[] {
  const seen = new Map<string, number>();
  return sessions.map((session) => {
    // The same file twice (two roots naming it) still gets GUIDs of its own.
    const n = seen.get(session.file) ?? 0;
    seen.set(session.file, n + 1);
    const id = n ? `${session.file}#${n}` : session.file;
    return sourceOf(session, id, blocks(session, vocabulary, withPrivate));
  });
}

interface Block { line: number; text: string; codes: Set<string>; parties: string[]; observation?: Observation }

/** The session's blocks in line order, one per line a heading, observation, reading, decision or action starts at. */
function blocks(session: Session, vocabulary: Vocabulary, withPrivate: boolean): Block[] {
  const byLine = new Map<number, Block>();
  const at = (line: number, text: string) => {
    let block = byLine.get(line);
    if (!block) byLine.set(line, (block = { line, text: blockText(text, session, line), codes: new Set(), parties: [] }));
    return block;
  };
  const code = (block: Block, key: string, isPrivate: boolean) => {
    block.codes.add(key);
    if (withPrivate && isPrivate) block.codes.add(NOTES_CODES.private);
  };
  for (const h of session.headings) at(h.line, h.text);
  for (const o of session.observations) {
    const block = at(o.startLine, o.text);
    for (const key of observationCodes(o, vocabulary)) block.codes.add(key);
    if (withPrivate && o.private) block.codes.add(NOTES_CODES.private);
    Object.assign(block, { parties: o.parties, observation: o });
  }
  const levelDimension = dimensionOf('level', vocabulary);
  for (const r of session.readings) at(r.line, r.text).codes.add(termCodeKey(levelDimension, r.level));
  for (const d of session.decisions) code(at(d.line, d.text), NOTES_CODES.decision, d.private);
  for (const a of session.actions) code(at(a.line, a.text), NOTES_CODES.action, a.private);
  return [...byLine.values()].sort((a, b) => a.line - b.line);
}

/** One line of text; a block of tags only shows its tags, so its selection is not empty. */
function blockText(text: string, session: Session, line: number): string {
  const folded = xmlSafe(text.replace(/\s*[\r\n]+\s*/g, ' ').trim());
  if (folded) return folded;
  return xmlSafe(session.tags.filter((t) => t.line === line).map((t) => `#${t.raw}`).join(' ')) || '…';
}

/** The codes of an observation: its conditions and phase (its own or inherited), needs, lens and team values, free tags. */
export function observationCodes(o: Observation, vocabulary: Vocabulary): string[] {
  return [
    ...o.conditions.map((c) => termCodeKey(dimensionOf('condition', vocabulary, c), c)),
    ...(o.phase ? [termCodeKey(dimensionOf('phase', vocabulary, o.phase), o.phase)] : []),
    ...o.needs.map((n) => termCodeKey(dimensionOf('need', vocabulary, n), n)),
    ...Object.entries(o.facets).flatMap(([dimension, values]) => values.map((v) => termCodeKey(dimension, v))),
    ...o.otherTags.map(freeTagCodeKey),
  ];
}

/** The id of the dimension of a role that holds the term (the role's first dimension when none does). */
function dimensionOf(role: DimensionRole, vocabulary: Vocabulary, termId?: string): string {
  const dimensions = vocabulary.dimensions.filter((d) => d.role === role);
  return (dimensions.find((d) => d.terms.some((t) => t.id === termId)) ?? dimensions[0])?.id ?? role;
}

function sourceOf(session: Session, id: string, blocks: Block[]): QdaSource {
  let offset = 0;
  const selections = blocks.map((b): QdaSelection => {
    const start = offset;
    offset += codePoints(b.text) + 2;
    return { guid: stableGuid(`selection:${id}:${b.line}`), start, end: start + codePoints(b.text), line: b.line, text: b.text, codes: [...b.codes], parties: b.parties, observation: b.observation };
  });
  return {
    guid: stableGuid(`source:${id}`),
    name: session.title || session.file,
    session,
    text: blocks.length ? `${blocks.map((b) => b.text).join('\n\n')}\n` : '',
    selections,
    user: session.facilitator ? userGuid(session.facilitator) : undefined,
    variables: [],
  };
}

export function codePoints(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

function collaborationNames(sessions: Session[], options: QdaOptions, vocabulary: Vocabulary): Map<Session, string> {
  const names = new Map<Session, string>();
  for (const c of collaborations(sessions, { today: '', folderOf: options.folderOf, rootName: options.rootName, vocabulary })) {
    for (const s of c.sessions) names.set(s, c.name);
  }
  return names;
}

function variableValues(session: Session, collaboration: string, lang: Lang, vocabulary: Vocabulary): QdaSource['variables'] {
  const values: QdaSource['variables'] = [];
  if (session.date && /^\d{4}-\d{2}-\d{2}$/.test(session.date)) values.push({ variable: stableGuid('variable:date'), date: session.date });
  if (collaboration) values.push({ variable: stableGuid('variable:collaboration'), text: collaboration });
  if (session.currentPhase) values.push({ variable: stableGuid('variable:phase'), text: termLabel('phase', session.currentPhase, lang, vocabulary) });
  return values;
}

/** A case per party, holding the selections of the observations attributed to it. */
function partyCases(sources: QdaSource[]): QdaCase[] {
  const parties = new Map<string, string[]>();
  for (const sel of sources.flatMap((s) => s.selections)) {
    for (const party of sel.parties) parties.set(party, [...(parties.get(party) ?? []), sel.guid]);
  }
  return [...parties].map(([name, selections]) => ({ guid: stableGuid(`case:party:${name}`), name, sources: [], selections }));
}

/** A case per collaboration, holding its sessions' sources. */
function collaborationCases(sources: QdaSource[], collaborationOf: Map<Session, string>): QdaCase[] {
  const cases = new Map<string, string[]>();
  for (const source of sources) {
    const name = collaborationOf.get(source.session);
    if (name) cases.set(name, [...(cases.get(name) ?? []), source.guid]);
  }
  return [...cases].map(([name, guids]) => ({ guid: stableGuid(`case:collaboration:${name}`), name, sources: guids, selections: [] }));
}

/** `project.qde`: the project's elements in the order the standard gives (Users, CodeBook, Variables, Cases, Sources). */
export function projectXml(project: QdaProject): string {
  const codes = new Map(allCodes(project.codes).map((c) => [c.key, c]));
  const children: XmlElement[] = [
    ...(project.users.length ? [{ name: 'Users', children: project.users.map((u) => ({ name: 'User', attributes: { guid: u.guid, name: u.name } })) }] : []),
    { name: 'CodeBook', children: [{ name: 'Codes', children: project.codes.map(codeElement) }] },
    { name: 'Variables', children: project.variables.map((v) => ({ name: 'Variable', attributes: { guid: v.guid, name: v.name, typeOfVariable: v.type } })) },
    ...(project.cases.length ? [{ name: 'Cases', children: project.cases.map(caseElement) }] : []),
    ...(project.sources.length ? [{ name: 'Sources', children: project.sources.map((s) => sourceElement(s, codes)) }] : []),
  ];
  return xmlDocument({ name: 'Project', attributes: { name: project.name, origin: 'Facilitator Notes' }, children }, PROJECT_NAMESPACE);
}

function caseElement(c: QdaCase): XmlElement {
  const refs = (name: string, guids: string[]) => guids.map((g) => ({ name, attributes: { targetGUID: g } }));
  return { name: 'Case', attributes: { guid: c.guid, name: c.name }, children: [...refs('SourceRef', c.sources), ...refs('SelectionRef', c.selections)] };
}

function sourceElement(source: QdaSource, codes: Map<string, QdaCode>): XmlElement {
  return {
    name: 'TextSource',
    attributes: { guid: source.guid, name: source.name, plainTextPath: `internal://${source.guid}.txt`, creatingUser: source.user },
    children: [...source.selections.map((sel) => selectionElement(sel, source.user, codes)), ...source.variables.map(variableValueElement)],
  };
}

function selectionElement(sel: QdaSelection, user: string | undefined, codes: Map<string, QdaCode>): XmlElement {
  const codings = sel.codes.flatMap((key) => {
    const code = codes.get(key);
    if (!code) return [];
    return [{ name: 'Coding', attributes: { guid: stableGuid(`coding:${sel.guid}:${key}`), creatingUser: user }, children: [{ name: 'CodeRef', attributes: { targetGUID: code.guid } }] }];
  });
  return { name: 'PlainTextSelection', attributes: { guid: sel.guid, name: excerpt(sel.text), startPosition: sel.start, endPosition: sel.end, creatingUser: user }, children: codings };
}

function variableValueElement(value: QdaSource['variables'][number]): XmlElement {
  const valueElement = value.date !== undefined ? { name: 'DateValue', text: value.date } : { name: 'TextValue', text: value.text ?? '' };
  return { name: 'VariableValue', children: [{ name: 'VariableRef', attributes: { targetGUID: value.variable } }, valueElement] };
}

/** A selection's name: its first words, as QDA tools list selections by name. */
function excerpt(text: string): string {
  const points = [...text];
  return points.length > 60 ? `${points.slice(0, 59).join('')}…` : text;
}
