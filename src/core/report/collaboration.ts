// Collaborations over time: sessions grouped by partnership, with the phase journey, the conditions
// avoided lately, the parties across sessions and every action followed from session to session.
import { Action, Session } from '../parse/model';
import { BUILTIN_VOCABULARY, Vocabulary } from '../vocabulary/vocabulary';
import { termsOf } from '../vocabulary/labels';
import { coverageHints, SkippedPhase } from './coverage';
import { Thermometer, thermometer } from './overview';
import { bySessionDate } from './sessionOrder';

/** How many of the latest sessions count as "lately" for the conditions not discussed. */
export const RECENT_SESSIONS = 3;

export interface CollaborationOptions {
  /** Today as YYYY-MM-DD: actions due before it are overdue. */
  today: string;
  /** A session's folder relative to the workspace folder or CLI PATH, '' at its root (default: the folder of `file`). */
  folderOf?: (session: Session) => string;
  /** The name of the root folder's collaboration (the workspace folder's or PATH's name). */
  rootName?: string;
  vocabulary?: Vocabulary;
  /** Keeps each collaboration for the next call: one whose sessions are the same objects is not computed again. */
  memo?: CollaborationMemo;
}

/**
 * The collaborations of the last call, by group. A view that groups the workspace again after one note
 * changed computes only that note's collaboration: an unchanged note is the same Session object.
 */
export class CollaborationMemo {
  private kept = new Map<string, { sessions: readonly Session[]; made: Collaboration }>();
  private context: readonly unknown[] = [];
  /** Collaborations computed rather than kept, since the memo was made: tests count them. */
  computed = 0;

  /** The kept collaboration of a group with exactly these sessions (same objects, same order) and name, else `make`'s. */
  get(id: string, group: Group, options: CollaborationOptions, make: () => Collaboration): Collaboration {
    const { sessions } = group;
    const context = [options.today, options.rootName, options.vocabulary, options.folderOf];
    if (context.some((value, i) => value !== this.context[i])) {
      this.kept.clear();
      this.context = context;
    }
    const kept = this.kept.get(id);
    // A name by titles depends on the other groups' names too: a group renamed is computed again.
    if (kept && kept.made.name === group.name && kept.made.by === group.by && kept.made.folder === group.folder
      && kept.sessions.length === sessions.length && kept.sessions.every((s, i) => s === sessions[i])) return kept.made;
    this.computed++;
    const made = make();
    this.kept.set(id, { sessions, made });
    return made;
  }

  /** Forgets the groups not in `ids` (gone from the workspace), so the memo never outgrows it. */
  keepOnly(ids: ReadonlySet<string>): void {
    for (const id of [...this.kept.keys()]) if (!ids.has(id)) this.kept.delete(id);
  }
}

/** A party across the sessions: where it sat at the table and what it raised. */
export interface PartyAcross {
  name: string;
  /** Indexes into the collaboration's sessions. */
  attended: number[];
  /** Observations attributed to it. */
  raised: number;
  /** The conditions of those observations, in the model's order. */
  conditions: string[];
}

/** Where one copy of an action is written. */
export interface ActionPlace {
  /** Index into the collaboration's sessions. */
  session: number;
  file: string;
  line: number;
  done: boolean;
}

/** An action followed across sessions: written first in one session, maybe carried into later ones. */
export interface TrackedAction {
  /** The copy it came from (the first). */
  origin: ActionPlace;
  /** The last copy: where ticking it marks the action done. Same as origin when never carried over. */
  latest: ActionPlace;
  text: string;
  owner: string | null;
  due: string | null;
  done: boolean;
  overdue: boolean;
  /** The latest copy is private: partner outputs leave it out. */
  private: boolean;
}

export interface Collaboration {
  name: string;
  /** Named by the front matter key, its notes' titles' common part, or the folder its notes are in. */
  by: NamedBy;
  /** The folder of its notes ('' at the root), for new sessions: the first session's. */
  folder: string;
  /** Oldest first, undated last. */
  sessions: Session[];
  /** thermometers[i]: the start, readings, end and peak of sessions[i]. */
  thermometers: Thermometer[];
  /** The date of the latest dated session. */
  latestDate: string | null;
  /** The end level of the last session. */
  latestLevel: string | null;
  /** phases[i]: the phases sessions[i] worked in, in the model's order. */
  phases: string[][];
  /** Phases before the furthest one reached that no session worked in (observations or markers); explore and share stressed. */
  phasesSkipped: SkippedPhase[];
  /** The latest session's current phase. */
  currentPhase: string | null;
  /** Conditions (model order) without an observation in the last RECENT_SESSIONS sessions. */
  conditionsNotDiscussed: string[];
  parties: PartyAcross[];
  /** In session order, then line order. */
  actions: TrackedAction[];
}

