// One value for what a file repeats (a tag's spelling, its problem's message): 40,000 '#trust' in one file hold
// one string 'trust' and one message, not 40,000 copies of each. Bounded like the lexicon's memo, so a file
// of many distinct spellings cannot grow it without end.
import { MEMO_LIMIT } from '../vocabulary/lexicon';

export class SharedValues<T> {
  private readonly values = new Map<string, T>();

  /** The value kept for `key`, made by `make` the first time. */
  get(key: string, make: (key: string) => T): T {
    let value = this.values.get(key);
    if (value === undefined) {
      value = make(key);
      if (this.values.size >= MEMO_LIMIT) this.values.clear();
      this.values.set(key, value);
    }
    return value;
  }
}

/** The same string, as kept: for spellings. */
export function itself(key: string): string {
  return key;
}
