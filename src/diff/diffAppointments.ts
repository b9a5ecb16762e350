import type { AppointmentChange } from './AppointmentChange';
import type { Appointment } from '../codecs/Appointment';
import { diffTree, toAppointmentChanges } from './diffTree';
import { ignoreTrie } from './ignoreTrie';

/** Options of {@link diffAppointments}. */
export interface DiffAppointmentsOptions {
  /**
   * Paths, or path prefixes, to leave out, in the format the changes use (`modifieddate`,
   * `client.fields`, `fields[id=107740]`). Default: none. Pass `VOLATILE_PATHS` to drop the
   * bookkeeping keys. Entries that are not valid paths match nothing.
   */
  readonly ignore?: ReadonlyArray<string>;
}

/**
 * Everything that differs between two snapshots of an appointment, deep, keys the codecs do not
 * model included. Pure, synchronous, never throws on decoded appointments.
 *
 * - Custom-field arrays (`fields`, `client.fields`) and answer arrays (`fieldDataList`,
 *   `client.fieldDataList`, and any array of objects keyed by `schedulerPreferenceFieldDefnId`)
 *   are matched by id: reordering is no change, and paths read `fields[id=107740].value`. An
 *   array with an entry lacking an id, or a repeated id, compares element by element (`[3]`).
 * - Other arrays compare element by element; extra elements are `added` / `removed`.
 * - A key holding `null` is present (`null` → `'x'` is `changed`); an absent key is `added` or
 *   `removed`.
 * - The result is sorted by path, so it does not depend on key order; `diffAppointments(a, a)`
 *   is `[]`.
 *
 * @example
 * ```ts
 * import { diffAppointments, VOLATILE_PATHS } from 'timetap-webhooks';
 * const before = { calendarid: 1, startTime: 1000, fields: [{ schedulerPreferenceFieldDefnId: 107740, value: 'Hi' }] };
 * const after = { calendarid: 1, startTime: 1430, fields: [{ schedulerPreferenceFieldDefnId: 107740, value: 'Hello' }] };
 * diffAppointments(before, after, { ignore: VOLATILE_PATHS });
 * // [ { path: 'fields[id=107740].value', kind: 'changed', before: 'Hi', after: 'Hello' },
 * //   { path: 'startTime', kind: 'changed', before: 1000, after: 1430 } ]
 * ```
 */
export function diffAppointments(
  before: Appointment,
  after: Appointment,
  options?: DiffAppointmentsOptions,
): ReadonlyArray<AppointmentChange> {
  return toAppointmentChanges(diffTree(before, after, ignoreTrie(options?.ignore)));
}
