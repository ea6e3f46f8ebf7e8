// The session's YAML front matter: which fields we know and what values they take.
// Each field is checked on its own, so one bad value costs only that field.
import * as z from 'zod';
import { BUILTIN_VOCABULARY, Vocabulary } from '../vocabulary/vocabulary';
import { onFirstUse } from '../vocabulary/firstUse';

export const SESSION_KEYS = ['title', 'date', 'facilitator', 'participants', 'phase', 'thermometer', 'lang', 'taal', 'collaboration', 'samenwerking',
  'location', 'locatie', 'absent', 'afwezig', 'next', 'volgende', 'summary', 'samenvatting'] as const;

/** The spellings of the two note languages a front matter lang/taal field takes, any case. */
export const LANGUAGE_NAMES: Record<string, 'en' | 'nl'> = { en: 'en', english: 'en', engels: 'en', nl: 'nl', nederlands: 'nl', dutch: 'nl' };

const aliasesOf = (vocabulary: Vocabulary, role: string): [string, ...string[]] => {
  const aliases = vocabulary.dimensions.filter((d) => d.role === role).flatMap((d) => d.terms.flatMap((t) => t.aliases));
  return aliases.length ? (aliases as [string, ...string[]]) : ['-'];
};

/**
 * The front matter schema for a vocabulary: phase and thermometer accept every alias of its terms.
 * Built when the first front matter is read (the reader keeps one per vocabulary), not at load.
 */
export function frontMatterSchemaFor(vocabulary: Vocabulary) {
  const languageField = z.string().refine((v) => Object.hasOwn(LANGUAGE_NAMES, v.trim().toLowerCase()), { message: 'Use nl or en (or Nederlands, English)' });
  const party = z.union([
    z.string().min(1),
    z.strictObject({
      name: z.string().min(1).describe('The party\'s name as the reports show it'),
      aliases: z.array(z.string().min(1)).optional().describe('Other names the notes use for it, e.g. an abbreviation'),
    }),
  ]);
  const text = z.string().trim().min(1);
  const names = z.union([text, z.array(text)]);
  return z.looseObject({
    title: z.string().min(1).optional().describe('Title of the session'),
    date: z.iso.date().optional().describe('Date of the session, YYYY-MM-DD'),
    facilitator: z.string().optional().describe('Who facilitated the session'),
    participants: z.array(party).optional().describe('The parties at the table: names, or { name, aliases }'),
    phase: z.enum(aliasesOf(vocabulary, 'phase')).optional().describe('Default phase of the collaboration for the whole file'),
    thermometer: z.enum(aliasesOf(vocabulary, 'level')).optional().describe('Thermometer level at the start of the session'),
    lang: languageField.optional().describe('Language of the notes: nl or en (also Nederlands, English)'),
    taal: languageField.optional().describe('Dutch spelling of lang'),
    collaboration: z.string().min(1).optional().describe('The collaboration (partnership) the session belongs to'),
    samenwerking: z.string().min(1).optional().describe('Dutch spelling of collaboration'),
    location: text.optional().describe('Where the session took place'),
    locatie: text.optional().describe('Dutch spelling of location'),
    absent: names.optional().describe('Parties or people who were expected but absent: names or participants\' aliases'),
    afwezig: names.optional().describe('Dutch spelling of absent'),
    next: text.optional().describe('The next meeting: free text that may start with a date and time, e.g. 2026-11-03 14:00, town hall'),
    volgende: text.optional().describe('Dutch spelling of next'),
    summary: text.optional().describe('A short summary, shown first in the partners\' report'),
    samenvatting: text.optional().describe('Dutch spelling of summary'),
  });
}

/** The built-in vocabulary's schema, the source of schemas/front-matter.schema.json. */
export const frontMatterSchema = onFirstUse('front matter schema', () => frontMatterSchemaFor(BUILTIN_VOCABULARY));
