// Node's own modules where the extension host is Node, reached without an import: the web bundle, for the browser's
// web worker host, holds none of them, and there `builtin` finds nothing.

/** A Node module by name (`node:fs`), or undefined where the host is not Node. */
export function builtin<T>(name: string): T | undefined {
  const host = typeof process === 'undefined' ? undefined : (process as { getBuiltinModule?: (name: string) => unknown });
  return host?.getBuiltinModule?.(name) as T | undefined;
}
