// The session's YAML front matter: which fields we know and what values they take.
// Each field is checked on its own, so one bad value costs only that field.
import * as z from 'zod';
import { BUILTIN_VOCABULARY, Vocabulary } from '../vocabulary/vocabulary';
import { onFirstUse } from '../vocabulary/firstUse';

/** The Dutch spelling of a front matter key, by its English one: the reader takes a Dutch key as the English. */
export const DUTCH_KEYS = {
  title: 'titel', date: 'datum', participants: 'deelnemers', phase: 'fase', lang: 'taal', collaboration: 'samenwerking',
  location: 'locatie', absent: 'afwezig', next: 'volgende', summary: 'samenvatting',
} as const;

/** The English key a front matter key stands for: 'datum' is 'date'; other keys stand for themselves. */
export function englishKey(key: string): string {
  return ENGLISH_KEYS.get(key) ?? key;
}

const ENGLISH_KEYS = new Map<string, string>(Object.entries(DUTCH_KEYS).map(([en, nl]) => [nl, en]));

export const SESSION_KEYS = ['title', 'date', 'facilitator', 'participants', 'phase', 'thermometer', 'lang', 'collaboration',
  'location', 'absent', 'next', 'summary', ...Object.values(DUTCH_KEYS)] as const;

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
  const english = {
    title: z.string().min(1).optional().describe('Title of the session'),
    date: z.iso.date().optional().describe('Date of the session, YYYY-MM-DD'),
    facilitator: z.string().optional().describe('Who facilitated the session'),
    participants: z.array(party).optional().describe('The parties at the table: names, or { name, aliases }'),
    phase: z.enum(aliasesOf(vocabulary, 'phase')).optional().describe('Default phase of the collaboration for the whole file'),
    thermometer: z.enum(aliasesOf(vocabulary, 'level')).optional().describe('Thermometer level at the start of the session'),
    lang: languageField.optional().describe('Language of the notes: nl or en (also Nederlands, English)'),
    collaboration: z.string().min(1).optional().describe('The collaboration the session belongs to'),
    location: text.optional().describe('Where the session took place'),
    absent: names.optional().describe('Parties or people who were expected but absent: names or participants\' aliases'),
    next: text.optional().describe('The next meeting: free text that may start with a date and time, e.g. 2026-11-03 14:00, town hall'),
    summary: text.optional().describe('A short summary, shown first in the partners\' report'),
  };
  const dutch = Object.fromEntries(Object.entries(DUTCH_KEYS).map(([en, nl]) => [nl, english[en as keyof typeof DUTCH_KEYS].describe(`Dutch spelling of ${en}`)])) as
    { [K in keyof typeof DUTCH_KEYS as (typeof DUTCH_KEYS)[K]]: (typeof english)[K] };
  return z.looseObject({ ...english, ...dutch });
}

/** The built-in vocabulary's schema, the source of schemas/front-matter.schema.json. */
export const frontMatterSchema = onFirstUse('front matter schema', () => frontMatterSchemaFor(BUILTIN_VOCABULARY));
