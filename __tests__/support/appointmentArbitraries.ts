import fc from 'fast-check';
import { parseAppointmentWebhook, VOLATILE_PATHS, type Appointment } from '../../src';
import { isIdKeyed } from './applyChanges';
import { validFixtures } from './fixtures';
import { decodeAppointment } from './decodeAppointment';

// fast-check arbitraries for diffing: real fixture bodies, mutated the way later deliveries of
// one appointment differ (answers, added/removed fields, unknown keys, bookkeeping, key order).
// Every generated value is decoded with parseAppointmentWebhook: a mutation that would make the
// body invalid is skipped, so the properties only ever see real `Appointment`s.

type Obj = Record<string, unknown>;

const bases: ReadonlyArray<Appointment> = validFixtures().map((f) => decodeAppointment(f.bytes));

function isObj(u: unknown): u is Obj {
  return typeof u === 'object' && u !== null && !Array.isArray(u);
}

/** Every container (object or array) in `value`, with the value itself first. */
export function containers(value: unknown): (Obj | unknown[])[] {
  const out: (Obj | unknown[])[] = [];
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      out.push(v);
      stack.push(...v);
    } else if (isObj(v)) {
      out.push(v);
      stack.push(...Object.values(v));
    }
  }
  return out;
}

function pick<T>(items: ReadonlyArray<T>, n: number): T | undefined {
  return items.length === 0 ? undefined : items[n % items.length];
}

/** A deterministic shuffle driven by `seed`. */
function shuffled<T>(items: ReadonlyArray<T>, seed: number): T[] {
  const out = [...items];
  let s = seed | 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) | 0;
    const j = (s >>> 8) % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * The same value with every object's keys in a new order and, unless `keysOnly`, every id-keyed
 * array's elements too (both are "the same content").
 */
