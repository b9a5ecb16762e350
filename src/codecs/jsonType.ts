/**
 * The JSON type of a value, for error reports that must not contain the value itself:
 * `'string'`, `'number'`, `'boolean'`, `'null'`, `'object'`, `'array'`, `'undefined'` (missing),
 * and for numbers `JSON.parse` could not keep exactly `'non-finite number'` / `'unsafe integer'`.
 */
export function jsonType(u: unknown): string {
  if (u === null) return 'null';
  if (Array.isArray(u)) return 'array';
  if (typeof u === 'number') {
    if (!Number.isFinite(u)) return 'non-finite number';
    if (Number.isInteger(u) && !Number.isSafeInteger(u)) return 'unsafe integer';
    return 'number';
  }
  return typeof u;
}
