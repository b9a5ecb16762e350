import { frozenCopy } from './frozenCopy';
import { TimeTapStoreError } from './TimeTapStoreError';

/**
 * The JSON text a database store writes for a snapshot or an event summary. Accepts exactly what
 * the memory store accepts (plain JSON data; keys holding `undefined` are left out) and rejects
 * the rest (functions, bigints, numbers that are not finite, `Date`s and other class instances,
 * cycles) with an `InvalidAppointment` {@link TimeTapStoreError}, as the memory store does,
 * instead of writing something that would not read back the same.
 *
 * @example
 * ```ts
 * storableJson({ calendarid: 1, status: 'OPEN' }); // '{"calendarid":1,"status":"OPEN"}'
 * ```
 */
export function storableJson(value: unknown): string {
  let copy: unknown;
  try {
    copy = frozenCopy(value);
  } catch (e) {
    throw new TimeTapStoreError({
      _tag: 'InvalidAppointment',
      message: `The appointment cannot be stored as JSON: ${e instanceof Error ? e.message : 'unknown reason'}`,
    });
  }
  return JSON.stringify(copy);
}
