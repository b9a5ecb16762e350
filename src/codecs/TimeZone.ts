import * as t from 'io-ts';
import { JsonNumber, SafeId, Str, id, isRecord, known, num, object, str } from './codec';

function checkTimeZone(u: unknown, closed: boolean): boolean {
  if (!isRecord(u)) return false;
  return known(u, closed, id(u.timeZoneId) + str(u.timeZoneCode) + str(u.timeZoneDesc) + num(u.sortOrder));
}

/**
 * A time zone as TimeTap nests it (`staff.timeZoneCode`, `client.timeZoneCode`). `timeZoneCode` is
 * an IANA id (`America/New_York`) or a legacy one (`US/Eastern`).
 *
 * @example
 * ```ts
 * import { TimeZone } from 'timetap-webhooks';
 * TimeZone.is({ timeZoneId: 78, timeZoneCode: 'America/New_York' }); // true
 * ```
 */
export const TimeZone = object(
  'TimeZone',
  {
    timeZoneId: SafeId,
    timeZoneCode: Str,
    timeZoneDesc: Str,
    sortOrder: JsonNumber,
  },
  checkTimeZone,
);
/** A decoded {@link TimeZone}: every key optional and nullable, unknown keys kept. */
export interface TimeZone extends t.TypeOf<typeof TimeZone> {}
