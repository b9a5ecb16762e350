/**
 * One difference between two snapshots of an appointment, as {@link diffAppointments} reports it.
 *
 * - `path`: where, in the project's dotted format (`client.emailAddress`, `reason.serviceIds[0]`);
 *   custom-field entries are named by id, not position: `fields[id=107740].value`.
 * - `kind`: `'added'` (only in the later snapshot; `after` set), `'removed'` (only in the
 *   earlier; `before` set) or `'changed'` (both set).
 * - `before` / `after`: the values as decoded (not copies: do not mutate them).
 *
 * @example
 * ```ts
 * import type { AppointmentChange } from 'timetap-webhooks';
 * const change: AppointmentChange = { path: 'startTime', kind: 'changed', before: 1000, after: 1430 };
 * ```
 */
export interface AppointmentChange {
  readonly path: string;
  readonly kind: 'added' | 'removed' | 'changed';
  readonly before?: unknown;
  readonly after?: unknown;
}
