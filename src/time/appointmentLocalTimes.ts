import { fromNullable, isSome, none, some, type Option } from 'fp-ts/lib/Option.js';
import { appointmentInterval } from './appointmentInterval';
import type { Appointment } from '../codecs/Appointment';
import { formatHhmm } from './formatHhmm';
import { clientZoneOf, staffZoneOf } from './appointmentZones';
import { DAY_MS, formatClock, formatLocalDate, parseLocalDate } from './timestamp';
import { wallClockAt } from './zonedTime';

/** The appointment as one person sees it, each part `None` where it cannot be known. */
export interface LocalTimes {
  /** The local date of the start, `YYYY-MM-DD`. */
  readonly date: Option<string>;
  /** The local start time, `HH:MM` (24-hour). */
  readonly start: Option<string>;
  /** The local end time, `HH:MM`; `'24:00'` for an end at the following midnight. */
  readonly end: Option<string>;
  /** The resolved IANA zone id (`US/Eastern` gives `'America/New_York'`). */
  readonly timeZone: Option<string>;
}

/** The result of {@link appointmentLocalTimes}. */
export interface AppointmentLocalTimes {
  readonly staff: LocalTimes;
  readonly client: LocalTimes;
}

const UNKNOWN: LocalTimes = { date: none, start: none, end: none, timeZone: none };

interface RawSide {
  readonly date: unknown;
  readonly start: number | null | undefined;
  readonly end: number | null | undefined;
}

function localTimes(start: Date, end: Date, zone: string): LocalTimes | undefined {
  const startWall = wallClockAt(start.getTime(), zone);
  const endWall = wallClockAt(end.getTime(), zone);
  if (startWall === undefined || endWall === undefined) return undefined;
  // Wall-clock readings, held as UTC dates so that the getUTC… fields are the local ones.
  const startClock = new Date(startWall);
  const endClock = new Date(endWall);
  const startDay = Math.floor(startWall / DAY_MS);
  const endsAtNextMidnight = endWall === (startDay + 1) * DAY_MS;
  const date = { year: startClock.getUTCFullYear(), month: startClock.getUTCMonth() + 1, day: startClock.getUTCDate() };
  return {
    date: some(formatLocalDate(date)),
    start: some(formatClock(startClock.getUTCHours(), startClock.getUTCMinutes())),
    end: some(endsAtNextMidnight ? '24:00' : formatClock(endClock.getUTCHours(), endClock.getUTCMinutes())),
    timeZone: some(zone),
  };
}

function rawTimes(raw: RawSide, zone: string | undefined): LocalTimes {
  const date = parseLocalDate(raw.date);
  return {
    date: date === undefined ? none : some(formatLocalDate(date)),
    start: formatHhmm(raw.start),
    end: formatHhmm(raw.end),
    timeZone: fromNullable(zone),
  };
}

/**
 * The appointment as the staff member and the client each see it: local date, start and end
 * (`HH:MM`) and zone, every part an `Option`.
 *
 * When the real instants are known ({@link appointmentInterval}) and the person's zone is known,
 * all parts are computed from the instants in that zone, so both views always describe the same
 * moment. Otherwise each part comes from the raw fields as sent: `startDate` / `startTime` /
 * `endTime` for the staff, `clientStartDate` / `clientStartTime` / `clientEndTime` for the client
 * (the client's date is never guessed from the staff's).
 *
 * @example
 * ```ts
 * import { appointmentLocalTimes } from 'timetap-webhooks';
 * const times = appointmentLocalTimes({
 *   calendarid: 88410237,
 *   startDateTimeUTC: '2025-04-15T14:00:00Z',
 *   endDateTimeUTC: '2025-04-15T14:45:00Z',
 *   staffTimeZone: 'America/New_York',
 *   clientTimeZone: 'Asia/Kolkata',
 * });
 * times.staff.start; // some('10:00')
 * times.client.date; // some('2025-04-15')
 * times.client.start; // some('19:30')
 * times.client.end; // some('20:15')
 * ```
 */
export function appointmentLocalTimes(appointment: Appointment): AppointmentLocalTimes {
  if (appointment == null) return { staff: UNKNOWN, client: UNKNOWN };
  const interval = appointmentInterval(appointment);
  const side = (zone: string | undefined, raw: RawSide): LocalTimes => {
    if (zone !== undefined && isSome(interval)) {
      const computed = localTimes(interval.value.start, interval.value.end, zone);
      if (computed !== undefined) return computed;
    }
    return rawTimes(raw, zone);
  };
  return {
    staff: side(staffZoneOf(appointment), {
      date: appointment.startDate,
      start: appointment.startTime,
      end: appointment.endTime,
    }),
    client: side(clientZoneOf(appointment), {
      date: appointment.clientStartDate,
      start: appointment.clientStartTime,
      end: appointment.clientEndTime,
    }),
  };
}
