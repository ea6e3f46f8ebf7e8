// A note summary (what the notes index keeps of a note) as zod types: what the index checks a stored summary
// against before it trusts it. Typed against the model, so a field added to Session that is missing here fails to compile.
import * as z from 'zod';
import { onFirstUse } from '../vocabulary/firstUse';
import type { CountedObservation, NoteSummary } from './noteSummary';

/** A summary as stored: its observations are places in the index's table of observation kinds. */
export type StoredSummary = Omit<NoteSummary, 'observations'> & { observations: number[] };

/** Built on first use (reading a stored notes index): activating the extension needs none of it. */
export const noteSummarySchemas = onFirstUse('note summary schemas', (): { kind: z.ZodType<CountedObservation>; summary: z.ZodType<StoredSummary> } => {
  const line = z.number().int().nonnegative();
  const text = z.string();
  const maybe = z.string().nullable();
  const none = z.tuple([]);
  const tag = z.strictObject({
    line, column: line, length: line, raw: text, dimension: text.optional(), value: text.optional(),
  });
  const args = z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('yaml'), yamlCode: text, detail: text }),
    z.strictObject({ kind: z.literal('not-a-mapping') }),
    z.strictObject({ kind: z.literal('party'), value: text, nearest: text.optional() }),
    z.strictObject({
      kind: z.literal('field'), value: text, dimension: text.optional(),
      detail: z.strictObject({ en: text, nl: text }).optional(),
    }),
    z.strictObject({ kind: z.literal('prefixed-value'), dimension: text, value: text }),
    z.strictObject({ kind: z.literal('unclear-private'), form: z.enum(['alone', 'comment', 'details', 'phase']) }),
    z.strictObject({ kind: z.literal('failure'), detail: text }),
  ]);
  const problem = z.strictObject({
    line,
    severity: z.enum(['error', 'warning']),
    message: text,
    code: z.enum(['front-matter-syntax', 'front-matter-field', 'near-miss-tag', 'unknown-prefixed-value', 'unreadable', 'unclear-private']),
    column: line.optional(),
    length: line.optional(),
    suggestion: text.optional(),
    field: text.optional(),
    args: args.optional(),
  });
  const kind = z.strictObject({
    startLine: z.literal(0), endLine: z.literal(0), text: z.literal(''),
    conditions: z.array(text), phase: maybe, level: maybe, needs: z.array(text), otherTags: z.array(text),
    facets: z.record(text, z.array(text)), tags: none, parties: z.array(text),
    private: z.boolean(), decision: z.boolean(),
  });
  const summary = z.strictObject({
    file: text,
    title: text,
    date: maybe,
    lineCount: line,
    frontMatter: z.strictObject({}),
    frontMatterLines: z.strictObject({ start: line, end: line }).nullable(),
    startLevel: maybe,
    facilitator: maybe,
    participants: z.array(z.strictObject({ name: text, aliases: z.array(text) })),
    lang: z.enum(['en', 'nl']).nullable(),
    collaboration: maybe,
    currentPhase: maybe,
    observations: z.array(line),
    readings: z.array(z.strictObject({ line, level: text, text, time: maybe })),
    markers: z.array(z.strictObject({ line, time: maybe, level: maybe, phase: maybe })),
    decisions: z.array(z.strictObject({ line, text, private: z.boolean() })),
    actions: z.array(z.strictObject({
      line, done: z.boolean(), owner: maybe, text, due: maybe, ownerParty: maybe, private: z.boolean(),
    })),
    headings: none,
    tags: z.array(tag),
    problems: z.array(problem),
    private: z.boolean(),
    privateScopes: none,
  });
  return { kind, summary };
});
