// Problem messages in English or Dutch, built from what the parser recorded on each problem. The
// parser's own `message` is this text in English (the CLI's JSON keeps it), so every message has one source.
import { Problem, ProblemArgs, Session, TagMention, UnclearPrivate } from './model';
import { Lang, Vocabulary } from '../vocabulary/vocabulary';
import { englishKey } from './frontMatter';

/** What a message needs besides the problem: the vocabulary, and the session's tags (a tag problem names its tag). */
export interface ProblemContext {
  vocabulary: Vocabulary;
  tags: readonly TagMention[];
}

interface Phrases {
  yaml(detail: string): string;
  notAMapping: string;
  unknownValue(field: string, shown: string, values: string, others: string): string;
  badDate(shown: string): string;
  badField(field: string, shown: string, detail: string): string;
  invalidValue: string;
  nearMiss(tag: string, suggestion: string): string;
  prefixedValue(dimension: string, value: string, tag: string): string;
  didYouMean(suggestion: string): string;
  unknownParty(value: string, tag: string): string;
  noParties: string;
  nearestParty(name: string, suggestion: string): string;
  badLanguage(field: string, shown: string): string;
  unreadable: string;
  failure(detail: string): string;
  unclearPrivate: Record<UnclearPrivate, string>;
}

const PHRASES: Record<Lang, Phrases> = {
  en: {
    yaml: (detail) => `Front matter is not valid YAML and is ignored: ${detail}`,
    notAMapping: 'Front matter must be a list of key: value fields and is ignored',
    unknownValue: (field, shown, values, others) => `Unknown ${field} ${shown}, ignored: use one of ${values} (or ${others})`,
    badDate: (shown) => `Invalid date ${shown}, ignored: write it as YYYY-MM-DD`,
    badField: (field, shown, detail) => `Invalid ${field} ${shown}, ignored: ${detail}`,
    invalidValue: 'invalid value',
    nearMiss: (tag, suggestion) => `Unknown tag ${tag}: did you mean ${suggestion}?`,
    prefixedValue: (dimension, value, tag) => `Unknown ${dimension} '${value}' in ${tag}`,
    didYouMean: (suggestion) => `: did you mean ${suggestion}?`,
    unknownParty: (value, tag) => `Unknown party '${value}' in ${tag}`,
    noParties: ': the front matter lists no participants',
    nearestParty: (name, suggestion) => `: not among the participants; did you mean ${name} (${suggestion})?`,
    badLanguage: (field, shown) => `Unknown language ${shown} for ${field}, ignored: use nl or en (or Nederlands, English)`,
    unreadable: 'This file is not UTF-8 text and is skipped',
    failure: (detail) => `This file could not be read and is reported without its notes (${detail})`,
    unclearPrivate: {
      alone: 'A private mark that marks nothing: put it on the paragraph it belongs to',
      comment: 'An HTML comment makes nothing private: put #private on the paragraph it belongs to',
      details: 'A <details> block hides nothing from the partners: put #private on each paragraph in it that is private',
      phase: 'A phase marker in a private part still sets the phase of the shared notes after it: move it out of the private part',
    },
  },
  nl: {
    yaml: (detail) => `De front matter is geen geldige YAML en wordt genegeerd: ${detail}`,
    notAMapping: 'De front matter moet een lijst velden (sleutel: waarde) zijn en wordt genegeerd',
    unknownValue: (field, shown, values, others) => `Onbekende waarde ${shown} voor ${field}, genegeerd: gebruik een van ${values} (of ${others})`,
    badDate: (shown) => `Ongeldige datum ${shown}, genegeerd: schrijf hem als JJJJ-MM-DD`,
    badField: (field, shown, detail) => `Ongeldige waarde ${shown} voor ${field}, genegeerd: ${detail}`,
    invalidValue: 'ongeldige waarde',
    nearMiss: (tag, suggestion) => `Onbekende tag ${tag}: bedoel je ${suggestion}?`,
    prefixedValue: (dimension, value, tag) => `Onbekende ${dimension} '${value}' in ${tag}`,
    didYouMean: (suggestion) => `: bedoel je ${suggestion}?`,
    unknownParty: (value, tag) => `Onbekende partij '${value}' in ${tag}`,
    noParties: ': de front matter noemt geen deelnemers',
    nearestParty: (name, suggestion) => `: staat niet bij de deelnemers; bedoel je ${name} (${suggestion})?`,
    badLanguage: (field, shown) => `Onbekende taal ${shown} voor ${field}, genegeerd: gebruik nl of en (of Nederlands, English)`,
    unreadable: 'Dit bestand is geen UTF-8-tekst en wordt overgeslagen',
    failure: (detail) => `Dit bestand kon niet worden gelezen en staat zonder notities in het overzicht (${detail})`,
    unclearPrivate: {
      alone: 'Deze privé-markering markeert niets: zet hem bij de alinea waar hij bij hoort',
      comment: 'Een HTML-commentaar maakt niets privé: zet #privé bij de alinea waar het bij hoort',
      details: 'Een <details>-blok verbergt niets voor de partners: zet #privé bij elke alinea erin die privé is',
      phase: 'Een fasemarkering in een privé-deel bepaalt nog steeds de fase van de gedeelde notities erna: zet hem buiten het privé-deel',
    },
  },
};

