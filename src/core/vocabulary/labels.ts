// How terms and dimensions are named in reports, trees and the status bar: the one lookup of a
// term's label, from the vocabulary, in either language.
import { BUILTIN_VOCABULARY, Dimension, DimensionRole, Lang, Term, Vocabulary } from './vocabulary';

const NONE: Record<Lang, { none: string; no: string }> = { en: { none: 'None', no: 'No' }, nl: { none: 'Geen', no: 'Geen' } };

/**
 * The one place a term's label is looked up (HTML, Markdown, SVG, tree): the label of a term id in a dimension role,
 * or in a custom dimension given by its id; unknown ids show as written. 'none' (the matrix's key, and the value
 * of observations without one) reads "No <dimension>": "No condition", "Geen fase".
 */
export function termLabel(role: string, id: string, lang: Lang, vocabulary: Vocabulary = BUILTIN_VOCABULARY): string {
  const dimensions = vocabulary.dimensions.filter((d) => d.role === role || d.id === role);
  if (id === 'none') return noneLabel(dimensions[0], lang);
  for (const dimension of dimensions) {
    const term = dimension.terms.find((t) => t.id === id);
    if (term) return term.label[lang];
  }
  return id;
}

/** "No condition" / "Geen conditie": the label's first letter lower-cased, unless it starts an acronym ("No NPS"). */
function noneLabel(dimension: Dimension | undefined, lang: Lang): string {
  const words = NONE[lang];
  if (!dimension) return words.none;
  const label = dimension.label[lang];
  return `${words.no} ${/^\p{Lu}\p{Ll}/u.test(label) ? label.charAt(0).toLocaleLowerCase(lang) + label.slice(1) : label}`;
}

/** The terms of the first dimension with a role, in the vocabulary's order. */
export function termsOf(role: DimensionRole, vocabulary: Vocabulary = BUILTIN_VOCABULARY): Term[] {
  return vocabulary.dimensions.find((d) => d.role === role)?.terms ?? [];
}
