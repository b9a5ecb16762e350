import { OpenEnumType } from './codec';

/**
 * Known `reasonType` values of a service or class (`SERVICE` seen, `CLASS` inferred).
 *
 * @example
 * ```ts
 * import { REASON_TYPES, ReasonType } from 'timetap-webhooks';
 * REASON_TYPES.includes('SERVICE'); // true
 * ReasonType.is('SOMETHING_NEW'); // true: the enumeration is open
 * ```
 */
export const REASON_TYPES = ['SERVICE', 'CLASS'] as const;

/**
 * io-ts codec for {@link REASON_TYPES}, open: known values autocomplete, any other string decodes (and is
 * reported as an `UnknownEnumValue` warning by `parseAppointmentWebhook`).
 *
 * @example
 * ```ts
 * import { ReasonType } from 'timetap-webhooks';
 * const value: ReasonType = 'SERVICE'; // autocompletes the known values
 * ReasonType.is(value); // true
 * ReasonType.known.has('SOMETHING_NEW'); // false: decodes, but is reported as drift
 * ```
 */
export const ReasonType = new OpenEnumType<(typeof REASON_TYPES)[number]>('ReasonType', REASON_TYPES);
/** One of {@link REASON_TYPES}, or any other string TimeTap may start sending. */
export type ReasonType = (typeof REASON_TYPES)[number] | (string & {});
