// The session read per party: what each participant brought in, by condition, and its needs.
import { Observation, Session } from '../parse/model';
import { BUILTIN_VOCABULARY, Vocabulary } from '../vocabulary/vocabulary';
import { matrixKeys } from './overviewSchema';

export interface PartyView {
  name: string;
  /** Observations attributed to the party, per condition id ('none' for those without), every key present. */
  byCondition: Record<string, Observation[]>;
  /** Need mentions in its observations, in the vocabulary's order. */
  needs: Record<string, number>;
  /** No observation of the party is about interests yet: the model asks each party to put them on the table. */
  interestsMissing: boolean;
}

/** One view per participant, in the front matter's order, silent parties included. */
export function partyViews(session: Session, vocabulary: Vocabulary = BUILTIN_VOCABULARY): PartyView[] {
  const conditions = matrixKeys('condition', vocabulary);
  const needIds = vocabulary.dimensions.filter((d) => d.role === 'need').flatMap((d) => d.terms.map((t) => t.id));
  const rank = (id: string) => (needIds.includes(id) ? needIds.indexOf(id) : needIds.length);
  return session.participants.map(({ name }) => {
    const byCondition: Record<string, Observation[]> = Object.fromEntries(conditions.map((c) => [c, []]));
    const needs = new Map<string, number>();
    for (const o of session.observations.filter((x) => x.parties.includes(name))) {
      for (const c of o.conditions.length ? o.conditions : ['none']) (byCondition[c] ??= []).push(o);
      for (const n of o.needs) needs.set(n, (needs.get(n) ?? 0) + 1);
    }
    return {
      name,
      byCondition,
      needs: Object.fromEntries([...needs].sort(([a], [b]) => rank(a) - rank(b))),
      interestsMissing: (byCondition.interests ?? []).length === 0,
    };
  });
}
