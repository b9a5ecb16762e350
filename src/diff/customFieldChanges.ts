import type { CustomFieldChange } from './AppointmentChangeSummary';
import type { Appointment } from '../codecs/Appointment';
import type { RawChange } from './diffTree';
import { fieldIdOf } from './fieldIdArray';
import { idChild, keyChild, type IgnoreNode } from './ignoreTrie';

interface Source {
  readonly path: ReadonlyArray<string>;
  readonly read: (a: Appointment) => unknown;
}

/** Where answers live, in order of preference when two copies disagree. */
const SOURCES: ReadonlyArray<Source> = [
  { path: ['fields'], read: (a) => a.fields },
  { path: ['client', 'fields'], read: (a) => a.client?.fields },
  { path: ['fieldDataList'], read: (a) => a.fieldDataList },
  { path: ['client', 'fieldDataList'], read: (a) => a.client?.fieldDataList },
];

/** The change is at, above or below `path`. */
function touches(change: RawChange, path: ReadonlyArray<string>): boolean {
  const n = Math.min(change.segments.length, path.length);
  for (let i = 0; i < n; i++) if (change.segments[i] !== path[i]) return false;
  return true;
}

function answer(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** id → answer (`value`) of each element carrying an id; the first wins when an id repeats. */
function answersOf(array: unknown): Map<number, string | null> {
  const out = new Map<number, string | null>();
  if (!Array.isArray(array)) return out;
  for (const element of array) {
    const id = fieldIdOf(element);
    if (id !== undefined && !out.has(id)) out.set(id, answer((element as Record<string, unknown>).value));
  }
  return out;
}

function labelOf(id: number, snapshots: ReadonlyArray<Appointment>): string | null {
  for (const a of snapshots) {
    for (const list of [a.fields, a.client?.fields]) {
      if (!Array.isArray(list)) continue;
      for (const field of list) {
        if (fieldIdOf(field) === id && typeof field?.label === 'string') return field.label;
      }
    }
  }
  return null;
}

/**
 * The changed custom-field answers: for each answer array that the diff touched, compare the
 * answers by id; one entry per id (the first source wins), sorted by id. Ids and `value`s left
 * out by `ignore` are skipped.
 */
export function customFieldChanges(
  changes: ReadonlyArray<RawChange>,
  before: Appointment,
  after: Appointment,
  ignore: IgnoreNode | undefined,
): CustomFieldChange[] {
  const found = new Map<number, CustomFieldChange>();
  for (const source of SOURCES) {
    if (!changes.some((c) => touches(c, source.path))) continue;
    let node = ignore;
    let ignored = false;
    for (const key of source.path) {
      node = keyChild(node, key);
      ignored ||= node?.terminal === true;
    }
    if (ignored) continue;
    const was = answersOf(source.read(before));
    const now = answersOf(source.read(after));
    const consider = (id: number): void => {
      if (found.has(id)) return;
      const entry = idChild(node, id);
      if (entry?.terminal === true || keyChild(entry, 'value')?.terminal === true) return;
      const x = was.get(id) ?? null;
      const y = now.get(id) ?? null;
      if (x !== y) found.set(id, { id, label: null, before: x, after: y });
    };
    for (const id of was.keys()) consider(id);
    for (const id of now.keys()) consider(id);
  }
  return [...found.values()]
    .sort((p, q) => p.id - q.id)
    .map((c) => ({ ...c, label: labelOf(c.id, [after, before]) }));
}
