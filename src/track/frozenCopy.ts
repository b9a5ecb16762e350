/**
 * A deep copy of JSON data, every object and array of it frozen: what a database store would
 * give back after writing the value as JSON, without the text in between. Keys whose value is
 * `undefined` are left out and `undefined` array items become `null`, as `JSON.stringify` does.
 * Throws a `TypeError` (naming no value) on anything JSON cannot hold: functions, symbols,
 * bigints, numbers that are not finite, objects that are not plain (a `Date`, a `Map`), cycles.
 */
export function frozenCopy(value: unknown, depth = 0): unknown {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      if (Number.isFinite(value)) return value;
      throw new TypeError('A number that is not finite cannot be stored as JSON.');
    case 'object':
      break;
    default:
      throw new TypeError(`A ${typeof value} cannot be stored as JSON.`);
  }
  if (value === null) return null;
  if (depth > MAX_DEPTH) throw new TypeError('The value is nested too deeply (or holds a cycle).');
  if (Array.isArray(value)) {
    const copy = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      copy[i] = item === undefined ? null : frozenCopy(item, depth + 1);
    }
    return Object.freeze(copy);
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) throw new TypeError('An object that is not a plain object cannot be stored as JSON.');
  const source = value as Readonly<Record<string, unknown>>;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(source)) {
    const item = source[key];
    if (item === undefined) continue;
    if (key === '__proto__') Object.defineProperty(copy, key, { value: frozenCopy(item, depth + 1), enumerable: true });
    else copy[key] = frozenCopy(item, depth + 1);
  }
  return Object.freeze(copy);
}

/** Deeper than any body the decoder accepts (its default depth limit is far below). */
const MAX_DEPTH = 1000;
