// Used by the testing toolkit (`timetap-webhooks/testing`) only.

/**
 * Deep equality of two JSON values as a database keeps them: object key order does not count (a
 * PostgreSQL `jsonb` column sorts keys), a key whose value is `undefined` counts as absent (as in
 * `JSON.stringify`). Answers the first path that differs, or `undefined` when equal; the path
 * names keys and indexes, never values.
 */
export function firstDifference(actual: unknown, expected: unknown, path = '(root)'): string | undefined {
  if (Object.is(actual, expected)) return undefined;
  if (typeof actual !== 'object' || typeof expected !== 'object' || actual === null || expected === null) {
    return actual === expected ? undefined : path;
  }
  if (Array.isArray(actual) !== Array.isArray(expected)) return path;
  if (Array.isArray(actual) && Array.isArray(expected)) {
    if (actual.length !== expected.length) return `${path} (length)`;
    for (let i = 0; i < actual.length; i++) {
      const found = firstDifference(actual[i], expected[i], `${path}[${i}]`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  const a = actual as Readonly<Record<string, unknown>>;
  const e = expected as Readonly<Record<string, unknown>>;
  const keys = new Set([...Object.keys(a), ...Object.keys(e)]);
  for (const key of keys) {
    const found = firstDifference(a[key], e[key], path === '(root)' ? key : `${path}.${key}`);
    if (found !== undefined) return found;
  }
  return undefined;
}
