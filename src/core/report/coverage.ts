// Coverage hints: where the notes are thin, read against the model's five phases.
import { Observation } from '../parse/model';
import { BUILTIN_VOCABULARY, Vocabulary } from '../vocabulary/vocabulary';
import { termsOf } from '../vocabulary/labels';

export interface SkippedPhase {
  phase: string;
  /** A phase the model says is often skipped: show it with emphasis. */
  stressed: boolean;
}

export interface CoverageHints {
  /** The notes' current phase (Session.currentPhase; of the latest session, for several). */
  currentPhase: string | null;
  /** Conditions (vocabulary order) without an observation in the current phase. */
  conditionsMissing: string[];
  /** Phases before the furthest phase reached that have no observations here and were not covered before. */
  phasesSkipped: SkippedPhase[];
}

/**
 * Hints for observations in document (or session) order, read against the current phase: the parser's
 * Session.currentPhase (the last block that names a phase itself, else the front matter phase).
 * `coveredBefore`: phases the collaboration's earlier sessions worked in, so never skipped (its journey so far).
 */
export function coverageHints(observations: readonly Observation[], currentPhase: string | null,
  vocabulary: Vocabulary = BUILTIN_VOCABULARY, coveredBefore: readonly string[] = []): CoverageHints {
  const phaseTerms = termsOf('phase', vocabulary);
  const phases = phaseTerms.map((t) => t.id);
  const oftenSkipped = new Set(phaseTerms.filter((t) => t.oftenSkipped).map((t) => t.id));
  const conditions = termsOf('condition', vocabulary).map((t) => t.id);
  const seenPhases = new Set<string>(coveredBefore);
  for (const o of observations) if (o.phase !== null) seenPhases.add(o.phase);
  if (currentPhase !== null) seenPhases.add(currentPhase);
  const covered = new Set<string>();
  for (const o of observations) if (o.phase === currentPhase) for (const c of o.conditions) covered.add(c);
  const furthest = Math.max(-1, ...[...seenPhases].map((p) => phases.indexOf(p)));
  return {
    currentPhase,
    conditionsMissing: currentPhase === null ? [] : conditions.filter((c) => !covered.has(c)),
    phasesSkipped: phases.slice(0, Math.max(furthest, 0))
      .filter((p) => !coveredBefore.includes(p) && !observations.some((o) => o.phase === p))
      .map((phase) => ({ phase, stressed: oftenSkipped.has(phase) })),
  };
}
