import type { AppointmentChange } from '../../src';

// A deliberately independent reading of the change paths (no import from src/diff), so that
// the round-trip property checks the paths `diffAppointments` prints, not a shared parser.

type Step = { readonly key: string } | { readonly index: number } | { readonly id: number };

const STEP = /(^|\.)([A-Za-z_$][A-Za-z0-9_$]*)|\[id=(-?\d+)\]|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;

/** `fields[id=107740].value` → `[{ key: 'fields' }, { id: 107740 }, { key: 'value' }]`. */
export function readPath(path: string): Step[] {
  const steps: Step[] = [];
  STEP.lastIndex = 0;
  while (STEP.lastIndex < path.length) {
    const m = STEP.exec(path);
    if (m === null) throw new Error(`unreadable path: ${path}`);
    if (m[2] !== undefined) steps.push({ key: m[2] });
    else if (m[3] !== undefined) steps.push({ id: Number(m[3]) });
    else if (m[4] !== undefined) steps.push({ index: Number(m[4]) });
    else steps.push({ key: JSON.parse(m[5] as string) as string });
  }
  return steps;
}

type Json = Record<string, unknown> | unknown[];

function isPlainObject(u: unknown): u is Record<string, unknown> {
  return typeof u === 'object' && u !== null && !Array.isArray(u);
}

function idOf(u: unknown): unknown {
  return isPlainObject(u) ? u.schedulerPreferenceFieldDefnId : undefined;
}

function child(container: unknown, step: Step): unknown {
  if ('key' in step) return (container as Record<string, unknown>)[step.key];
  if ('index' in step) return (container as unknown[])[step.index];
  return (container as unknown[]).find((e) => idOf(e) === step.id);
}

function setKey(o: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Applies `changes` (as `diffAppointments(before, after)` reported them) to a copy of `before`.
 * Elements added to an id-keyed array are appended; positional removals are applied last, from
 * the highest index down.
 */
export function applyChanges(before: unknown, changes: ReadonlyArray<AppointmentChange>): unknown {
  let root: unknown = structuredClone(before);
  const removals: { readonly array: unknown[]; readonly index: number }[] = [];
  for (const change of changes) {
    const steps = readPath(change.path);
    const value = change.kind === 'removed' ? undefined : structuredClone(change.after);
    const last = steps.pop();
    if (last === undefined) {
      root = value;
      continue;
    }
    let parent: unknown = root;
    for (const step of steps) parent = child(parent, step);
    const container = parent as Json;
    if ('key' in last) {
      if (change.kind === 'removed') delete (container as Record<string, unknown>)[last.key];
      else setKey(container as Record<string, unknown>, last.key, value);
    } else if ('index' in last) {
      if (change.kind === 'removed') removals.push({ array: container as unknown[], index: last.index });
      else (container as unknown[])[last.index] = value;
    } else {
      const array = container as unknown[];
      const at = array.findIndex((e) => idOf(e) === last.id);
      if (change.kind === 'added') array.push(value);
      else if (change.kind === 'removed') array.splice(at, 1);
      else array[at] = value;
    }
  }
  removals.sort((p, q) => q.index - p.index).forEach(({ array, index }) => array.splice(index, 1));
  return root;
}

/** An id-keyed array, by the rule the README states: non-empty, every element has a unique safe-integer id. */
export function isIdKeyed(array: ReadonlyArray<unknown>): boolean {
  const ids = array.map(idOf);
  return array.length > 0 && ids.every((id) => Number.isSafeInteger(id)) && new Set(ids).size === ids.length;
}

/**
 * A canonical copy for comparisons: id-keyed arrays sorted by id, keys holding `undefined`
 * dropped, keys sorted. Two values are "the same content" when their canonical JSON is equal.
 */
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(canonical);
    return isIdKeyed(value) ? items.sort((p, q) => (idOf(p) as number) - (idOf(q) as number)) : items;
  }
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      if (value[key] !== undefined) setKey(out, key, canonical(value[key]));
    }
    return out;
  }
  return value;
}

/** A copy without the (simple, key-only) `paths`, for an oracle of "equal outside the ignored paths". */
export function withoutPaths(value: unknown, paths: ReadonlyArray<string>): unknown {
  const copy = structuredClone(value);
  for (const path of paths) {
    const steps = readPath(path);
    const last = steps.pop();
    let parent: unknown = copy;
    for (const step of steps) parent = isPlainObject(parent) || Array.isArray(parent) ? child(parent, step) : undefined;
    if (last !== undefined && 'key' in last && isPlainObject(parent)) delete parent[last.key];
  }
  return copy;
}
