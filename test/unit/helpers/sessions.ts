// Sessions built by hand, so report and render tests pin their rules independently of the parser.
import { Action, Decision, Observation, Session } from '../../../src/core/parse/model';

export function handSession(over: Partial<Session> = {}): Session {
  return {
    file: 'notes/a.md', title: 'A', date: '2026-03-02', lineCount: 40, frontMatter: {}, frontMatterLines: null,
    startLevel: null, facilitator: null, participants: [], lang: null, collaboration: null, currentPhase: null,
    observations: [], readings: [], markers: [], decisions: [], actions: [], headings: [], tags: [], problems: [], private: false, privateScopes: [], ...over,
  };
}

export function handObservation(text: string, over: Partial<Observation> = {}): Observation {
  return {
    startLine: 1, endLine: 1, text, conditions: [], phase: null, level: null, needs: [], otherTags: [], facets: {}, tags: [],
    parties: [], private: false, decision: false, ...over,
  };
}

export function handAction(text: string, over: Partial<Action> = {}): Action {
  return { line: 1, done: false, owner: null, text, due: null, ownerParty: null, private: false, ...over };
}

export function handDecision(text: string, over: Partial<Decision> = {}): Decision {
  return { line: 1, text, private: false, ...over };
}

/** An observation of the given conditions and phase (text 'x'): the collaboration tests' shorthand. */
export function observation(conditions: string[], phase: string | null, over: Partial<Observation> = {}): Observation {
  return handObservation('x', { conditions, phase, ...over });
}

/** An action at a line whose owner is its first @name, as the parser would read it. */
export function action(line: number, text: string, done = false, over: Partial<Action> = {}): Action {
  return handAction(text, { line, done, owner: /@(\S+)/.exec(text)?.[1] ?? null, ...over });
}
