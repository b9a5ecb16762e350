/**
 * Parsing of TimeTap's timestamp and date spellings, without `Date.parse` (whose handling of
 * anything but full ISO strings differs between engines). Times are handled as "naive"
 * milliseconds: the wall clock written as if it were UTC (`Date.UTC` of its fields).
 */

/** Milliseconds in a (wall-clock) day and in a minute. */
export const DAY_MS = 86_400_000;
export const MINUTE_MS = 60_000;

/** A calendar date: `month` 1–12. */
export interface LocalDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** `Date.UTC` of the fields, without its 0–99 → 1900s year quirk. */
export function naiveMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, ms);
  return date.getTime();
}

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

interface Fields {
  readonly date: LocalDate;
  readonly time: readonly [hour: number, minute: number, second: number, ms: number] | undefined;
  readonly offsetMinutes: number | undefined;
}

function parseFields(value: string): Fields | undefined {
  const match = DATE_TIME.exec(value.trim());
  if (match === null) return undefined;
  const [, yearText, monthText, dayText, hourText, minuteText, secondText, fraction, zone] = match;
  const date = { year: Number(yearText), month: Number(monthText), day: Number(dayText) };
  if (!isValidDate(date)) return undefined;
  let time: Fields['time'];
  if (hourText !== undefined && minuteText !== undefined) {
    const hour = Number(hourText);
    const minute = Number(minuteText);
    const second = secondText === undefined ? 0 : Number(secondText);
    if (hour > 23 || minute > 59 || second > 59) return undefined;
    time = [hour, minute, second, fraction === undefined ? 0 : Math.floor(Number(`0.${fraction}`) * 1000)];
  }
  let offsetMinutes: number | undefined;
  if (zone !== undefined) {
    if (zone.toUpperCase() === 'Z') offsetMinutes = 0;
    else {
      const digits = zone.slice(1).replace(':', '');
      const hours = Number(digits.slice(0, 2));
      const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
      if (hours > 18 || minutes > 59) return undefined;
      offsetMinutes = (zone[0] === '-' ? -1 : 1) * (hours * 60 + minutes);
    }
  }
  return { date, time, offsetMinutes };
}

/** `true` for a real calendar date between years 1000 and 9999. */
export function isValidDate(date: LocalDate): boolean {
  const { year, month, day } = date;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return new Date(naiveMs(year, month, day)).getUTCDate() === day;
}

/**
 * Below this magnitude an epoch number is read as seconds, from it on as milliseconds.
 * 10^11 milliseconds is 3 March 1973 and 10^11 seconds the year 5138, so no plausible appointment
 * time reads the same magnitude both ways.
 */
export const EPOCH_SECONDS_BELOW = 1e11;

/**
 * An instant from a UTC timestamp field: epoch milliseconds (epoch seconds when below
 * `EPOCH_SECONDS_BELOW` in magnitude), or an ISO-like date-time string. A string without `Z` or
 * an offset is read as UTC (that is what `apptDateTime` and `…DateTimeUTC` mean); an explicit `Z`
 * or offset is honoured. A date without a time is not an instant. Anything else gives `undefined`.
 */
export function parseUtcInstant(value: unknown): number | undefined {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return undefined;
    const ms = Math.abs(value) < EPOCH_SECONDS_BELOW ? value * 1000 : value;
    return Math.abs(ms) <= 8.64e15 ? ms : undefined;
  }
  if (typeof value !== 'string') return undefined;
  const fields = parseFields(value);
  if (fields === undefined || fields.time === undefined) return undefined;
  const { date, time, offsetMinutes = 0 } = fields;
  return naiveMs(date.year, date.month, date.day, ...time) - offsetMinutes * MINUTE_MS;
}

/**
 * What a date or time value denotes, for telling a new spelling from a new value:
 * `{ instant }` (epoch ms) for a number or a string with `Z` or an offset, or, for a zone-less
 * string, `{ wall }` (naive ms; a date alone is its midnight). With `zonelessIsUtc` (the
 * `…UTC` keys and `apptDateTime`) a zone-less string is an instant in UTC. `undefined` when the
 * value cannot be read.
 */
export type Moment = { readonly instant: number } | { readonly wall: number };

export function readMoment(value: unknown, zonelessIsUtc: boolean): Moment | undefined {
  if (typeof value === 'number') {
    const instant = parseUtcInstant(value);
    return instant === undefined ? undefined : { instant };
  }
  if (typeof value !== 'string') return undefined;
  const fields = parseFields(value);
  if (fields === undefined) return undefined;
  const { date, time = [0, 0, 0, 0], offsetMinutes } = fields;
  const wall = naiveMs(date.year, date.month, date.day, ...time);
  if (offsetMinutes !== undefined) return { instant: wall - offsetMinutes * MINUTE_MS };
  return zonelessIsUtc ? { instant: wall } : { wall };
}

/** `true` when two readable moments are the same instant, or the same wall clock. */
export function sameMoment(x: Moment, y: Moment): boolean {
  if ('instant' in x) return 'instant' in y && x.instant === y.instant;
  return 'wall' in y && x.wall === y.wall;
}

/**
 * The calendar date of a local date field (`startDate`, `clientStartDate`): `"2025-04-15"` or
 * `"2025-04-15T00:00:00"` (any time part is ignored: TimeTap sends local midnight). Epoch
 * numbers are not local dates (their day depends on a zone nobody states): `undefined`.
 */
export function parseLocalDate(value: unknown): LocalDate | undefined {
  if (typeof value !== 'string') return undefined;
  return parseFields(value)?.date;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** `YYYY-MM-DD`. */
export function formatLocalDate(date: LocalDate): string {
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** `HH:MM` from hours and minutes. */
export function formatClock(hours: number, minutes: number): string {
  return `${pad(hours, 2)}:${pad(minutes, 2)}`;
}
