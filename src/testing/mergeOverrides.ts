/**
 * Deep-partial overrides for the testing builders: `base` with `overrides` laid over it, as a fresh
 * copy that shares no object or array with either argument.
 *
 * - Plain objects merge key by key, recursively.
 * - Anything else in `overrides` (an array, a primitive, `null`) replaces the base value: arrays
 *   are replaced, not merged by index.
 * - A key present in `overrides` with the value `undefined` removes the key (TimeTap omits empty
 *   keys rather than sending them).
 *
 * Keys are defined, never assigned, so a `__proto__` key stays an own key (and is then rejected
 * by the decoder) instead of changing a prototype.
 */
export function mergeOverrides(base: unknown, overrides: unknown): unknown {
  if (overrides === undefined) return copy(base);
  if (!isPlainObject(base) || !isPlainObject(overrides)) return copy(overrides);
  const out: Record<string, unknown> = {};
  // Base keys keep their order; keys new in `overrides` follow.
  for (const key of Object.keys(base)) {
    if (!hasOwn(overrides, key)) define(out, key, copy(base[key]));
    else if (overrides[key] !== undefined) define(out, key, mergeOverrides(base[key], overrides[key]));
  }
  for (const key of Object.keys(overrides)) {
    if (!hasOwn(base, key) && overrides[key] !== undefined) define(out, key, copy(overrides[key]));
  }
  return out;
}

/** A deep copy of plain objects and arrays; other values are kept as they are. */
function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy);
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) define(out, key, copy(value[key]));
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function hasOwn(object: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

function define(object: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}
