import * as t from 'io-ts';
import { GuardedType, JsonNumber, ObjectOf, SafeId, object } from './codec';

const timeZoneProps = {
  timeZoneId: SafeId,
  timeZoneCode: t.string,
  timeZoneDesc: t.string,
  sortOrder: JsonNumber,
};

/** The type of the {@link TimeZone} codec: its props and the decoded {@link TimeZone}. */
export interface TimeZoneCodec extends GuardedType<typeof timeZoneProps, TimeZone> {}

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
export const TimeZone: TimeZoneCodec = object('TimeZone', timeZoneProps);
/** A decoded {@link TimeZone}: every key optional and nullable, unknown keys kept. */
export interface TimeZone extends ObjectOf<typeof timeZoneProps> {}