/** The yaml library explains its errors in English; these are the common ones in Dutch, by error code. */
const YAML_NL: Record<string, string> = {
  BAD_INDENT: 'een regel of lijst springt niet goed in of is niet afgesloten',
  BAD_SCALAR_START: 'een waarde begint met een gereserveerd teken; zet haar tussen aanhalingstekens',
  BLOCK_AS_IMPLICIT_KEY: 'na een waarde volgt nog een dubbele punt; zet de waarde tussen aanhalingstekens',
  DUPLICATE_KEY: 'een veld staat er meer dan eens in',
  MISSING_CHAR: 'er ontbreekt een afsluitend teken (aanhalingsteken, ] of }) of een waarde',
  MULTILINE_IMPLICIT_KEY: 'een veldnaam moet op één regel staan, gevolgd door een dubbele punt',
  MULTIPLE_DOCS: 'er mag maar één YAML-document in staan',
  TAB_AS_INDENT: 'inspringen mag niet met tabs, alleen met spaties',
  UNEXPECTED_TOKEN: 'er staat iets op een plek waar geen veld verwacht wordt',
};

/** The problem's message in `lang`; a problem the parser did not record the parts of keeps its own message. */
export function problemMessage(problem: Problem, lang: Lang, context: ProblemContext): string {
  const say = PHRASES[lang];
  const args = problem.args;
  switch (problem.code) {
    case 'front-matter-syntax':
      if (args?.kind === 'not-a-mapping') return say.notAMapping;
      if (args?.kind === 'yaml') return say.yaml((lang === 'nl' && YAML_NL[args.yamlCode]) || args.detail);
      break;
    case 'front-matter-field':
      if (args?.kind === 'field' && problem.field) return fieldMessage(problem.field, args, lang, context.vocabulary);
      break;
    case 'near-miss-tag': {
      const tag = writtenTag(problem, context.tags);
      if (tag && problem.suggestion) return say.nearMiss(tag, problem.suggestion);
      break;
    }
    case 'unknown-prefixed-value': {
      const tag = writtenTag(problem, context.tags);
      if (tag && args?.kind === 'party') {
        const hint = args.nearest && problem.suggestion ? say.nearestParty(args.nearest, problem.suggestion) : say.noParties;
        return say.unknownParty(args.value, tag) + hint;
      }
      if (tag && args?.kind === 'prefixed-value') {
        const label = context.vocabulary.dimensions.find((d) => d.id === args.dimension)?.label[lang] ?? args.dimension;
        return say.prefixedValue(label.toLowerCase(), args.value, tag) + (problem.suggestion ? say.didYouMean(problem.suggestion) : '');
      }
      break;
    }
    case 'unreadable':
      return args?.kind === 'failure' ? say.failure(args.detail) : say.unreadable;
    case 'unclear-private':
      if (args?.kind === 'unclear-private') return say.unclearPrivate[args.form];
      break;
  }
  return problem.message;
}

function fieldMessage(field: string, args: Extract<ProblemArgs, { kind: 'field' }>, lang: Lang, vocabulary: Vocabulary): string {
  const say = PHRASES[lang];
  const terms = args.dimension ? vocabulary.dimensions.find((d) => d.id === args.dimension)?.terms : undefined;
  if (terms) {
    const ids = terms.map((t) => t.id).join(', ');
    const dutch = terms.map((t) => t.label.nl.toLowerCase()).join(', ');
    return lang === 'nl' ? say.unknownValue(field, args.value, dutch, ids) : say.unknownValue(field, args.value, ids, dutch);
  }
  if (englishKey(field) === 'date') return say.badDate(args.value);
  if (englishKey(field) === 'lang') return say.badLanguage(field, args.value);
  return say.badField(field, args.value, args.detail?.[lang] ?? say.invalidValue);
}

/** The tag as written ('#ambitoin'): the session's mention where the problem starts. */
function writtenTag(problem: Problem, tags: readonly TagMention[]): string | undefined {
  const at = (t: TagMention | undefined) => t !== undefined && t.line === problem.line && t.column === problem.column;
  // The tags are in document order: a binary search, as a file may hold a problem for every tag. A search
  // through all of them stays for tags out of that order.
  let [low, high] = [0, tags.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    const t = tags[middle];
    if (t.line < problem.line || (t.line === problem.line && t.column < (problem.column ?? 0))) low = middle + 1;
    else high = middle;
  }
  const mention = at(tags[low]) ? tags[low] : tags.find(at);
  return mention && `#${mention.raw}`;
}

/** A session's problems (in line order, as the parser lists them), each said in `lang` as it is read (a large file's are many). */
export function* sessionProblems(session: Pick<Session, 'problems' | 'tags'>, lang: Lang, vocabulary: Vocabulary): Generator<Pick<Problem, 'line' | 'severity' | 'message'>> {
  const context = { vocabulary, tags: session.tags };
  for (const p of session.problems) yield { line: p.line, severity: p.severity, message: problemMessage(p, lang, context) };
}
