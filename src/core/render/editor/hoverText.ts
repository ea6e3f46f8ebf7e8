// What a hover on a tag says: the term's place in the model and how to use it, in one language.
// Markdown out; every text from the vocabulary is escaped because a team's file may supply it.
import { escapeMarkdown } from '../shared/escape';
import { Session, TagMention } from '../../parse/model';
import { tagText } from '../../write/tagEdit';
import { Dimension, Lang, Term, Vocabulary } from '../../vocabulary/vocabulary';

const WORDS = {
  en: {
    condition: 'condition of the collaboration model',
    phase: 'phase {0} of {1} of the collaboration process',
    level: 'thermometer level {0} of {1}',
    need: 'psychological need',
    private: 'mark: the block stays with the facilitator',
    decision: 'mark: the block records a decision',
    party: 'party at the table: the observation is attributed to it',
    keyQuestion: 'Key question',
    questions: 'Questions to ask',
    skipped: 'If this phase is skipped',
    oftenSkipped: 'Partnerships often skip this phase.',
    signs: 'How you recognise it',
    actions: 'What you can do',
    written: 'Written as',
  },
  nl: {
    condition: 'conditie van het samenwerkingsmodel',
    phase: 'fase {0} van {1} van het samenwerkingsproces',
    level: 'thermometerstand {0} van {1}',
    need: 'psychologische behoefte',
    private: 'markering: het blok blijft bij de facilitator',
    decision: 'markering: het blok legt een besluit vast',
    party: 'partij aan tafel: de observatie wordt aan haar toegeschreven',
    keyQuestion: 'Kernvraag',
    questions: 'Vragen die je kunt stellen',
    skipped: 'Als je deze fase overslaat',
    oftenSkipped: 'Samenwerkingen slaan deze fase vaak over.',
    signs: 'Hoe je het herkent',
    actions: 'Wat je kunt doen',
    written: 'Geschreven als',
  },
} satisfies Record<Lang, Record<string, string>>;

/** The tag mention at a 1-based line and 0-based column (its end included, as editors place the mouse); tags are in document order. */
export function mentionAt(session: Session, line: number, column: number): TagMention | undefined {
  const tags = session.tags;
  let lo = 0;
  let hi = tags.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tags[mid];
    if (t.line < line || (t.line === line && t.column + t.length < column)) lo = mid + 1;
    else if (t.line > line || t.column > column) hi = mid - 1;
    else return t;
  }
  return undefined;
}

/** The hover for a known term, as Markdown; undefined for unknown ids. */
export function tagHover(vocabulary: Vocabulary, dimensionId: string, termId: string, lang: Lang): string | undefined {
  const dimension = vocabulary.dimensions.find((d) => d.id === dimensionId);
  // A party tag's value is the participant's name, not a term.
  if (dimension?.role === 'party') return `**${escapeMarkdown(termId)}** · ${WORDS[lang].party}`;
  const index = dimension?.terms.findIndex((t) => t.id === termId) ?? -1;
  if (!dimension || index < 0) return undefined;
  const term = dimension.terms[index];
  const w = WORDS[lang];
  const parts = [`**${escapeMarkdown(term.label[lang])}** · ${escapeMarkdown(role(dimension, index, lang))}`];
  const add = (s: string | undefined) => { if (s) parts.push(s); };
  switch (dimension.role) {
    case 'condition':
      if (term.keyQuestion) add(`**${w.keyQuestion}:** ${escapeMarkdown(term.keyQuestion[lang])}`);
      add(escapeMarkdown(term.about?.[lang] ?? term.summary[lang]));
      add(list(w.questions, term.questions?.[lang]));
      break;
    case 'phase':
      add(escapeMarkdown(term.about?.[lang] ?? term.summary[lang]));
      if (term.oftenSkipped) add(w.oftenSkipped);
      if (term.skipped) add(`**${w.skipped}:** ${escapeMarkdown(term.skipped[lang])}`);
      break;
    case 'level':
      add(escapeMarkdown(term.summary[lang]));
      add(signsAndActions(term, lang));
      break;
    default:
      add(escapeMarkdown(term.about?.[lang] ?? term.summary[lang]));
      add(signsAndActions(term, lang));
  }
  parts.push(`${w.written}: ${spellings(dimension, term, lang).map((s) => `\`${s}\``).join(' · ')}`);
  return parts.join('\n\n');
}

function role(dimension: Dimension, index: number, lang: Lang): string {
  const w = WORDS[lang];
  const n = String(dimension.terms.length);
  switch (dimension.role) {
    case 'condition': return w.condition;
    case 'phase': return w.phase.replace('{0}', String(index + 1)).replace('{1}', n);
    case 'level': return w.level.replace('{0}', String(index + 1)).replace('{1}', n);
    case 'need': return w.need;
    // Not the dimension's label: that is the term's own ('Privé · Privé').
    case 'private': return w.private;
    case 'decision': return w.decision;
    default: return dimension.label[lang];
  }
}

/** A level's or signal's "how you recognise it" and "what you can do", when it has them. */
function signsAndActions(term: Term, lang: Lang): string | undefined {
  const w = WORDS[lang];
  const parts = [term.signs && `**${w.signs}:** ${escapeMarkdown(term.signs[lang])}`, list(w.actions, term.actions?.[lang])].filter(Boolean);
  return parts.length ? parts.join('\n\n') : undefined;
}

function list(title: string, items: string[] | undefined): string | undefined {
  return items?.length ? `**${title}**\n${items.map((i) => `- ${escapeMarkdown(i)}`).join('\n')}` : undefined;
}

/** The term's spellings: the hover's language first, then the other, then the other aliases (behind the first prefix if one is needed). */
function spellings(dimension: Dimension, term: Term, lang: Lang): string[] {
  const prefix = dimension.bare ? '' : `${dimension.prefixes[0] ?? dimension.id}/`;
  const other: Lang = lang === 'en' ? 'nl' : 'en';
  return [...new Set([tagText(dimension, term, lang), tagText(dimension, term, other), ...term.aliases.map((a) => `#${prefix}${a}`)])];
}
