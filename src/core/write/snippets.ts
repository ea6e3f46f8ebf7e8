// The Markdown snippets, generated from the vocabulary so their choice lists always name real
// tags. scripts/snippets.mjs writes them to snippets/; a unit test checks the files are current.
import { BUILTIN_VOCABULARY, Lang, Vocabulary } from '../vocabulary/vocabulary';
import { tagText, taggableDimensions } from './tagEdit';
import { frontMatterKey } from './template';

export interface SnippetDefinition {
  prefix: string[];
  body: string[];
  description: string;
}

export type SnippetFile = Record<string, SnippetDefinition>;

const TODAY = '${CURRENT_YEAR}-${CURRENT_MONTH}-${CURRENT_DATE}';
const NOW = '${CURRENT_HOUR}:${CURRENT_MINUTE}';

const TEXTS = {
  session: { en: 'New session notes', nl: 'Nieuwe sessienotities' },
  sessionHelp: { en: 'Front matter for new session notes, dated today.', nl: 'Front matter voor nieuwe sessienotities, met de datum van vandaag.' },
  title: { en: 'Title', nl: 'Titel' },
  facilitator: { en: 'Facilitator', nl: 'Facilitator' },
  participants: { en: 'Partner A, Partner B', nl: 'Partner A, Partner B' },
  observation: { en: 'Observation', nl: 'Observatie' },
  observationHelp: { en: 'An observation tagged with condition, phase and thermometer level.', nl: 'Een observatie met conditie, fase en thermometerstand.' },
  what: { en: 'What happened', nl: 'Wat er gebeurde' },
  reading: { en: 'Thermometer reading', nl: 'Thermometerstand' },
  readingHelp: { en: 'A thermometer reading with the time.', nl: 'Een thermometerstand met het tijdstip.' },
  action: { en: 'Action item', nl: 'Actie' },
  actionHelp: { en: 'An open action with its owner.', nl: 'Een open actie met actiehouder.' },
  todo: { en: 'What to do', nl: 'Wat te doen' },
  owner: { en: 'who', nl: 'wie' },
  phase: { en: 'Phase section', nl: 'Fasesectie' },
  phaseHelp: { en: 'A section heading that sets the phase of what follows.', nl: 'Een kop die de fase bepaalt van wat eronder volgt.' },
  sectionTitle: { en: 'Section title', nl: 'Titel van de sectie' },
} satisfies Record<string, Record<Lang, string>>;

/** Prefixes per snippet and language; Dutch prefixes give Dutch tags. */
const PREFIXES: Record<string, Record<Lang, string[]>> = {
  session: { en: ['session', 'notes'], nl: ['sessie', 'notities'] },
  observation: { en: ['observation', 'obs'], nl: ['observatie'] },
  reading: { en: ['reading', 'thermo'], nl: ['stand', 'thermometerstand'] },
  action: { en: ['action', 'todo'], nl: ['actie', 'actiepunt'] },
  phase: { en: ['phase'], nl: ['fase'] },
};

/** The snippets with `lang`'s prefixes and texts; their tags spelled in `tagLang`. */
export function buildSnippets(vocabulary: Vocabulary, lang: Lang, tagLang: Lang = lang): SnippetFile {
  const choices = (role: string, index: number): string => {
    const tags = taggableDimensions(vocabulary).filter((d) => d.role === role)
      .flatMap((d) => d.terms.map((t) => tagText(d, t, tagLang)));
    return `\${${index}|${tags.map(escapeChoice).join(',')}|}`;
  };
  const bare = (role: string, index: number): string => choices(role, index).replace(/#/g, '');
  const t = (key: keyof typeof TEXTS): string => TEXTS[key][lang];
  // The keys are part of the notes, so they follow the tags' language, as New Session Notes writes them.
  const key = (english: Parameters<typeof frontMatterKey>[0]): string => frontMatterKey(english, tagLang);
  const entry = (key: string, name: keyof typeof TEXTS, help: keyof typeof TEXTS, body: string[]): [string, SnippetDefinition] =>
    [`${t(name)} (${lang})`, { prefix: PREFIXES[key][lang], body, description: t(help) }];
  return Object.fromEntries([
    entry('session', 'session', 'sessionHelp', [
      '---',
      `${key('title')}: \${1:${t('title')}}`,
      `${key('date')}: ${TODAY}`,
      `facilitator: \${2:${t('facilitator')}}`,
      `${key('participants')}: [\${3:${t('participants')}}]`,
      `${key('phase')}: ${bare('phase', 4)}`,
      `thermometer: ${bare('level', 5)}`,
      '---',
      '',
      '$0',
    ]),
    entry('observation', 'observation', 'observationHelp',
      [`- \${1:${t('what')}} ${choices('condition', 2)} ${choices('phase', 3)} ${choices('level', 4)}$0`]),
    entry('reading', 'reading', 'readingHelp', [`${NOW} ${choices('level', 1)} \${2:${t('what')}}$0`]),
    entry('action', 'action', 'actionHelp', [`- [ ] \${1:${t('todo')}} @\${2:${t('owner')}}$0`]),
    entry('phase', 'phase', 'phaseHelp', [`## \${2:${t('sectionTitle')}} ${choices('phase', 1)}`, '', '$0']),
  ]);
}

/** Choice options escape ',', '|' and '\'. */
function escapeChoice(option: string): string {
  return option.replace(/[\\,|]/g, (c) => `\\${c}`);
}

/** The text of one snippet file (both languages), as written to snippets/markdown.code-snippets. */
export function snippetFileText(vocabulary: Vocabulary): string {
  return `${JSON.stringify({ ...buildSnippets(vocabulary, 'en'), ...buildSnippets(vocabulary, 'nl') }, null, 2)}\n`;
}

/**
 * The snippet file gives each prefix's tags in the prefix's language and the built-in vocabulary. These
 * are the snippets that come out different with tags in `tagLang` and the team's vocabulary: what the
 * editor offers beside the file, so no snippet is offered twice with the same text.
 */
export function configuredSnippets(vocabulary: Vocabulary, tagLang: Lang): SnippetFile {
  const langs: Lang[] = ['en', 'nl'];
  const file = Object.assign({}, ...langs.map((lang) => buildSnippets(BUILTIN_VOCABULARY, lang))) as SnippetFile;
  const configured = Object.assign({}, ...langs.map((lang) => buildSnippets(vocabulary, lang, tagLang))) as SnippetFile;
  return Object.fromEntries(Object.entries(configured).filter(([name, s]) => s.body.join('\n') !== file[name]?.body.join('\n')));
}
