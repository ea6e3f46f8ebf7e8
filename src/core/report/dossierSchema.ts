// The dossier's JSON contract (`facilitator-notes dossier --format json`) as zod types, the source of
// schemas/dossier.schema.json, and the step from the collaborations model to it.
import * as z from 'zod';
import { Collaboration } from './collaboration';
import { onFirstUse } from '../vocabulary/firstUse';

/** Built on first use (the schema file, tests): the dossier itself never validates against it. */
export const dossierSchema = onFirstUse('dossier schema', () => {
  const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

  return z.strictObject({
    version: z.literal(1),
    collaborations: z.array(z.strictObject({
      name: z.string().meta({ description: 'The front matter collaboration/samenwerking key, else the folder of the notes.' }),
      sessions: z.array(z.strictObject({ file: z.string(), date: isoDate.nullable(), title: z.string() }))
        .meta({ description: 'Oldest first, undated last.' }),
      phases: z.record(z.string(), z.array(z.string()))
        .meta({ description: 'Per session file, the phases it worked in (observations and markers), in the model\'s order.' }),
      actions: z.array(z.strictObject({
        file: z.string().meta({ description: 'The session the action came from.' }),
        line: z.number().int().positive(),
        text: z.string(),
        owner: z.string().nullable(),
        due: isoDate.nullable(),
        done: z.boolean().meta({ description: 'Ticked in its own line, or done in a later session of the same collaboration.' }),
        overdue: z.boolean().meta({ description: 'Open and due before today or before the latest session.' }),
      })),
    })),
  });
});

export type DossierReport = z.infer<ReturnType<typeof dossierSchema>>;

export function dossierReport(collaborations: readonly Collaboration[]): DossierReport {
  return {
    version: 1,
    collaborations: collaborations.map((c) => ({
      name: c.name,
      sessions: c.sessions.map(({ file, date, title }) => ({ file, date, title })),
      phases: Object.fromEntries(c.sessions.map((s, i) => [s.file, c.phases[i]])),
      actions: c.actions.map((a) => ({ file: a.origin.file, line: a.origin.line, text: a.text, owner: a.owner, due: a.due, done: a.done, overdue: a.overdue })),
    })),
  };
}
