/**
 * `true` when a freshly parsed JSON value holds `Infinity` or `-Infinity` anywhere: what
 * `JSON.parse` makes of a number literal too large for a double (`1e400`). Used on the fast path
 * only, after the closed appointment check, which bounds the depth by the schema (recursion is
 * safe) but lets any scalar through in open records and keys of undocumented type. Reads numbers
 * and containers only (`x - x` is not 0 only for the infinities; JSON has no NaN).
 */
export function hasInfinity(value: unknown): boolean {
  if (typeof value === 'number') return value - value !== 0;
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (hasInfinity(value[i])) return true;
    return false;
  }
  const record = value as Record<string, unknown>;
  for (const key in record) if (hasInfinity(record[key])) return true;
  return false;
}
