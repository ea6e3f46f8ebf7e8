// How the notes index stores a value and checks it when read back. Records are stored as JSON objects; reading
// checks the parsed JSON in place (no copy of thousands of notes to make), by hand, several times faster than a schema
// library's first pass. The stored text is untrusted: a value of the wrong shape, a key too many or too few, throws
// `Invalid`, caught once by whoever reads the whole.

/** A stored value that is not what its codec writes. */
class Invalid extends Error {}

export interface Codec<T> {
  /** The value as stored: JSON-ready (an absent optional field stays absent). */
  write(value: T): unknown;
  /** The stored value (parsed JSON) checked, as T: the same object, its fields read in place; throws Invalid when it is not one. */
  read(stored: unknown): T;
}

export function invalid(): never {
  throw new Invalid();
}

/** A value stored as it is, checked by `is`. */
function plain<T>(is: (stored: unknown) => boolean): Codec<T> {
  return { write: (value) => value, read: (stored) => (is(stored) ? stored as T : invalid()) };
}

export const text = plain<string>((s) => typeof s === 'string');
export const bool = plain<boolean>((s) => typeof s === 'boolean');
export const finite = plain<number>((s) => typeof s === 'number' && Number.isFinite(s));
/** A line, column, length or size: an integer from 0. */
export const count = plain<number>((s) => Number.isSafeInteger(s) && (s as number) >= 0);
/** What a summary has in place of what it leaves out: an empty list or object. */
export const noItems = plain<[]>((s) => Array.isArray(s) && s.length === 0);
export const noFields = plain<Record<string, never>>((s) => isObject(s) && Object.keys(s).length === 0);

export function oneOf<const T extends readonly (string | number)[]>(values: T): Codec<T[number]> {
  return plain<T[number]>((s) => values.includes(s as T[number]));
}

export function nullable<T>(codec: Codec<T>): Codec<T | null> {
  return { write: (value) => (value === null ? null : codec.write(value)), read: (stored) => (stored === null ? null : codec.read(stored)) };
}

export function optional<T>(codec: Codec<T>): Codec<T | undefined> {
  return { write: (value) => (value === undefined ? undefined : codec.write(value)), read: (stored) => (stored === undefined ? undefined : codec.read(stored)) };
}

export function list<T>(item: Codec<T>): Codec<T[]> {
  return {
    write: (values) => values.map((value) => item.write(value)),
    read: (stored) => {
      if (!Array.isArray(stored)) invalid();
      for (let i = 0; i < stored.length; i++) {
        const value = item.read(stored[i]);
        if (value !== stored[i]) stored[i] = value;
      }
      return stored as T[];
    },
  };
}

/** An object of any keys but '__proto__' (which a copy would take for the prototype). */
export function dictionary<T>(item: Codec<T>): Codec<Record<string, T>> {
  return {
    write: (value) => Object.fromEntries(Object.entries(value).map(([key, v]) => [key, item.write(v)])),
    read: (stored) => {
      if (!isObject(stored) || Object.hasOwn(stored, '__proto__')) invalid();
      for (const key of Object.keys(stored)) {
        const value = item.read(stored[key]);
        if (value !== stored[key]) stored[key] = value;
      }
      return stored as Record<string, T>;
    },
  };
}

/** Every field of T, each with its codec: a field added to T that has none here fails to compile. */
export type Fields<T> = { [K in keyof T]-?: Codec<T[K]> };

/** A record: an object of exactly these fields (an optional one may be absent). */
export function record<T extends object>(fields: Fields<T>): Codec<T> {
  const keys = Object.keys(fields) as (keyof T & string)[];
  const codecs = keys.map((key) => fields[key] as Codec<unknown>);
  return {
    write: (value) => {
      const stored: Record<string, unknown> = {};
      for (let i = 0; i < keys.length; i++) stored[keys[i]] = codecs[i].write(value[keys[i]]);
      return stored;
    },
    read: (stored) => {
      if (!isObject(stored)) invalid();
      let present = 0;
      for (let i = 0; i < keys.length; i++) {
        const field = stored[keys[i]];
        const value = codecs[i].read(field);
        if (field !== undefined) present++;
        if (value !== field) stored[keys[i]] = value;
      }
      // A key of no field (or one that is not its own) is not ours: the keys must be exactly those read.
      if (Object.keys(stored).length !== present) invalid();
      return stored as T;
    },
  };
}

/** One of several records told apart by their `kind`. */
export function variant<T extends { kind: string }>(kinds: { [K in T['kind']]: Codec<Extract<T, { kind: K }>> }): Codec<T> {
  const codecOf = (kind: unknown): Codec<T> => (typeof kind === 'string' && Object.hasOwn(kinds, kind)
    ? kinds[kind as T['kind']] as Codec<T>
    : invalid());
  return {
    write: (value) => codecOf(value.kind).write(value),
    read: (stored) => (isObject(stored) ? codecOf(stored.kind).read(stored) : invalid()),
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