/** How a collaboration got its name: its notes' front matter key, their titles' common part, or their folder. */
export type NamedBy = 'key' | 'titles' | 'folder';

interface Group { name: string; by: NamedBy; folder: string; sessions: Session[] }

/** The sessions grouped into collaborations, sorted by name. */
export function collaborations(sessions: readonly Session[], options: CollaborationOptions): Collaboration[] {
  const folderOf = options.folderOf ?? defaultFolder;
  const groups = new Map<string, Group>();
  for (const session of sessions) {
    const folder = folderOf(session);
    const key = session.collaboration?.trim();
    const id = key ? `key:${foldText(key)}` : `folder:${folder}`;
    let group = groups.get(id);
    if (!group) groups.set(id, (group = { name: key || folder || (options.rootName ?? ''), by: key ? 'key' : 'folder', folder, sessions: [] }));
    group.sessions.push(session);
  }
  nameByTitles([...groups.values()]);
  const memo = options.memo;
  memo?.keepOnly(new Set(groups.keys()));
  return [...groups.entries()]
    .map(([id, g]) => (memo ? memo.get(id, g, options, () => collaboration(g.name, g.by, g.folder, g.sessions, options))
      : collaboration(g.name, g.by, g.folder, g.sessions, options)))
    .sort((a, b) => compareText(a.name.toLowerCase(), b.name.toLowerCase()) || compareText(a.name, b.name));
}

/**
 * A folder's collaboration takes its notes' titles' common part as its name, unless another collaboration has that
 * name. A private session's title names nothing: the name shows in views that may be on the room's screen.
 */
function nameByTitles(groups: Group[]): void {
  const taken = new Set(groups.map((g) => foldText(g.name)));
  for (const group of groups) {
    if (group.by !== 'folder') continue;
    const titles = group.sessions.filter((s) => !s.private).map((s) => s.title);
    const name = titles.length ? commonTitle(titles) : '';
    if (name === '' || taken.has(foldText(name))) continue;
    taken.add(foldText(name));
    Object.assign(group, { name, by: 'titles' });
  }
}

/** Where a title's collaboration part ends: "Regiotafel — startbijeenkomst", "Pact: kick-off". */
const TITLE_SEPARATOR = /\s+[—–|·-]\s+|:\s+/u;
const TRAILING_SEPARATORS = /[\s—–|·:,;.-]+$/u;

/**
 * The words the titles share at their start, without a trailing separator; for one title, its part before a
 * separator. Empty when that leaves fewer than three letters.
 */
export function commonTitle(titles: readonly string[]): string {
  const words = titles.map((t) => t.trim().split(/\s+/u));
  let common: string;
  if (words.length === 1) {
    const parts = titles[0].trim().split(TITLE_SEPARATOR);
    common = parts.length > 1 ? parts[0] : '';
  } else {
    let n = 0;
    while (words.every((w) => n < w.length && foldText(w[n]) === foldText(words[0][n]))) n++;
    common = words[0].slice(0, n).join(' ');
  }
  const name = common.replace(TRAILING_SEPARATORS, '');
  return (name.match(/\p{L}/gu) ?? []).length >= 3 ? name : '';
}

function collaboration(name: string, by: NamedBy, folder: string, unordered: Session[], options: CollaborationOptions): Collaboration {
  const vocabulary = options.vocabulary ?? BUILTIN_VOCABULARY;
  const sessions = [...unordered].sort(bySessionDate('oldest'));
  const phases = sessions.map((s) => phasesWorkedIn(s, vocabulary));
  const hints = coverageHints(sessions.flatMap((s) => s.observations), sessions.at(-1)?.currentPhase ?? null, vocabulary, phases.flat());
  const latestDate = sessions.reduce<string | null>((max, s) => (s.date !== null && (max === null || s.date > max) ? s.date : max), null);
  const thermometers = sessions.map(thermometer);
  return {
    name,
    by,
    folder,
    sessions,
    thermometers,
    latestDate,
    latestLevel: thermometers.at(-1)?.end ?? null,
    phases,
    phasesSkipped: hints.phasesSkipped,
    currentPhase: hints.currentPhase,
    conditionsNotDiscussed: conditionsNotDiscussed(sessions.slice(-RECENT_SESSIONS), vocabulary),
    parties: partiesAcross(sessions, termsOf('condition', vocabulary).map((t) => t.id)),
    actions: trackActions(sessions, [options.today, latestDate].filter((d): d is string => d !== null)),
  };
}

