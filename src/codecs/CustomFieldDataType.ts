import { OpenEnumType } from './codec';

/**
 * Known `dataType` values of a custom field (the ones seen in real bodies or documented).
 *
 * @example
 * ```ts
 * import { CUSTOM_FIELD_DATA_TYPES, CustomFieldDataType } from 'timetap-webhooks';
 * CUSTOM_FIELD_DATA_TYPES.includes('LIST'); // true
 * CustomFieldDataType.is('SOMETHING_NEW'); // true: the enumeration is open
 * ```
 */
export const CUSTOM_FIELD_DATA_TYPES = ['TXT', 'AREA', 'LIST', 'DATE'] as const;

/**
 * io-ts codec for {@link CUSTOM_FIELD_DATA_TYPES}, open: known values autocomplete, any other string decodes (and is
 * reported as an `UnknownEnumValue` warning by `parseAppointmentWebhook`).
 *
 * @example
 * ```ts
 * import { CustomFieldDataType } from 'timetap-webhooks';
 * const value: CustomFieldDataType = 'TXT'; // autocompletes the known values
 * CustomFieldDataType.is(value); // true
 * CustomFieldDataType.known.has('SOMETHING_NEW'); // false: decodes, but is reported as drift
 * ```
 */
export const CustomFieldDataType = new OpenEnumType<(typeof CUSTOM_FIELD_DATA_TYPES)[number]>('CustomFieldDataType', CUSTOM_FIELD_DATA_TYPES);
/** One of {@link CUSTOM_FIELD_DATA_TYPES}, or any other string TimeTap may start sending. */
export type CustomFieldDataType = (typeof CUSTOM_FIELD_DATA_TYPES)[number] | (string & {});
