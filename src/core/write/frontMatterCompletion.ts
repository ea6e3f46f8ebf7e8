// What to offer at the start of a front matter line: the session keys in the notes' language ('titel',
// 'deelnemers' in Dutch notes), without the ones the front matter already has in either language.
import { DUTCH_KEYS, englishKey } from '../parse/frontMatter';
import { Session } from '../parse/model';
import { Lang, Text } from '../vocabulary/vocabulary';
import { CompletionContext, TagCompletion } from './completionItems';

/** The keys in the order New Session writes them, with what each holds. */
const KEYS: [string, Text][] = [
  ['title', { en: 'Title of the session', nl: 'Titel van de sessie' }],
  ['date', { en: 'Date of the session, YYYY-MM-DD', nl: 'Datum van de sessie, JJJJ-MM-DD' }],
  ['facilitator', { en: 'Who facilitated the session', nl: 'De facilitator van de sessie' }],
  ['participants', { en: 'The parties at the table', nl: 'De partijen aan tafel' }],
  ['phase', { en: 'Phase of the collaboration for the whole file', nl: 'Fase van de samenwerking voor het hele bestand' }],
  ['thermometer', { en: 'Thermometer level at the start', nl: 'Thermometerstand bij het begin' }],
  ['lang', { en: 'Language of the notes: nl or en', nl: 'Taal van de notities: nl of en' }],
  ['collaboration', { en: 'The collaboration the session belongs to', nl: 'De samenwerking waar de sessie bij hoort' }],
  ['location', { en: 'Where the session took place', nl: 'Waar de sessie plaatsvond' }],
  ['absent', { en: 'Who was expected but absent', nl: 'Wie verwacht werd maar afwezig was' }],
  ['next', { en: 'The next meeting: date, time, place', nl: 'De volgende bijeenkomst: datum, tijd, plaats' }],
  ['summary', { en: 'A short summary for the partners\' report', nl: 'Een korte samenvatting voor het verslag' }],
];

const GROUP: Text = { en: 'Front matter', nl: 'Front matter' };
const TYPING_KEY = /^[\p{L}_]*$/u;
const KEY = /^\s*([\p{L}_]+)\s*:/u;

/**
 * The keys at a cursor on a line inside the front matter (not its '---' lines), while a key is typed at
 * the line's start. `lineText` gives a document line's text, `line` is the cursor's (both 1-based). Undefined elsewhere.
 */
export function frontMatterKeyCompletions(before: string, options: { session?: Session; line: number; lineText: (line: number) => string; lang: Lang }): CompletionContext | undefined {
  const fm = options.session?.frontMatterLines;
  if (!fm || options.line <= fm.start || options.line >= fm.end || !TYPING_KEY.test(before)) return undefined;
  const present = new Set<string>();
  for (let n = fm.start + 1; n < fm.end; n++) {
    const key = n === options.line ? undefined : KEY.exec(options.lineText(n))?.[1];
    if (key) present.add(englishKey(key.toLowerCase()));
  }
  const items = KEYS.filter(([key]) => !present.has(key)).map(([key, detail], i): TagCompletion => {
    const spelled = spelling(key, options.lang);
    return { insertText: `${spelled}: `, label: spelled, filterText: spelled, sortText: String(i).padStart(2, '0'), group: GROUP[options.lang], detail: detail[options.lang], dimension: null, value: key };
  });
  return { start: 0, items };
}

function spelling(key: string, lang: Lang): string {
  return lang === 'nl' && Object.hasOwn(DUTCH_KEYS, key) ? DUTCH_KEYS[key as keyof typeof DUTCH_KEYS] : key;
}
