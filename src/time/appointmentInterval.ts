import { none, some, type Option } from 'fp-ts/lib/Option.js';
import type { Appointment } from '../codecs/Appointment';
import { clientZoneOf, staffZoneOf } from './appointmentZones';
import { isHhmm } from '../codecs/codec';
import { DAY_MS, MINUTE_MS, naiveMs, parseLocalDate, parseUtcInstant, type LocalDate } from './timestamp';
import { resolveTimeZone } from './timeZone';
import { instantAtWallClock, wallClockAt } from './zonedTime';

/**
 * Which fields an {@link AppointmentInterval} was computed from:
 * - `'utc'`: `startDateTimeUTC` (and `endDateTimeUTC` or a duration);
 * - `'apptDateTime'`: `apptDateTime`, a UTC date-time sent without a `Z`, plus a duration;
 * - `'staffLocal'`: `startDate` with `startTime` / `endTime` in the staff member's zone;
 * - `'clientLocal'`: `clientStartDate` (else `startDate`) with `clientStartTime` /
 *   `clientEndTime` in the client's zone.
 */
export type AppointmentTimeSource = 'utc' | 'apptDateTime' | 'staffLocal' | 'clientLocal';

/**
 * The real instants of an appointment. `end` is never before `start`; it equals `start` for a
 * zero-length appointment (start and end times equal on one date).
 */
export interface AppointmentInterval {
  readonly start: Date;
  readonly end: Date;
  /**
   * The IANA id of the zone the appointment is scheduled in: the zone the local times were read
   * in (`staffLocal` / `clientLocal`); for `utc` / `apptDateTime`, the staff zone, else the
   * client zone, else `options.timeZone`, else `'UTC'` when no zone is known at all. Legacy ids
   * are resolved (`US/Eastern` gives `'America/New_York'`); other ids are returned as sent.
   */
  readonly timeZone: string;
  readonly source: AppointmentTimeSource;
}

/** Options of {@link appointmentInterval}. */
export interface AppointmentIntervalOptions {
  /**
   * The zone to assume for a side (staff or client) whose zone the body does not name usably
   * (absent, or unknown to `Intl` and to the legacy table): typically your business's zone.
   * Never overrides a zone the body names; local times in a named zone are tried first.
   */
  readonly timeZone?: string;
}

const minutesOf = (hhmm: number): number => Math.floor(hhmm / 100) * 60 + (hhmm % 100);

/** The local wall clock (naive ms) of an HHmm time on a date; `2400` is the next midnight. */
function wallAt(date: LocalDate, hhmm: number, extraDays = 0): number {
  return naiveMs(date.year, date.month, date.day) + extraDays * DAY_MS + minutesOf(hhmm) * MINUTE_MS;
}

/** Minutes from an HHmm start to an HHmm end: an end before the start is on the next day, an equal one is zero. */
function hhmmSpan(start: unknown, end: unknown): number | undefined {
  if (!isHhmm(start) || !isHhmm(end)) return undefined;
  const span = minutesOf(end) - minutesOf(start);
  return span >= 0 ? span : span + 24 * 60;
}

/**
 * `start` plus `minutes` on the wall clock of `zone` when known (so a DST change keeps the
 * wall-clock end), else in real minutes.
 */
function addWallMinutes(start: number, minutes: number, zone: string | undefined): number {
  const absolute = start + minutes * MINUTE_MS;
  const wall = zone === undefined ? undefined : wallClockAt(start, zone);
  const end = zone === undefined || wall === undefined ? undefined : instantAtWallClock(wall + minutes * MINUTE_MS, zone);
  // A start in the repeated hour of a fall-back night can map back before itself: keep real minutes then.
  return end !== undefined && end > start ? end : absolute;
}

function visitMinutes(appointment: Appointment): number | undefined {
  const minutes = appointment.reason?.visitMinutes;
  return typeof minutes === 'number' && Number.isFinite(minutes) && minutes > 0 ? minutes : undefined;
}

