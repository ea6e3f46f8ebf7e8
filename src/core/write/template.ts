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
  observation: { en: 'First observation', nl: 'Eerste observatie' },
  actions: { en: 'Actions', nl: 'Acties' },
  action: { en: 'Send the notes to the partners', nl: 'Verslag naar de partners sturen' },
} satisfies Record<string, Record<Lang, string>>;

/**
 * The text of new session notes: front matter with title, date, the notes' language and empty
 * facilitator and participants fields to fill in, a first phase section with a tagged observation,
 * and an actions list. Tags and front matter keys are spelled in `lang`.
 */
export function sessionTemplate(title: string, date: string, lang: Lang, vocabulary: Vocabulary): string {
  const tag = (role: string, id: string): string => {
    const dimension = vocabulary.dimensions.find((d) => d.role === role);
    const term = dimension?.terms.find((t) => t.id === id);
    return dimension && term ? tagText(dimension, term, lang) : `#${id}`;
  };
  const bare = (role: string, id: string): string => tag(role, id).replace(/^#(?:[^/]*\/)?/, '');
  const key = (english: keyof typeof DUTCH_KEYS): string => (lang === 'nl' ? DUTCH_KEYS[english] : english);
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
    `## ${TEXTS.explore[lang]} ${tag('phase', 'explore')}`,
    '',
    `- ${TEXTS.observation[lang]} ${tag('condition', 'ambition')}`,
    '',
    `## ${TEXTS.actions[lang]}`,
    '',
    `- [ ] ${TEXTS.action[lang]}`,
    '',
  ].join('\n');
}

/** A YAML scalar that stays a string whatever the title holds ('true', '2026', ': x'). */
function yamlString(value: string): string {
  return yamlLibrary().stringify(value, { lineWidth: 0 }).trimEnd();
}
