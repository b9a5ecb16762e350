/**
 * Reads an integer as a store hands it back: a number, or the decimal text of one (as PostgreSQL
 * returns `bigint::text` and Redis returns replies). Answers `undefined` for anything else, and for
 * integers beyond `Number.MAX_SAFE_INTEGER`.
 *
 * @example
 * ```ts
 * readStoredInteger('42'); // 42
 * readStoredInteger('4.2'); // undefined
 * ```
 */
export const readStoredInteger = (u: unknown): number | undefined => {
  const n = typeof u === 'number' ? u : typeof u === 'string' && /^-?[0-9]{1,16}$/.test(u) ? Number(u) : Number.NaN;
  return Number.isSafeInteger(n) ? n : undefined;
};
