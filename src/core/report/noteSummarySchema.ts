// A note summary (what the notes index keeps of a note) as checks: what the index checks a stored summary against
// before it trusts it. Typed against the model, so a field added to Session that is missing here fails to compile.
import type { Action, Decision, Marker, Party, Problem, ProblemArgs, Reading, TagMention } from '../parse/model';
import type { CountedObservation, NoteSummary } from './noteSummary';
import { bool, Check, count, dictionary, list, noFields, noItems, nullable, oneOf, optional, record, text, variant } from './notesIndexCheck';

const maybe = nullable(text);
const texts = list(text);

const tag = record<TagMention>({ line: count, column: count, length: count, raw: text, dimension: optional(text), value: optional(text) });

const args = variant<ProblemArgs>({
  'yaml': record({ kind: oneOf(['yaml']), yamlCode: text, detail: text }),
  'not-a-mapping': record({ kind: oneOf(['not-a-mapping']) }),
  'party': record({ kind: oneOf(['party']), value: text, nearest: optional(text) }),
  'field': record({ kind: oneOf(['field']), value: text, dimension: optional(text), detail: optional(record({ en: text, nl: text })) }),
  'prefixed-value': record({ kind: oneOf(['prefixed-value']), dimension: text, value: text }),
  'unclear-private': record({ kind: oneOf(['unclear-private']), form: oneOf(['alone', 'comment', 'details', 'phase']) }),
  'failure': record({ kind: oneOf(['failure']), detail: text }),
});

const problem = record<Problem>({
  line: count,
  severity: oneOf(['error', 'warning']),
  message: text,
  code: oneOf(['front-matter-syntax', 'front-matter-field', 'near-miss-tag', 'unknown-prefixed-value', 'unreadable', 'unclear-private']),
  column: optional(count),
  length: optional(count),
  suggestion: optional(text),
  field: optional(text),
  args: optional(args),
});

/** A kind of observation, as the index's table holds it once. */
export const observationKind: Check<CountedObservation> = record<CountedObservation>({
  startLine: oneOf([0]), endLine: oneOf([0]), text: oneOf(['']),
  conditions: texts, phase: maybe, level: maybe, needs: texts, otherTags: texts,
  facets: dictionary(texts), tags: noItems, parties: texts,
  private: bool, decision: bool,
});

/** A note summary, its observations read by `observation` (the index stores each as a place in its table of kinds). */
export const storedSummary = (observation: Check<CountedObservation>): Check<NoteSummary> => record<NoteSummary>({
  file: text,
  title: text,
  date: maybe,
  lineCount: count,
  frontMatter: noFields,
  frontMatterLines: nullable(record({ start: count, end: count })),
  startLevel: maybe,
  facilitator: maybe,
  participants: list(record<Party>({ name: text, aliases: texts })),
  lang: nullable(oneOf(['en', 'nl'])),
  collaboration: maybe,
  currentPhase: maybe,
  observations: list(observation),
  readings: list(record<Reading>({ line: count, level: text, text, time: maybe })),
  markers: list(record<Marker>({ line: count, time: maybe, level: maybe, phase: maybe })),
  decisions: list(record<Decision>({ line: count, text, private: bool })),
  actions: list(record<Action>({ line: count, done: bool, owner: maybe, text, due: maybe, ownerParty: maybe, private: bool })),
  headings: noItems,
  tags: list(tag),
  problems: list(problem),
  private: bool,
  privateScopes: noItems,
});