/**
 * The end of an appointment whose start instant is known: `endDateTimeUTC` when not before the start;
 * else the staff HHmm span (on the staff wall clock); else the client HHmm span (on the client
 * wall clock); else `reason.visitMinutes`.
 */
function endFromInstant(
  appointment: Appointment,
  start: number,
  staffZone: string | undefined,
  clientZone: string | undefined,
): number | undefined {
  const endUtc = parseUtcInstant(appointment.endDateTimeUTC);
  if (endUtc !== undefined && endUtc >= start) return endUtc;
  const staffSpan = hhmmSpan(appointment.startTime, appointment.endTime);
  if (staffSpan !== undefined) return addWallMinutes(start, staffSpan, staffZone);
  const clientSpan = hhmmSpan(appointment.clientStartTime, appointment.clientEndTime);
  if (clientSpan !== undefined) return addWallMinutes(start, clientSpan, clientZone);
  const visit = visitMinutes(appointment);
  return visit === undefined ? undefined : start + visit * MINUTE_MS;
}

interface LocalFields {
  readonly date: unknown;
  readonly endDate: unknown;
  readonly start: unknown;
  readonly end: unknown;
}

/**
 * Start and end from a local date and HHmm times in `zone`. The end is on `endDate` (else the
 * start date); an end before the start (on the wall clock) moves to the day after the start
 * date, an end equal to it is a zero-length appointment. An `endDate` before the start date
 * contradicts the times: `undefined`. Should a daylight-saving gap still put the end instant on
 * or before the start (02:30 to 03:30 on a night that skips 02:00–03:00), the end is the start
 * plus the booked wall-clock length. Without an end time, the end is the start plus
 * `reason.visitMinutes`.
 */
function fromLocal(appointment: Appointment, local: LocalFields, zone: string): [number, number] | undefined {
  const date = parseLocalDate(local.date);
  if (date === undefined || !isHhmm(local.start)) return undefined;
  const startWall = wallAt(date, local.start);
  const start = instantAtWallClock(startWall, zone);
  if (start === undefined) return undefined;
  if (!isHhmm(local.end)) {
    const visit = visitMinutes(appointment);
    return visit === undefined ? undefined : [start, start + visit * MINUTE_MS];
  }
  const endDate = parseLocalDate(local.endDate);
  if (endDate !== undefined && wallAt(endDate, 0) < wallAt(date, 0)) return undefined;
  let endWall = wallAt(endDate ?? date, local.end);
  if (endWall < startWall) endWall = wallAt(date, local.end, 1);
  const end = instantAtWallClock(endWall, zone);
  if (end === undefined) return undefined;
  return [start, end > start ? end : start + (endWall - startWall)];
}

function interval(start: number, end: number, timeZone: string, source: AppointmentTimeSource): Option<AppointmentInterval> {
  const startDate = new Date(start);
  const endDate = new Date(end);
  return Number.isNaN(startDate.getTime()) || Number.isNaN(endDate.getTime())
    ? none
    : some({ start: startDate, end: endDate, timeZone, source });
}

