// Values that activating the extension does not need (zod schemas, the markdown-it instance, yaml) are
// built on their first use, so loading the bundle stays cheap (issue 10). It lives in the first stage
// so that every stage can use it.

const built: string[] = [];

/** A getter that builds its value on the first call and returns that same value ever after. */
export function onFirstUse<T>(name: string, build: () => T): () => T {
  let value: { built: T } | undefined;
  return () => {
    if (!value) {
      value = { built: build() };
      built.push(name);
    }
    return value.built;
  };
}

/** The names of the values built so far, first built first: the unit test that guards activation reads it. */
export function builtSoFar(): readonly string[] {
  return [...built];
}
