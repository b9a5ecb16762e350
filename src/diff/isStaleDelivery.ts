import { appointmentId } from '../codecs/appointmentId';
import type { Appointment } from '../codecs/Appointment';
import { parseUtcInstant } from '../time/timestamp';

/** UTC offsets run from −12:00 to +14:00: a zone-less time is within 14 hours of its instant. */
const ZONE_SLACK_MS = 50_400_000; // 14 hours, a literal so that a bundler can drop it unused
const HAS_ZONE = /(?:Z|[+-]\d{2}(?::?\d{2})?)$/i;

interface Stamp {
  readonly ms: number;
  /** `false` for a zone-less wall-clock string, read as if it were UTC. */
  readonly zoned: boolean;
}

function modifiedStamp(appointment: Appointment): Stamp | undefined {
  const value: unknown = appointment.modifieddate ?? (appointment as Readonly<Record<string, unknown>>).modifiedDate;
  const ms = parseUtcInstant(value);
  if (ms === undefined) return undefined;
  return { ms, zoned: typeof value === 'number' || HAS_ZONE.test(String(value).trim()) };
}

function isNumber(u: unknown): u is number {
  return typeof u === 'number' && Number.isFinite(u);
}

/**
 * `true` when `incoming` is an older state of the appointment than `previous` (the one you
 * stored): TimeTap does not promise to deliver in order, so a late delivery must not overwrite a
 * newer snapshot. `false` when it is newer, the same, or when it cannot be told. The rule:
 *
 * 1. Different appointments (`calendarid`/`calendarId`) cannot be compared: `false`.
 * 2. `updateSequence` (the edit counter) on both sides and different: stale when `incoming`'s is
 *    lower. Equal or missing: go on.
 * 3. The last-modified stamp, `modifieddate` (or `modifiedDate`), on both sides, in any of its
 *    encodings: epoch milliseconds (seconds below 10^11), ISO with `Z` or an offset, or a zone-less wall-clock string
 *    (`"2016-10-26T19:51:26"`). Two zone-less strings are read in the same (unknown) zone and
 *    compared as written; a zone-less string against an instant is decided only when they are
 *    more than 14 hours apart (the widest UTC offset), else it cannot be told. Stale when
 *    `incoming`'s stamp is earlier.
 * 4. Otherwise (missing or unreadable stamps, equal stamps): `false`.
 *
 * Equal is not stale: a repeated delivery of the same save is a duplicate, not an old state; use
 * `appointmentFingerprint` or `classifyAppointmentChange` (`'unchanged'`) to drop it. Stamps have
 * one-second precision: two saves in the same second cannot be ordered by time.
 *
 * @example
 * ```ts
 * import { isStaleDelivery } from 'timetap-webhooks';
 * const stored = { calendarid: 1, updateSequence: 2, modifieddate: '2025-04-16T07:12:03' };
 * isStaleDelivery(stored, { calendarid: 1, updateSequence: 1, modifieddate: '2025-04-11T15:47:26' }); // true
 * isStaleDelivery(stored, { calendarid: 1, updateSequence: 3 }); // false
 * isStaleDelivery(stored, { calendarid: 1 }); // false: cannot be told
 * ```
 */
export function isStaleDelivery(previous: Appointment, incoming: Appointment): boolean {
  if (appointmentId(previous) !== appointmentId(incoming)) return false;
  const was = previous.updateSequence;
  const now = incoming.updateSequence;
  if (isNumber(was) && isNumber(now) && was !== now) return now < was;
  const previousStamp = modifiedStamp(previous);
  const incomingStamp = modifiedStamp(incoming);
  if (previousStamp === undefined || incomingStamp === undefined) return false;
  if (previousStamp.zoned === incomingStamp.zoned) return incomingStamp.ms < previousStamp.ms;
  return incomingStamp.ms + ZONE_SLACK_MS < previousStamp.ms;
}
