import { none, some, toNullable } from 'fp-ts/lib/Option.js';
import type { AppointmentChangeKind, AppointmentChangeSummary } from './AppointmentChangeSummary';
import { appointmentStaff } from '../codecs/appointmentStaff';
import type { Appointment } from '../codecs/Appointment';
import {
  clientChanged, effectiveStatus, isCancelledState, isDeletedState, otherRecord, slotMoved, slotOf, statusDiffers,
} from './appointmentFacts';
import { customFieldChanges } from './customFieldChanges';
import { diffTree, toAppointmentChanges } from './diffTree';
import { ignoreTrie } from './ignoreTrie';
import { VOLATILE_PATHS } from './VOLATILE_PATHS';

/** Options of {@link classifyAppointmentChange}. */
export interface ClassifyAppointmentChangeOptions {
  /**
   * Paths (or prefixes) whose changes do not count: they are left out of `changes`,
   * `customFields` and `clientChanged`, and alone they make `'unchanged'`. Default
   * `VOLATILE_PATHS`; extend it rather than replace it: `[...VOLATILE_PATHS, 'auditReferralId']`.
   * The status, time, staff, location and service facts read their keys directly and are not
   * affected.
   */
  readonly ignore?: ReadonlyArray<string>;
}

const CREATED: AppointmentChangeSummary = Object.freeze({
  kind: 'created',
  statusChanged: none,
  rescheduled: none,
  staffChanged: false,
  locationChanged: false,
  reasonChanged: false,
  clientChanged: false,
  customFields: Object.freeze([]),
  changes: Object.freeze([]),
});

/**
 * What happened between the snapshot you stored (`before`, `undefined` when you have none) and
 * the one TimeTap just delivered (`after`). TimeTap sends the whole appointment for every event
 * and never says which event it was; this answers that as data. Pure; never throws on decoded
 * appointments.
 *
 * The `kind`, first match wins:
 * 1. `'created'`: no `before` (whatever the status of `after`);
 * 2. `'deleted'`: `after` has status `DELETED` or `deleted: true` (also when `before` already was);
 * 3. `'cancelled'`: the status became `CANCELLED`;
 * 4. `'restored'`: `before` was `CANCELLED` or deleted, `after` is neither;
 * 5. `'rescheduled'`: a date or time key present in both denotes another time (`startDate`,
 *    `startTime`, `startDateTimeUTC`, `apptDateTime`, … see `AppointmentSlot`); a new spelling of
 *    the same instant or wall clock (`'2025-04-15'` for `'2025-04-15T00:00:00'`, epoch ms for an
 *    ISO stamp) is not a reschedule;
 * 6. `'reassigned'`: another staff member (`staff ?? professional`, by `professionalId`),
 *    location (`locationId`) or service (`reason.reasonId`);
 * 7. `'updated'`: every other change outside the ignored paths (default `VOLATILE_PATHS`);
 * 8. `'unchanged'`.
 *
 * Statuses compare case-insensitively (`'open'` → `'OPEN'` is no status change); when `status`
 * is absent, `displayStatus` stands in. Such spelling changes still appear in `changes` (the value
 * as sent did change), so alone they make `'updated'`, with `statusChanged` / `rescheduled` `None`.
 * Drop stale deliveries first (`isStaleDelivery`): classifying an older snapshot against a newer
 * one reports the change backwards.
 *
 * @example
 * ```ts
 * import { classifyAppointmentChange } from 'timetap-webhooks';
 * const booked = { calendarid: 1, status: 'OPEN', startDate: '2025-04-15T00:00:00', startTime: 1000 };
 * const moved = { ...booked, startDate: '2025-04-17T00:00:00', startTime: 1430, updateSequence: 1 };
 * classifyAppointmentChange(undefined, booked).kind; // 'created'
 * classifyAppointmentChange(booked, moved).kind; // 'rescheduled'
 * classifyAppointmentChange(moved, { ...moved, status: 'CANCELLED' }).kind; // 'cancelled'
 * ```
 */
export function classifyAppointmentChange(
  before: Appointment | undefined,
  after: Appointment,
  options?: ClassifyAppointmentChangeOptions,
): AppointmentChangeSummary {
  if (before === undefined) return CREATED;
  const ignore = ignoreTrie(options?.ignore ?? VOLATILE_PATHS);
  const raw = diffTree(before, after, ignore);

  const from = effectiveStatus(before);
  const to = effectiveStatus(after);
  const moved = slotMoved(before, after);
  const staffChanged = otherRecord(
    toNullable(appointmentStaff(before)),
    toNullable(appointmentStaff(after)),
    'professionalId',
  );
  const locationChanged = otherRecord(before.location, after.location, 'locationId');
  const reasonChanged = otherRecord(before.reason, after.reason, 'reasonId');

  let kind: AppointmentChangeKind;
  if (isDeletedState(after)) kind = 'deleted';
  else if (isCancelledState(after) && !isCancelledState(before)) kind = 'cancelled';
  else if ((isCancelledState(before) || isDeletedState(before)) && !isCancelledState(after)) kind = 'restored';
  else if (moved) kind = 'rescheduled';
  else if (staffChanged || locationChanged || reasonChanged) kind = 'reassigned';
  else kind = raw.length > 0 ? 'updated' : 'unchanged';

  return {
    kind,
    statusChanged: statusDiffers(from, to) ? some({ from, to }) : none,
    rescheduled: moved ? some({ from: slotOf(before), to: slotOf(after) }) : none,
    staffChanged,
    locationChanged,
    reasonChanged,
    clientChanged: clientChanged(raw),
    customFields: customFieldChanges(raw, before, after, ignore),
    changes: toAppointmentChanges(raw),
  };
}
