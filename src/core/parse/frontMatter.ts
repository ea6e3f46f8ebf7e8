// The session's YAML front matter: which fields we know and what values they take.
// Each field is checked on its own, so one bad value costs only that field.
import * as z from 'zod';
import { BUILTIN_VOCABULARY, Vocabulary } from '../vocabulary/vocabulary';

export const SESSION_KEYS = ['title', 'date', 'facilitator', 'participants', 'phase', 'thermometer'] as const;

const aliasesOf = (vocabulary: Vocabulary, role: string): [string, ...string[]] => {
  const aliases = vocabulary.dimensions.filter((d) => d.role === role).flatMap((d) => d.terms.flatMap((t) => t.aliases));
  return aliases.length ? (aliases as [string, ...string[]]) : ['-'];
};

/** The front matter schema for a vocabulary: phase and thermometer accept every alias of its terms. */
export function frontMatterSchemaFor(vocabulary: Vocabulary) {
  return z.looseObject({
    title: z.string().min(1).optional().describe('Title of the session'),
    date: z.iso.date().optional().describe('Date of the session, YYYY-MM-DD'),
    facilitator: z.string().optional().describe('Who facilitated the session'),
    participants: z.array(z.string()).optional().describe('The parties at the table'),
    phase: z.enum(aliasesOf(vocabulary, 'phase')).optional().describe('Default phase of the collaboration for the whole file'),
    thermometer: z.enum(aliasesOf(vocabulary, 'level')).optional().describe('Thermometer level at the start of the session'),
  });
}

export const frontMatterSchema = frontMatterSchemaFor(BUILTIN_VOCABULARY);
