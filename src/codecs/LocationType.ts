import { OpenEnumType } from './codec';

/**
 * Known `locationType` values (only `Office` has been seen).
 *
 * @example
 * ```ts
 * import { LOCATION_TYPES, LocationType } from 'timetap-webhooks';
 * LOCATION_TYPES.includes('Office'); // true
 * LocationType.is('SOMETHING_NEW'); // true: the enumeration is open
 * ```
 */
export const LOCATION_TYPES = ['Office'] as const;

/**
 * io-ts codec for {@link LOCATION_TYPES}, open: known values autocomplete, any other string decodes (and is
 * reported as an `UnknownEnumValue` warning by `parseAppointmentWebhook`).
 *
 * @example
 * ```ts
 * import { LocationType } from 'timetap-webhooks';
 * const value: LocationType = 'Office'; // autocompletes the known values
 * LocationType.is(value); // true
 * LocationType.known.has('SOMETHING_NEW'); // false: decodes, but is reported as drift
 * ```
 */
export const LocationType = new OpenEnumType<(typeof LOCATION_TYPES)[number]>('LocationType', LOCATION_TYPES);
/** One of {@link LOCATION_TYPES}, or any other string TimeTap may start sending. */
export type LocationType = (typeof LOCATION_TYPES)[number] | (string & {});
