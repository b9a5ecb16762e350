import type { AppointmentSlot } from './AppointmentChangeSummary';
import type { Appointment } from '../codecs/Appointment';
import { sameContent, type RawChange } from './diffTree';
import { readMoment, sameMoment } from '../time/timestamp';

/** The appointment status: `status`, or `displayStatus` when `status` is absent; `null` when neither. */
export function effectiveStatus(a: Appointment): string | null {
  if (typeof a.status === 'string') return a.status;
  return typeof a.displayStatus === 'string' ? a.displayStatus : null;
}

/** Deleted: status `DELETED` (any case) or `deleted: true`. */
export function isDeletedState(a: Appointment): boolean {
  return a.deleted === true || effectiveStatus(a)?.toUpperCase() === 'DELETED';
}

/** Cancelled: status `CANCELLED` (any case). */
export function isCancelledState(a: Appointment): boolean {
  return effectiveStatus(a)?.toUpperCase() === 'CANCELLED';
}

/** `true` when two statuses (either may be `null`) differ other than in letter case. */
export function statusDiffers(from: string | null, to: string | null): boolean {
  return from === null || to === null ? from !== to : from.toUpperCase() !== to.toUpperCase();
}

/** The date and time keys that make up "when" (see `AppointmentSlot`). */
const SLOT_KEYS = [
  'startDate', 'endDate', 'startTime', 'endTime', 'clientStartDate', 'clientEndDate', 'clientStartTime',
  'clientEndTime', 'apptDateTime', 'startDateTimeUTC', 'endDateTimeUTC', 'startDateTime', 'endDateTime',
] as const satisfies ReadonlyArray<keyof AppointmentSlot & keyof Appointment>;

/** Keys whose zone-less strings are UTC (the field says so). */
const UTC_KEYS: ReadonlySet<string> = new Set(['apptDateTime', 'startDateTimeUTC', 'endDateTimeUTC']);

/**
 * `true` when two values of a slot key denote another time, not another spelling of the same one:
 * epoch ms or seconds and ISO strings of one instant are the same; `"2025-04-15"` and
 * `"2025-04-15T00:00:00"` are the same wall clock. A zone-less wall clock against an instant
 * cannot be told equal without a zone, and an unreadable value is compared as sent: both count
 * as moved.
 */
function whenDiffers(key: string, x: unknown, y: unknown): boolean {
  if (x === y) return false;
  const utc = UTC_KEYS.has(key);
  const mx = readMoment(x, utc);
  const my = readMoment(y, utc);
  return mx === undefined || my === undefined || !sameMoment(mx, my);
}

/** The slot of an appointment: its date and time keys, `null` when absent. */
export function slotOf(a: Appointment): AppointmentSlot {
  return {
    startDate: a.startDate ?? null,
    endDate: a.endDate ?? null,
    startTime: a.startTime ?? null,
    endTime: a.endTime ?? null,
    clientStartDate: a.clientStartDate ?? null,
    clientEndDate: a.clientEndDate ?? null,
    clientStartTime: a.clientStartTime ?? null,
    clientEndTime: a.clientEndTime ?? null,
    apptDateTime: a.apptDateTime ?? null,
    startDateTimeUTC: a.startDateTimeUTC ?? null,
    endDateTimeUTC: a.endDateTimeUTC ?? null,
    startDateTime: a.startDateTime ?? null,
    endDateTime: a.endDateTime ?? null,
  };
}

/**
 * Moved: a date or time key present (not `null`) in both snapshots denotes another time (see
 * `whenDiffers`: a new spelling of the same instant or wall clock is not a move). A key present
 * on one side only is a change of shape, not of time, and does not count.
 */
export function slotMoved(before: Appointment, after: Appointment): boolean {
  for (const key of SLOT_KEYS) {
    const x = before[key];
    const y = after[key];
    if (x != null && y != null && whenDiffers(key, x, y)) return true;
  }
  return false;
}

/**
 * Another record (staff, location, service): by id when both sides carry a safe-integer id,
 * else by content. Absent on both sides is the same record.
 */
export function otherRecord(x: object | null | undefined, y: object | null | undefined, idKey: string): boolean {
  if (x == null || y == null) return (x == null) !== (y == null);
  const a = (x as Record<string, unknown>)[idKey];
  const b = (y as Record<string, unknown>)[idKey];
  if (Number.isSafeInteger(a) && Number.isSafeInteger(b)) return a !== b;
  return !sameContent(x, y);
}

/** Client keys that are copies of the custom fields, reported by `customFields` instead. */
const CLIENT_FIELD_COPIES: ReadonlySet<unknown> = new Set(['fields', 'fieldDataList', 'fieldDataListJson']);

/** A change under `client`, apart from its copies of the custom fields. */
export function clientChanged(changes: ReadonlyArray<RawChange>): boolean {
  return changes.some((c) => c.segments[0] === 'client' && !CLIENT_FIELD_COPIES.has(c.segments[1]));
}
