// The notes of a collaboration's next session: who sits at the table, the language, the phase and the
// thermometer carried on from the last session, its open actions ready to tick, and no example text that
// would count as an observation or an action.
import { Party } from '../parse/model';
import { Lang, Vocabulary } from '../vocabulary/vocabulary';
import { yamlLibrary } from '../vocabulary/yamlLibrary';
import { frontMatterKey, howToComment, termTag, termValue, yamlString } from './template';

/** The heading the open actions of earlier sessions go under (also Carry Over Open Actions'). */
export const OPEN_ACTIONS_HEADING: Record<Lang, string> = { en: 'Open actions', nl: 'Openstaande acties' };

/** An open action carried into new notes. */
export interface CarriedAction {
  text: string;
  /** Written in private notes: it stays private in the new ones. */
  private: boolean;
}

/** What the next session takes over from the last one of its collaboration. */
export interface CarriedOn {
  facilitator: string | null;
  participants: readonly Party[];
  lang: Lang;
  /** The phase the last session ended in. */
  phase: string | null;
  /** The thermometer level the last session ended at. */
  level: string | null;
  openActions: readonly CarriedAction[];
}

export function nextSessionTemplate(title: string, date: string, carried: CarriedOn, vocabulary: Vocabulary): string {
  const { lang } = carried;
  const key = (english: Parameters<typeof frontMatterKey>[0]): string => frontMatterKey(english, lang);
  return [
    '---',
    `${key('title')}: ${yamlString(title)}`,
    `${key('date')}: ${date}`,
    `${key('lang')}: ${lang}`,
    `facilitator: ${yamlString(carried.facilitator ?? '')}`,
    ...participantLines(carried.participants, key('participants')),
    `${key('absent')}: []`,
    ...(carried.phase === null ? [] : [`${key('phase')}: ${termValue('phase', carried.phase, lang, vocabulary)}`]),
    ...(carried.level === null ? [] : [`thermometer: ${termValue('level', carried.level, lang, vocabulary)}`]),
    '---',
    '',
    `# ${title}`,
    '',
    howToComment(lang, vocabulary),
    '',
    ...(carried.openActions.length ? [openActionsText(carried.openActions, lang, vocabulary), ''] : []),
    // The first agenda item: the cursor waits at its heading.
    '## ',
    '',
  ].join('\n');
}

/** The open actions under their heading, as tasks to tick; a private one keeps its private tag. */
export function openActionsText(actions: readonly CarriedAction[], lang: Lang, vocabulary: Vocabulary): string {
  const privateTag = termTag('private', 'private', lang, vocabulary);
  return `## ${OPEN_ACTIONS_HEADING[lang]}\n\n${actions.map((a) => `- [ ] ${a.text}${a.private ? ` ${privateTag}` : ''}`).join('\n')}`;
}

/**
 * Where the cursor goes in new notes: the end of the first agenda heading left empty, else the empty line
 * below the first heading's blank line (0-based line and character).
 */
export function firstAgendaItem(notes: string): { line: number; character: number } {
  const lines = notes.split('\n');
  const empty = lines.indexOf('## ');
  if (empty >= 0) return { line: empty, character: 3 };
  const heading = lines.findIndex((l) => l.startsWith('## '));
  return heading >= 0 ? { line: Math.min(heading + 2, lines.length - 1), character: 0 } : { line: lines.length - 1, character: 0 };
}

function participantLines(participants: readonly Party[], key: string): string[] {
  if (participants.length === 0) return [`${key}: []`];
  return [`${key}:`, ...participants.map((p) => (p.aliases.length
    ? `  - { name: ${flowScalar(p.name)}, aliases: [${p.aliases.map(flowScalar).join(', ')}] }`
    : `  - ${yamlString(p.name)}`))];
}

/** A value inside a YAML flow collection: plain when YAML reads it back the same, else double-quoted. */
function flowScalar(value: string): string {
  const plain = /^[\p{L}\p{N}][\p{L}\p{N} _.'’&()/-]*$/u.test(value) && !/\s$/.test(value);
  if (plain) {
    const read = yamlLibrary().parse(`[${value}]`) as unknown[];
    if (read[0] === value) return value;
  }
  return JSON.stringify(value);
}
