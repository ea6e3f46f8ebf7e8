// What a collaboration's next session carries on from its latest one (the template is core/write/nextSession.ts).
import { Lang } from '../vocabulary/vocabulary';
import { CarriedOn } from '../write/nextSession';
import { Collaboration } from './collaboration';

/** The latest session's people, language, phase and end level, and every open action of the collaboration. */
export function carriedOn(collaboration: Collaboration, fallbackLang: Lang): CarriedOn {
  const latest = collaboration.sessions.at(-1);
  return {
    facilitator: latest?.facilitator ?? null,
    participants: latest?.participants ?? [],
    lang: latest?.lang ?? fallbackLang,
    phase: collaboration.currentPhase,
    level: collaboration.latestLevel,
    openActions: collaboration.actions.filter((a) => !a.done).map((a) => ({ text: a.text, private: a.private })),
  };
}