/**
 * When the appointment really is: its start and end instants, computed from the first of these
 * that is present and usable (`source` says which):
 *
 * 1. `'utc'`: `startDateTimeUTC` (ISO with `Z`, zone-less UTC, or epoch ms; a number below
 *    10^11 in magnitude is epoch seconds);
 * 2. `'apptDateTime'`: `apptDateTime`, UTC sent **without** a `Z`;
 * 3. `'staffLocal'`: `startDate` (`"2025-04-15"` or `"2025-04-15T00:00:00"`) with `startTime` /
 *    `endTime` in the staff zone (`staff` / `professional` `.timeZoneCode.timeZoneCode`, else
 *    `staffTimeZone`);
 * 4. `'clientLocal'`: `clientStartDate` (else `startDate`) with `clientStartTime` /
 *    `clientEndTime` in the client's zone (`client.timeZoneCode.timeZoneCode`, else
 *    `clientTimeZone`), used when the staff zone or times are unknown;
 * 5. the local times again (staff first, then client) in `options.timeZone`, for a side whose
 *    zone the body does not name usably.
 *
 * For 1 and 2 the end is `endDateTimeUTC` when it is not before the start; else the start plus
 * `endTime − startTime` (applied on the staff wall clock), else `clientEndTime − clientStartTime`,
 * else `reason.visitMinutes`. For 3–5 the end is the local end time.
 *
 * Rules: an end time before the start time means the appointment crosses midnight (the end
 * is on the next day); an end equal to the start is a zero-length appointment (`end` equals
 * `start`), not 24 hours; an `endDate` before the start date makes that source unusable. A wall time that does not exist (the spring-forward gap) resolves
 * **forward** by the length of the gap; an ambiguous one (the fall-back overlap) resolves to the
 * **earlier** instant. Legacy zone ids (`US/Eastern`, `Canada/Atlantic`, Java's `IST`, …) are
 * resolved; an unknown zone makes its local times unusable. Zone data is the platform's `Intl`.
 * Never parses the display strings `appointmentDateTimeClient` / `appointmentDateTimeStaff`.
 *
 * `None` when no complete start and end can be found. Never throws.
 *
 * @example
 * ```ts
 * import { appointmentInterval } from 'timetap-webhooks';
 * import { isSome } from 'fp-ts/lib/Option.js';
 * const interval = appointmentInterval({
 *   calendarid: 10909125,
 *   apptDateTime: '2016-10-26T21:00:00', // UTC, no Z
 *   startTime: 1700,
 *   endTime: 1800,
 *   professional: { timeZoneCode: { timeZoneCode: 'US/Eastern' } },
 * });
 * if (isSome(interval)) {
 *   interval.value.start.toISOString(); // '2016-10-26T21:00:00.000Z'
 *   interval.value.end.toISOString(); // '2016-10-26T22:00:00.000Z'
 *   interval.value.timeZone; // 'America/New_York'
 *   interval.value.source; // 'apptDateTime'
 * }
 * ```
 */
export function appointmentInterval(
  appointment: Appointment,
  options?: AppointmentIntervalOptions,
): Option<AppointmentInterval> {
  if (appointment == null) return none;
  const staffZone = staffZoneOf(appointment);
  const clientZone = clientZoneOf(appointment);
  const fallback = resolveTimeZone(options?.timeZone);
  const zone = staffZone ?? clientZone ?? fallback ?? 'UTC';

  const utcStart = parseUtcInstant(appointment.startDateTimeUTC);
  if (utcStart !== undefined) {
    const end = endFromInstant(appointment, utcStart, staffZone ?? fallback, clientZone ?? fallback);
    if (end !== undefined && end >= utcStart) return interval(utcStart, end, zone, 'utc');
  }
  const apptStart = parseUtcInstant(appointment.apptDateTime);
  if (apptStart !== undefined) {
    const end = endFromInstant(appointment, apptStart, staffZone ?? fallback, clientZone ?? fallback);
    if (end !== undefined && end >= apptStart) return interval(apptStart, end, zone, 'apptDateTime');
  }

  const staffLocal: LocalFields = {
    date: appointment.startDate,
    endDate: appointment.endDate,
    start: appointment.startTime,
    end: appointment.endTime,
  };
  const clientLocal: LocalFields = {
    date: appointment.clientStartDate ?? appointment.startDate,
    endDate: appointment.clientEndDate,
    start: appointment.clientStartTime,
    end: appointment.clientEndTime,
  };
  const attempts: ReadonlyArray<readonly [LocalFields, string | undefined, AppointmentTimeSource]> = [
    [staffLocal, staffZone, 'staffLocal'],
    [clientLocal, clientZone, 'clientLocal'],
    [staffLocal, staffZone === undefined ? fallback : undefined, 'staffLocal'],
    [clientLocal, clientZone === undefined ? fallback : undefined, 'clientLocal'],
  ];
  for (const [local, localZone, source] of attempts) {
    if (localZone === undefined) continue;
    const found = fromLocal(appointment, local, localZone);
    if (found !== undefined) return interval(found[0], found[1], localZone, source);
  }
  return none;
}
