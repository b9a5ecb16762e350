import * as t from 'io-ts';
import { JsonNumber, SafeId, object } from './codec';
import { checkTimeZone } from './objectChecks';

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
    timeZoneCode: t.string,
    timeZoneDesc: t.string,
    sortOrder: JsonNumber,
  },
  checkTimeZone,
);
/** A decoded {@link TimeZone}: every key optional and nullable, unknown keys kept. */
export interface TimeZone extends t.TypeOf<typeof TimeZone> {}
