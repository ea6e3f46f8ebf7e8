// The overview's JSON contract as zod types: the CLI's json output, the renderers' input,
// and the source of schemas/overview.schema.json.
import * as z from 'zod';
import { BUILTIN_VOCABULARY, DimensionRole, LEVEL_ORDER } from '../vocabulary/vocabulary';
import { onFirstUse } from '../vocabulary/firstUse';

/** Term ids of a built-in dimension plus 'none': the keys every matrix row and column has. */
export function matrixKeys(role: DimensionRole, vocabulary = BUILTIN_VOCABULARY): string[] {
  const dimension = vocabulary.dimensions.find((d) => d.role === role);
  return [...(dimension?.terms.map((t) => t.id) ?? []), 'none'];
}

/** Built on first use (the CLI's json output, the schema files, tests): activating the extension needs none of it. */
export const overviewReportSchema = onFirstUse('overview report schema', () => {
  const count = z.number().int().nonnegative();

  /** An object that must have these keys and may have more (a team vocabulary can add terms). */
  const countsWithKeys = <T extends z.ZodType>(keys: string[], value: T) =>
    z.object(Object.fromEntries(keys.map((k) => [k, value]))).catchall(value);

  const level = z.enum(LEVEL_ORDER as [string, ...string[]]).meta({ id: 'ThermometerLevel' });

  const matrixRowSchema = countsWithKeys(matrixKeys('phase'), count).meta({ id: 'PhaseCounts' });

  const matrixSchema = countsWithKeys(matrixKeys('condition'), matrixRowSchema).meta({
    id: 'Matrix',
    description: 'Observations per condition (rows) and phase (columns), "none" where untagged. An observation with two conditions counts in both rows.',
  });

  const thermometerSchema = z.strictObject({
    start: level.nullable().meta({ description: 'Level at the start: the front matter "thermometer".' }),
    readings: z.array(z.strictObject({ line: z.number().int().positive(), level })),
    end: level.nullable().meta({ description: 'The last reading\'s level, else the start.' }),
    peak: level.nullable().meta({ description: 'The most severe of the start and the readings.' }),
  });

  const problemSchema = z.strictObject({
    line: z.number().int().positive(),
    severity: z.enum(['error', 'warning']),
    message: z.string(),
  });

  const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

  const partyCountsSchema = z.strictObject({
    observations: count.meta({ description: 'Observations attributed to the party.' }),
    conditions: countsWithKeys(matrixKeys('condition'), count).meta({ description: 'Its observations per condition, "none" where untagged; every condition present.' }),
  }).meta({ id: 'PartyCounts' });

  const actionItemSchema = z.strictObject({
    line: z.number().int().positive(),
    text: z.string().meta({ description: 'The action\'s text without the checkbox and tags.' }),
    done: z.boolean(),
    owner: z.string().nullable().meta({ description: 'The @name in it, without "@".' }),
    due: isoDay.nullable().meta({ description: 'A date written in it (2026-04-20 or 20-04-2026), as YYYY-MM-DD.' }),
  });

  const sessionSummarySchema = z.strictObject({
    file: z.string().meta({ description: 'The path as found.' }),
    title: z.string(),
    date: isoDay.nullable(),
    facilitator: z.string().nullable().meta({ description: 'The front matter facilitator.' }),
    participants: z.array(z.string()).meta({ description: 'The parties\' names: the front matter participants, else the team\'s standing parties.' }),
    lang: z.enum(['en', 'nl']).meta({ description: 'The notes\' language: front matter lang/taal, else the tag spellings used, else "en".' }),
    observations: count,
    private: count.meta({ description: 'Private observations among them (0 in a report for the partners, which leaves them out).' }),
    matrix: matrixSchema,
    thermometer: thermometerSchema,
    needs: z.record(z.string(), count).meta({ description: 'Mentions per need, canonical id; needs not mentioned are left out.' }),
    parties: z.record(z.string(), partyCountsSchema).meta({ description: 'Per participant (every one, 0 when silent): the observations attributed to it.' }),
    decisions: z.array(z.strictObject({ line: z.number().int().positive(), text: z.string() })),
    actions: z.strictObject({ open: count, done: count, items: z.array(actionItemSchema) }),
    otherTags: z.record(z.string(), count).meta({ description: 'Mentions per free (unknown) tag, lower-case, without "#".' }),
    problems: z.array(problemSchema),
  });

  return z.strictObject({
    version: z.literal(1),
    sessions: z.array(sessionSummarySchema),
    totals: z.strictObject({ observations: count, matrix: matrixSchema }),
  }).meta({ title: 'Facilitator Notes overview', description: 'Output of `facilitator-notes overview --format json`.' });
});

export type Matrix = Record<string, Record<string, number>>;
export type OverviewReport = z.infer<ReturnType<typeof overviewReportSchema>>;
export type SessionSummary = OverviewReport['sessions'][number];
export type Thermometer = SessionSummary['thermometer'];
