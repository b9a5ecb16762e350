import { TimeTapStoreError } from './TimeTapStoreError';

/** Deeper than any body the decoder accepts (its default depth limit is far below). */
const MAX_DEPTH = 1000;

/** Throws a `TypeError` (naming no value) on anything `frozenCopy` refuses; copies nothing. */
function check(value: unknown, depth: number): void {
  switch (typeof value) {
    case 'string':
    case 'boolean':
    case 'undefined': // left out of objects, `null` in arrays: what JSON.stringify does
      return;
    case 'number':
      if (Number.isFinite(value)) return;
      throw new TypeError('A number that is not finite cannot be stored as JSON.');
    case 'object':
      break;
    default:
      throw new TypeError(`A ${typeof value} cannot be stored as JSON.`);
  }
  if (value === null) return;
  if (depth > MAX_DEPTH) throw new TypeError('The value is nested too deeply (or holds a cycle).');
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) check(value[i], depth + 1);
    return;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) throw new TypeError('An object that is not a plain object cannot be stored as JSON.');
  const record = value as Readonly<Record<string, unknown>>;
  for (const key of Object.keys(record)) check(record[key], depth + 1);
}

/**
 * The JSON text a database store writes for a snapshot or an event. Accepts exactly what the
 * memory store accepts (plain JSON data; keys holding `undefined` are left out) and rejects the
 * rest (functions, symbols, bigints, numbers that are not finite, `Date`s and other class
 * instances, cycles) with an `InvalidAppointment` {@link TimeTapStoreError}, as the memory store
 * does, instead of writing something that would not read back the same.
 *
 * @example
 * ```ts
 * storableJson({ calendarid: 1, status: 'OPEN' }); // '{"calendarid":1,"status":"OPEN"}'
 * ```
 */
export function storableJson(value: unknown): string {
  try {
    if (typeof value !== 'object' || value === null) throw new TypeError('Only an object can be stored.');
    check(value, 0);
  } catch (e) {
    throw new TimeTapStoreError({
      _tag: 'InvalidAppointment',
      message: `The appointment cannot be stored as JSON: ${e instanceof Error ? e.message : 'unknown reason'}`,
    });
  }
  return JSON.stringify(value);
}
