import { OpenEnumType } from './codec';

/**
 * Known `mode` values of a custom field: which record the answer belongs to.
 *
 * @example
 * ```ts
 * import { CUSTOM_FIELD_MODES, CustomFieldMode } from 'timetap-webhooks';
 * CUSTOM_FIELD_MODES.includes('APPT'); // true
 * CustomFieldMode.is('SOMETHING_NEW'); // true: the enumeration is open
 * ```
 */
export const CUSTOM_FIELD_MODES = ['APPT', 'CLIENT', 'CLASS'] as const;

/**
 * io-ts codec for {@link CUSTOM_FIELD_MODES}, open: known values autocomplete, any other string decodes (and is
 * reported as an `UnknownEnumValue` warning by `parseAppointmentWebhook`).
 *
 * @example
 * ```ts
 * import { CustomFieldMode } from 'timetap-webhooks';
 * const value: CustomFieldMode = 'APPT'; // autocompletes the known values
 * CustomFieldMode.is(value); // true
 * CustomFieldMode.known.has('SOMETHING_NEW'); // false: decodes, but is reported as drift
 * ```
 */
export const CustomFieldMode = new OpenEnumType<(typeof CUSTOM_FIELD_MODES)[number]>('CustomFieldMode', CUSTOM_FIELD_MODES);
/** One of {@link CUSTOM_FIELD_MODES}, or any other string TimeTap may start sending. */
export type CustomFieldMode = (typeof CUSTOM_FIELD_MODES)[number] | (string & {});
