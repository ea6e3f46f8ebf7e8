// New session notes: the file name (YYYY-MM-DD-slug.md) and the starting text.
import { Lang, Vocabulary } from '../vocabulary/vocabulary';
import { yamlLibrary } from '../vocabulary/yamlLibrary';
import { tagText } from './tagEdit';
import { DUTCH_KEYS } from '../parse/frontMatter';

/** A local calendar date as YYYY-MM-DD. */
export function isoDate(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A local clock time as HH:MM. */
export function clockTime(date: Date): string {
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

/** Lower-case ASCII words joined by '-': accents dropped, at most 60 characters, 'session' when empty. */
export function slug(title: string): string {
  const words = title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().match(/[a-z0-9]+/g) ?? [];
  let result = '';
  for (const word of words) {
    const next = result ? `${result}-${word}` : word;
    if (next.length > 60) break;
    result = next;
  }
  return result || words[0]?.slice(0, 60) || 'session';
}

export function sessionFileName(date: string, title: string): string {
  return `${date}-${slug(title)}.md`;
}

const TEXTS = {
  explore: { en: 'Getting to know each other', nl: 'Kennismaken' },
  actions: { en: 'Actions', nl: 'Acties' },
} satisfies Record<string, Record<Lang, string>>;

/** How to write an observation and an action, as an HTML comment: an example that never counts as one. */
export function howToComment(lang: Lang, vocabulary: Vocabulary): string {
  const ambition = termTag('condition', 'ambition', lang, vocabulary);
  return lang === 'nl'
    ? `<!-- Noteer onder elk agendapunt (een kop met ##) wat je ziet, met tags: "Iedereen wil zorg dichtbij huis. ${ambition}". Een actie: "- [ ] Verslag sturen @Esther 2026-04-20"; vink af met [x]. -->`
    : `<!-- Under each agenda item (a heading with ##), note what you see, with tags: "Everyone wants care close to home. ${ambition}". An action: "- [ ] Send the notes @Esther 2026-04-20"; tick it with [x]. -->`;
}

/**
 * The text of new session notes: front matter with title, date, the notes' language and empty
 * facilitator and participants fields to fill in, a first phase section and an actions heading, with
 * how to write both as a comment (no example counts as an observation or action). Tags and front matter
 * keys are spelled in `lang`.
 */
export function sessionTemplate(title: string, date: string, lang: Lang, vocabulary: Vocabulary): string {
  const tag = (role: string, id: string): string => termTag(role, id, lang, vocabulary);
  const bare = (role: string, id: string): string => termValue(role, id, lang, vocabulary);
  const key = (english: keyof typeof DUTCH_KEYS): string => frontMatterKey(english, lang);
  return [
    '---',
    `${key('title')}: ${yamlString(title)}`,
    `${key('date')}: ${date}`,
    `${key('lang')}: ${lang}`,
    'facilitator: ""',
    `${key('participants')}: []`,
    `${key('phase')}: ${bare('phase', 'explore')}`,
    `thermometer: ${bare('level', 'friendly')}`,
    '---',
    '',
    `# ${title}`,
    '',
    howToComment(lang, vocabulary),
    '',
    `## ${TEXTS.explore[lang]} ${tag('phase', 'explore')}`,
    '',
    '',
    '',
    `## ${TEXTS.actions[lang]}`,
    '',
  ].join('\n');
}

/** The tag of a term of the dimension with `role`, spelled in `lang` ('#ambitie'); '#id' when the vocabulary lacks it. */
/** A front matter key as new notes in `lang` write it: 'datum' in Dutch notes. */
export function frontMatterKey(english: keyof typeof DUTCH_KEYS, lang: Lang): string {
  return lang === 'nl' ? DUTCH_KEYS[english] : english;
}

export function termTag(role: string, id: string, lang: Lang, vocabulary: Vocabulary): string {
  const dimension = vocabulary.dimensions.find((d) => d.role === role);
  const term = dimension?.terms.find((t) => t.id === id);
  return dimension && term ? tagText(dimension, term, lang) : `#${id}`;
}

/** The term as a front matter value: its tag without '#' and prefix ('overeenkomen'). */
export function termValue(role: string, id: string, lang: Lang, vocabulary: Vocabulary): string {
  return termTag(role, id, lang, vocabulary).replace(/^#(?:[^/]*\/)?/, '');
}

/** A YAML scalar that stays a string whatever the title holds ('true', '2026', ': x'). */
export function yamlString(value: string): string {
  return yamlLibrary().stringify(value, { lineWidth: 0 }).trimEnd();
}
