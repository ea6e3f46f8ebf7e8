// Sessions built by hand, so report and render tests pin their rules independently of the parser.
import { Action, Observation, Session } from '../../../src/core/parse/model';

export function session(over: Partial<Session> = {}): Session {
  return {
    file: 'notes/a.md', title: 'A', date: '2026-03-02', lineCount: 20, frontMatter: {}, frontMatterLines: null,
    startLevel: null, facilitator: null, participants: [], lang: null, collaboration: null, currentPhase: null,
    observations: [], readings: [], markers: [], decisions: [], actions: [], headings: [], tags: [], problems: [], ...over,
  };
}

export function observation(conditions: string[], phase: string | null, over: Partial<Observation> = {}): Observation {
  return { startLine: 1, endLine: 1, text: 'x', conditions, phase, level: null, needs: [], otherTags: [], facets: {}, tags: [], parties: [], private: false, decision: false, ...over };
}

export function action(line: number, text: string, done = false, over: Partial<Action> = {}): Action {
  return { line, done, owner: /@(\S+)/.exec(text)?.[1] ?? null, text, due: null, ownerParty: null, private: false, ...over };
}
