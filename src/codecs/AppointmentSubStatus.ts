import { OpenEnumType } from './codec';

/**
 * Known sub-statuses of an `OPEN` appointment (`subStatus`, as REST appointment objects name
 * it), spelt without underscores as TimeTap sends them: `CHECKEDIN` is seen in integrators' code,
 * `CONFIRMED` and `INPROGRESS` follow TimeTap's documented sub-statuses and that spelling.
 * Accounts can define their own. docs/fields.md gives the source of each.
 *
 * @example
 * ```ts
 * import { APPOINTMENT_SUB_STATUSES, AppointmentSubStatus } from 'timetap-webhooks';
 * APPOINTMENT_SUB_STATUSES.includes('CHECKEDIN'); // true
 * AppointmentSubStatus.is('SOMETHING_NEW'); // true: the enumeration is open
 * ```
 */
export const APPOINTMENT_SUB_STATUSES = ['CONFIRMED', 'INPROGRESS', 'CHECKEDIN'] as const;

/**
 * io-ts codec for {@link APPOINTMENT_SUB_STATUSES}, open: known values autocomplete, any other string decodes (and is
 * reported as an `UnknownEnumValue` warning by `parseAppointmentWebhook`).
 *
 * @example
 * ```ts
 * import { AppointmentSubStatus } from 'timetap-webhooks';
 * const value: AppointmentSubStatus = 'CONFIRMED'; // autocompletes the known values
 * AppointmentSubStatus.is(value); // true
 * AppointmentSubStatus.known.has('SOMETHING_NEW'); // false: decodes, but is reported as drift
 * ```
 */
export const AppointmentSubStatus = new OpenEnumType<(typeof APPOINTMENT_SUB_STATUSES)[number]>('AppointmentSubStatus', APPOINTMENT_SUB_STATUSES);
/** One of {@link APPOINTMENT_SUB_STATUSES}, or any other string TimeTap may start sending. */
export type AppointmentSubStatus = (typeof APPOINTMENT_SUB_STATUSES)[number] | (string & {});
