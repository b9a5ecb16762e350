/**
 * Lower bounds for the diff's time, measured next to `diffAppointments` on the same snapshots.
 * A diff that is deep over every key (as `diffAppointments` is) has to read every value of both snapshots and
 * compare them; these two functions do only that, with nothing a diff adds (no paths, no
 * custom-field matching, no ignore list, no sorting), written the fastest way we found on V8:
 * `for…in` with the loop's own object as receiver (served from the enumeration cache).
 */

/** Visits every value of a JSON tree once and counts the leaves (the cost of reading one snapshot). */
export function countLeaves(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 1;
  let leaves = 0;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) leaves += countLeaves(value[i]);
    return leaves;
  }
  const record = value as Record<string, unknown>;
  for (const key in record) leaves += countLeaves(record[key]);
  return leaves;
}

// Keys and values of the objects on the current path, used as a stack (see `sameObject`).
const keys: string[] = [];
const values: unknown[] = [];
let top = 0;

/**
 * `true` when two JSON trees are equal, with objects listing their keys in the same order (two
 * snapshots from one serializer do). The minimum a full comparison does: each object is read in
 * its own `for…in` (the left one into a buffer, the right one compared against it).
 */
export function sameTree(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (typeof x !== 'object' || x === null || typeof y !== 'object' || y === null) return false;
  if (Array.isArray(x)) {
    if (!Array.isArray(y) || x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i] && !sameTree(x[i], y[i])) return false;
    return true;
  }
  return !Array.isArray(y) && sameObject(x as Record<string, unknown>, y as Record<string, unknown>);
}

function sameObject(x: Record<string, unknown>, y: Record<string, unknown>): boolean {
  const base = top;
  let n = base;
  for (const key in x) {
    keys[n] = key;
    values[n] = x[key];
    n++;
  }
  top = n;
  let i = base;
  let same = true;
  for (const key in y) {
    if (i === n || keys[i] !== key) {
      same = false;
      break;
    }
    const vx = values[i];
    const vy = y[key];
    i++;
    if (vx !== vy && !sameTree(vx, vy)) {
      same = false;
      break;
    }
  }
  top = base; // values stay referenced until overwritten: fine for a benchmark helper
  return same && i === n;
}

/**
 * Visits every value of a tree the way a check that never runs a getter has to (the decoder's rule
 * for an object a framework parsed): each key's own property descriptor instead of a plain read,
 * and each container's real prototype. Counts the leaves; `NaN` for an accessor or an exotic
 * prototype. The least such a check costs, before it tests anything.
 */
export function countLeavesByDescriptor(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 1;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== Array.prototype && prototype !== null) return Number.NaN;
  let leaves = 0;
  for (const key of Object.keys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor === undefined || descriptor.get !== undefined || descriptor.set !== undefined) return Number.NaN;
    leaves += countLeavesByDescriptor(descriptor.value);
  }
  return leaves;
}