export function reorder(value: unknown, seed: number, keysOnly = false): unknown {
  if (Array.isArray(value)) {
    const items = value.map((v, i) => reorder(v, seed + i, keysOnly));
    return !keysOnly && isIdKeyed(items) ? shuffled(items, seed) : items;
  }
  if (!isObj(value)) return value;
  const out: Obj = {};
  for (const key of shuffled(Object.keys(value), seed)) {
    const v = reorder(value[key], seed * 31 + key.length, keysOnly);
    Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

export const FIELD_ARRAYS = ['fields', 'fieldDataList'] as const;

/** Where custom fields live in `a`: the top-level and the client's copies. */
function fieldArrays(a: Obj): unknown[][] {
  const owners = [a, isObj(a.client) ? a.client : undefined];
  return owners.flatMap((o) => (o === undefined ? [] : FIELD_ARRAYS.map((k) => o[k]).filter(Array.isArray)));
}

type Op = (a: Obj) => void;

const text = fc.oneof(fc.constantFrom('', 'Maya', 'In person', '312-555-0199', 'x.y', 'ü 🙂'), fc.string({ maxLength: 12 }));
const scalar = fc.oneof(text, fc.integer({ min: -5, max: 3000 }), fc.constantFrom(1741620000000, 0.5, -0, true, false, null));

const setLeaf: fc.Arbitrary<Op> = fc.tuple(fc.nat(), fc.nat(), scalar).map(([c, k, v]) => (a) => {
  const o = pick(containers(a).filter(isObj), c);
  const key = o && pick(Object.keys(o).filter((x) => x !== 'calendarid' && x !== 'calendarId'), k);
  if (o && key !== undefined && typeof o[key] !== 'object') o[key] = typeof o[key] === 'boolean' ? !o[key] : v;
});

const deleteKey: fc.Arbitrary<Op> = fc.tuple(fc.nat(), fc.nat()).map(([c, k]) => (a) => {
  const o = pick(containers(a).filter(isObj), c);
  const key = o && pick(Object.keys(o).filter((x) => x !== 'calendarid' && x !== 'calendarId'), k);
  if (o && key !== undefined) delete o[key];
});

/** A key kept but set to `undefined` (the `{ ...a, note: undefined }` idiom), or such a key added. */
const blankKey: fc.Arbitrary<Op> = fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('note', 'price', 'status', 'meetingLink')).map(([c, k, extra]) => (a) => {
  const o = pick(containers(a).filter(isObj), c);
  if (o === undefined) return;
  const key = k % 3 === 0 ? extra : pick(Object.keys(o).filter((x) => x !== 'calendarid' && x !== 'calendarId'), k);
  if (key !== undefined) Object.defineProperty(o, key, { value: undefined, enumerable: true, writable: true, configurable: true });
});

const addKey: fc.Arbitrary<Op> = fc
  .tuple(fc.nat(), fc.oneof(fc.constantFrom('meetingLink', 'x.y', 'odd key', 'value', 'label', '0', 'toString', 'constructor'), fc.string({ maxLength: 6 })), fc.jsonValue({ maxDepth: 2 }))
  .map(([c, key, v]) => (a) => {
    const o = pick(containers(a).filter(isObj), c);
    if (o && key !== '__proto__') Object.defineProperty(o, key, { value: v, enumerable: true, writable: true, configurable: true });
  });

const setAnswer: fc.Arbitrary<Op> = fc.tuple(fc.nat(), fc.nat(), fc.option(text, { nil: undefined })).map(([l, e, v]) => (a) => {
  const entry = pick(pick(fieldArrays(a), l) ?? [], e);
  if (!isObj(entry)) return;
  if (v === undefined) delete entry.value;
  else entry.value = v;
});

const addField: fc.Arbitrary<Op> = fc
  .tuple(fc.nat(), fc.integer({ min: 510000, max: 510010 }), text)
  .map(([l, id, value]) => (a) => {
    const list = pick(fieldArrays(a), l);
    list?.push({ schedulerPreferenceFieldDefnId: id, label: `Field ${id}`, mode: 'APPT', value });
  });

/** A custom-field list no longer matched by id: an entry without an id, or a repeated one. */
const unmatchFields: fc.Arbitrary<Op> = fc.tuple(fc.nat(), fc.nat(), fc.boolean()).map(([l, e, repeat]) => (a) => {
  const list = pick(fieldArrays(a), l);
  if (list === undefined) return;
  const entry = pick(list, e);
  list.push(repeat && isObj(entry) ? { ...entry } : { label: 'No id', mode: 'APPT', value: 'x' });
});

const removeElement: fc.Arbitrary<Op> = fc.tuple(fc.nat(), fc.nat()).map(([c, e]) => (a) => {
  const array = pick(containers(a).filter(Array.isArray), c);
  if (array && array.length > 0) array.splice(e % array.length, 1);
});

const pushElement: fc.Arbitrary<Op> = fc.tuple(fc.nat(), fc.jsonValue({ maxDepth: 1 })).map(([c, v]) => (a) => {
  pick(containers(a).filter(Array.isArray), c)?.push(v);
});

/** A custom-field list emptied, or cut down to one entry (ids ignored in tests then meet empty lists). */
const trimFields: fc.Arbitrary<Op> = fc.tuple(fc.nat(), fc.boolean()).map(([l, keepOne]) => (a) => {
  const list = pick(fieldArrays(a), l);
  list?.splice(keepOne ? 1 : 0);
});

const shuffleFields: fc.Arbitrary<Op> = fc.nat().map((seed) => (a) => {
  for (const list of fieldArrays(a)) list.splice(0, list.length, ...shuffled(list, seed));
});

const touchVolatile: fc.Arbitrary<Op> = fc.tuple(fc.nat(), fc.integer({ min: 0, max: 9 })).map(([p, n]) => (a) => {
  const path = pick(VOLATILE_PATHS, p) as string;
  const [first, second] = path.split('.') as [string, string | undefined];
  const owner = second === undefined ? a : a[first];
  const key = second ?? first;
  if (!isObj(owner)) return;
  if (key === 'updateSequence') owner[key] = n;
  else if (key.startsWith('reminderSent')) owner[key] = n % 2 === 0;
  else if (key === 'dateFactory') owner[key] = { dateId: 7000 + n, day: n + 1 };
  else if (key.endsWith('Json')) owner[key] = `[{"n":${n}}]`;
  else owner[key] = key.toLowerCase().includes('date') ? `2025-04-1${n}T10:00:00` : `user${n}`;
});

/** Any mutation a later delivery might carry. */
export const mutation: fc.Arbitrary<Op> = fc.oneof(
  setLeaf, deleteKey, blankKey, addKey, setAnswer, setAnswer, addField, unmatchFields, removeElement, pushElement, shuffleFields, trimFields, touchVolatile,
);
/** Mutations of the bookkeeping keys only. */
export const volatileMutation: fc.Arbitrary<Op> = touchVolatile;

/** Applies the mutations that keep the body decodable, one by one, to a copy of `base`. */
export function mutate(base: Appointment, ops: ReadonlyArray<Op>): Appointment {
  let current = base;
  for (const op of ops) {
    const copy = structuredClone(current) as Obj;
    op(copy);
    const decoded = parseAppointmentWebhook(copy);
    if (decoded._tag === 'Right') current = decoded.right;
  }
  return current;
}

/** A decoded fixture body. */
export const fixtureAppointment: fc.Arbitrary<Appointment> = fc.constantFrom(...bases);

/** A fixture body after 0-6 mutations. */
export const appointment: fc.Arbitrary<Appointment> = fc
  .tuple(fixtureAppointment, fc.array(mutation, { maxLength: 6 }))
  .map(([base, ops]) => mutate(base, ops));

/**
 * Two deliveries of one appointment: the same fixture, each side mutated independently, and
 * sometimes one side only reordered (same content) or only its bookkeeping touched.
 */
export const appointmentPair: fc.Arbitrary<readonly [Appointment, Appointment]> = fc.oneof(
  fc.tuple(fixtureAppointment, fc.array(mutation, { maxLength: 5 }), fc.array(mutation, { maxLength: 5 })).map(
    ([base, x, y]) => [mutate(base, x), mutate(base, y)] as const,
  ),
  fc.tuple(appointment, fc.nat()).map(([a, seed]) => [a, decodeAppointment(reorder(a, seed))] as const),
  fc.tuple(appointment, fc.array(volatileMutation, { minLength: 1, maxLength: 3 }), fc.nat()).map(
    ([a, ops, seed]) => [a, decodeAppointment(reorder(mutate(a, ops), seed))] as const,
  ),
);
