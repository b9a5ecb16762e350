/**
 * Parses JSON text a store wrote. Answers `undefined` for anything that is not a string or not
 * JSON, so that the caller reports the record as corrupt.
 *
 * @example
 * ```ts
 * parseStoredJson('{"a":1}'); // { a: 1 }
 * parseStoredJson('{'); // undefined
 * ```
 */
export const parseStoredJson = (text: unknown): unknown => {
  if (typeof text !== 'string') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
};