/** The phases the sessions before `index` worked in: covered in the collaboration's journey so far. */
export function phasesCoveredBefore(collaboration: Collaboration, index: number): string[] {
  return [...new Set(collaboration.phases.slice(0, Math.max(index, 0)).flat())];
}

function defaultFolder(session: Session): string {
  const slash = session.file.replace(/\\/g, '/').lastIndexOf('/');
  return slash < 0 ? '' : session.file.slice(0, slash).replace(/\\/g, '/');
}

function phasesWorkedIn(session: Session, vocabulary: Vocabulary): string[] {
  const seen = new Set<string>();
  for (const o of session.observations) if (o.phase !== null) seen.add(o.phase);
  for (const m of session.markers) if (m.phase !== null) seen.add(m.phase);
  return termsOf('phase', vocabulary).map((t) => t.id).filter((id) => seen.has(id));
}

function conditionsNotDiscussed(recent: readonly Session[], vocabulary: Vocabulary): string[] {
  if (recent.length === 0) return [];
  const discussed = new Set(recent.flatMap((s) => s.observations.flatMap((o) => o.conditions)));
  return termsOf('condition', vocabulary).map((t) => t.id).filter((id) => !discussed.has(id));
}

/** Parties by name (case ignored, first spelling kept), in order of first appearance. */
function partiesAcross(sessions: readonly Session[], conditionOrder: string[]): PartyAcross[] {
  const parties = new Map<string, PartyAcross>();
  // Each spelling folded once: a party is named on most observations of every session.
  const spelled = new Map<string, PartyAcross>();
  const party = (name: string) => {
    let p = spelled.get(name);
    if (p) return p;
    const key = foldText(name);
    p = parties.get(key);
    if (!p) parties.set(key, (p = { name, attended: [], raised: 0, conditions: [] }));
    spelled.set(name, p);
    return p;
  };
  sessions.forEach((session, i) => {
    for (const { name } of session.participants) {
      const p = party(name);
      if (p.attended.at(-1) !== i) p.attended.push(i);
    }
    for (const o of session.observations) {
      for (const name of o.parties) {
        const p = party(name);
        p.raised++;
        for (const c of o.conditions) if (!p.conditions.includes(c)) p.conditions.push(c);
      }
    }
  });
  const rank = (c: string) => conditionOrder.indexOf(c);
  for (const p of parties.values()) p.conditions.sort((a, b) => rank(a) - rank(b));
  return [...parties.values()];
}

/**
 * Follows actions through the sessions (in order): a copy of an open action in a later session (same text,
 * ignoring case, whitespace, owner and dates) carries it over; a ticked copy closes it. An action is
 * overdue when open and due before any of `deadlines` (today, the latest session's date).
 */
function trackActions(sessions: readonly Session[], deadlines: string[]): TrackedAction[] {
  const tracked: TrackedAction[] = [];
  const open = new Map<string, TrackedAction>();
  sessions.forEach((session, i) => {
    for (const action of session.actions) {
      const place: ActionPlace = { session: i, file: session.file, line: action.line, done: action.done };
      const key = actionKey(action.text);
      const carried = open.get(key);
      if (carried) {
        carried.latest = place;
        carried.done = action.done;
        carried.owner = action.owner ?? carried.owner;
        carried.due = action.due ?? carried.due;
        carried.private = action.private;
        if (action.done) open.delete(key);
        continue;
      }
      const t: TrackedAction = { origin: place, latest: place, text: action.text, owner: action.owner, due: action.due, done: action.done, overdue: false, private: action.private };
      tracked.push(t);
      if (!action.done) open.set(key, t);
    }
  });
  for (const t of tracked) t.overdue = !t.done && t.due !== null && deadlines.some((d) => t.due! < d);
  return tracked;
}

/** What makes two actions the same: their text without owners and dates, case and whitespace folded. */
export function actionKey(text: Action['text']): string {
  return foldText(text
    .replace(/(?:^|\s)@[\p{L}\p{N}_][\p{L}\p{N}_.-]*/gu, ' ')
    .replace(/\b(?:\d{4}-\d{2}-\d{2}|\d{1,2}-\d{1,2}-\d{4})\b/g, ' ')
    .replace(/[\s.,;:]+$/u, ''));
}

function foldText(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
