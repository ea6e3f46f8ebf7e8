// How the notes index checks its stored text when it reads it back. The index is stored as JSON of its summaries;
// a check takes the parsed JSON and checks it in place (no copy of thousands of notes to make), by hand, several
// times faster than a schema library's first pass. The stored text is untrusted: a value of the wrong shape, a key
// too many or too few, throws `Invalid`, caught once by whoever reads the whole.

/** A stored value that is not one the index writes. */
class Invalid extends Error {}

/** The stored value (parsed JSON) as T: the same value, checked, its fields read in place; throws Invalid when it is not one. */
export type Check<T> = (stored: unknown) => T;

export function invalid(): never {
  throw new Invalid();
}

/** A value taken as it is when `is` holds. */
function plain<T>(is: (stored: unknown) => boolean): Check<T> {
  return (stored) => (is(stored) ? stored as T : invalid());
}

export const text = plain<string>((s) => typeof s === 'string');
export const bool = plain<boolean>((s) => typeof s === 'boolean');
export const finite = plain<number>((s) => typeof s === 'number' && Number.isFinite(s));
/** A line, column, length or size: an integer from 0. */
export const count = plain<number>((s) => Number.isSafeInteger(s) && (s as number) >= 0);
/** What a summary has in place of what it leaves out: an empty list or object. */
export const noItems = plain<[]>((s) => Array.isArray(s) && s.length === 0);
export const noFields = plain<Record<string, never>>((s) => isObject(s) && Object.keys(s).length === 0);

export function oneOf<const T extends readonly (string | number)[]>(values: T): Check<T[number]> {
  return plain<T[number]>((s) => values.includes(s as T[number]));
}

export function nullable<T>(check: Check<T>): Check<T | null> {
  return (stored) => (stored === null ? null : check(stored));
}

/** An optional field: absent from the JSON (JSON has no undefined). */
export function optional<T>(check: Check<T>): Check<T | undefined> {
  return (stored) => (stored === undefined ? undefined : check(stored));
}

export function list<T>(item: Check<T>): Check<T[]> {
  return (stored) => {
    if (!Array.isArray(stored)) invalid();
    for (let i = 0; i < stored.length; i++) {
      const value = item(stored[i]);
      if (value !== stored[i]) stored[i] = value;
    }
    return stored as T[];
  };
}

/** An object of any keys but '__proto__' (which an assignment would take for the prototype). */
export function dictionary<T>(item: Check<T>): Check<Record<string, T>> {
  return (stored) => {
    if (!isObject(stored) || Object.hasOwn(stored, '__proto__')) invalid();
    for (const key of Object.keys(stored)) {
      const value = item(stored[key]);
      if (value !== stored[key]) stored[key] = value;
    }
    return stored as Record<string, T>;
  };
}

/** Every field of T, each with its check: a field added to T that has none here fails to compile. */
export type Fields<T> = { [K in keyof T]-?: Check<T[K]> };

/** A record: an object of exactly these fields (an optional one may be absent). */
export function record<T extends object>(fields: Fields<T>): Check<T> {
  const keys = Object.keys(fields) as (keyof T & string)[];
  const checks = keys.map((key) => fields[key] as Check<unknown>);
  return (stored) => {
    if (!isObject(stored)) invalid();
    let present = 0;
    for (let i = 0; i < keys.length; i++) {
      const field = stored[keys[i]];
      const value = checks[i](field);
      if (field !== undefined) present++;
      if (value !== field) stored[keys[i]] = value;
    }
    // A key of no field (or one that is not its own) is not ours: the keys must be exactly those read.
    if (Object.keys(stored).length !== present) invalid();
    return stored as T;
  };
}

/** One of several records told apart by their `kind`. */
export function variant<T extends { kind: string }>(kinds: { [K in T['kind']]: Check<Extract<T, { kind: K }>> }): Check<T> {
  return (stored) => {
    const kind = isObject(stored) ? stored.kind : undefined;
    return typeof kind === 'string' && Object.hasOwn(kinds, kind) ? (kinds[kind as T['kind']] as Check<T>)(stored) : invalid();
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
