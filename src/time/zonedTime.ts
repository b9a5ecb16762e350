import { DAY_MS, naiveMs } from './timestamp';
import { zoneFormatter } from './timeZone';

/**
 * Conversions between instants and wall clocks in an IANA zone, using only `Intl`. Wall clocks
 * are "naive" milliseconds (see `timestamp.ts`). `zone` must be a resolved id (`resolveTimeZone`).
 */

/** The wall clock in `zone` at `instant`, as naive ms; `undefined` if `Intl` fails. */
export function wallClockAt(instant: number, zone: string): number | undefined {
  const formatter = zoneFormatter(zone);
  if (formatter === undefined || !Number.isFinite(instant)) return undefined;
  const ms = ((instant % 1000) + 1000) % 1000;
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  let second = 0;
  try {
    for (const part of formatter.formatToParts(instant - ms)) {
      const n = Number(part.value);
      switch (part.type) {
        case 'year': year = n; break;
        case 'month': month = n; break;
        case 'day': day = n; break;
        case 'hour': hour = n % 24; break; // some engines print midnight as 24 despite h23
        case 'minute': minute = n; break;
        case 'second': second = n; break;
        default: break;
      }
    }
  } catch {
    return undefined; // RangeError: instant outside what Intl formats
  }
  const wall = naiveMs(year, month, day, hour, minute, second, ms);
  return Number.isFinite(wall) ? wall : undefined;
}

/** The zone's UTC offset at `instant`, in ms (wall clock minus instant). */
function offsetAt(instant: number, zone: string): number | undefined {
  const wall = wallClockAt(instant, zone);
  return wall === undefined ? undefined : wall - instant;
}

/**
 * The instant at which the wall clock in `zone` reads `wall` (naive ms).
 *
 * - A wall time that does not exist (the spring-forward gap) resolves **forward**, by the length
 *   of the gap: 02:30 on a night that jumps from 02:00 to 03:00 gives 03:30.
 * - An ambiguous wall time (the fall-back overlap) resolves to the **earlier** instant (the one
 *   still on daylight time).
 *
 * (This is what `Temporal`'s `disambiguation: 'compatible'` and Java's `ZonedDateTime.of` do.)
 */
export function instantAtWallClock(wall: number, zone: string): number | undefined {
  // The offsets a day either side bracket any single transition near `wall`.
  const before = offsetAt(wall - DAY_MS, zone);
  const after = offsetAt(wall + DAY_MS, zone);
  if (before === undefined || after === undefined) return undefined;
  const early = wall - before; // `wall` read with the earlier offset
  const late = wall - after; // `wall` read with the later offset
  const earlyOk = offsetAt(early, zone) === before;
  const lateOk = offsetAt(late, zone) === after;
  if (earlyOk && lateOk) return Math.min(early, late); // overlap (or no transition): earlier
  if (earlyOk) return early;
  if (lateOk) return late;
  return Math.max(early, late); // gap: forward, by the length of the gap
}
