/**
 * Arrays matched by custom-field id rather than by position: `fields`, `client.fields`,
 * `fieldDataList`, `client.fieldDataList`, and any other array of the same kind. The rule looks at
 * content, not at names, so it is the same wherever it is applied (diff, fingerprint, tests):
 *
 * an array is *id-keyed* when it is not empty, every element is an object (not an array) with a
 * safe-integer `schedulerPreferenceFieldDefnId`, and no id repeats. Anything else (an element
 * without an id, a repeated id) is compared element by element.
 */

/** The key TimeTap uses to identify a custom field. */
export const FIELD_ID = 'schedulerPreferenceFieldDefnId';

/** The custom-field id of an array element, or `undefined` when it has none. */
export function fieldIdOf(element: unknown): number | undefined {
  if (typeof element !== 'object' || element === null || Array.isArray(element)) return undefined;
  const id = (element as Record<string, unknown>)[FIELD_ID];
  // `(id | 0) === id` settles the usual (31-bit) ids without a call.
  return typeof id === 'number' && ((id | 0) === id || Number.isSafeInteger(id)) ? id : undefined;
}

/**
 * The custom-field ids of `array`'s elements, in order, when the array is matched by id (see the
 * module comment); `undefined` when it is not.
 */
export function fieldIds(array: ReadonlyArray<unknown>): number[] | undefined {
  const n = array.length;
  if (n === 0) return undefined;
  const ids: number[] = [];
  if (n > 32) {
    const seen = new Set<number>();
    for (let i = 0; i < n; i++) {
      const id = fieldIdOf(array[i]);
      if (id === undefined || seen.has(id)) return undefined;
      seen.add(id);
      ids.push(id);
    }
    return ids;
  }
  // Small arrays (the usual 5-30 fields): a quadratic scan beats allocating a Set.
  for (let i = 0; i < n; i++) {
    const id = fieldIdOf(array[i]);
    if (id === undefined) return undefined;
    for (let j = 0; j < i; j++) if (ids[j] === id) return undefined;
    ids.push(id);
  }
  return ids;
}

/** `true` when `array` is matched by custom-field id (see the module comment). */
export function isFieldIdArray(array: ReadonlyArray<unknown>): boolean {
  return fieldIds(array) !== undefined;
}
