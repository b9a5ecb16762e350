import { OpenEnumType } from './codec';

/**
 * Known sub-statuses of an `OPEN` appointment (`subStatus`). Accounts can define their own, and the key name itself is unconfirmed on the wire.
 *
 * @example
 * ```ts
 * import { APPOINTMENT_SUB_STATUSES, AppointmentSubStatus } from 'timetap-webhooks';
 * APPOINTMENT_SUB_STATUSES.includes('CONFIRMED'); // true
 * AppointmentSubStatus.is('SOMETHING_NEW'); // true: the enumeration is open
 * ```
 */
export const APPOINTMENT_SUB_STATUSES = ['CONFIRMED', 'IN_PROGRESS', 'CHECKED_IN'] as const;

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
