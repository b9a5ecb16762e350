import { OpenEnumType } from './codec';

/**
 * Known values of the appointment `status`. `OPEN`, `COMPLETED`, `CANCELLED` and `NO_SHOW` are
 * documented by TimeTap and used by REST consumers, as is `PENDING` (an appointment awaiting staff
 * confirmation); `DELETED` is inferred from integrators' code (TimeTap documents that deletion
 * fires a webhook, not how it looks). docs/fields.md gives the source of each.
 *
 * @example
 * ```ts
 * import { APPOINTMENT_STATUSES, AppointmentStatus } from 'timetap-webhooks';
 * APPOINTMENT_STATUSES.includes('OPEN'); // true
 * AppointmentStatus.is('SOMETHING_NEW'); // true: the enumeration is open
 * ```
 */
export const APPOINTMENT_STATUSES = ['OPEN', 'PENDING', 'COMPLETED', 'CANCELLED', 'NO_SHOW', 'DELETED'] as const;

/**
 * io-ts codec for {@link APPOINTMENT_STATUSES}, open: known values autocomplete, any other string decodes (and is
 * reported as an `UnknownEnumValue` warning by `parseAppointmentWebhook`).
 *
 * @example
 * ```ts
 * import { AppointmentStatus } from 'timetap-webhooks';
 * const value: AppointmentStatus = 'OPEN'; // autocompletes the known values
 * AppointmentStatus.is(value); // true
 * AppointmentStatus.known.has('SOMETHING_NEW'); // false: decodes, but is reported as drift
 * ```
 */
export const AppointmentStatus = new OpenEnumType<(typeof APPOINTMENT_STATUSES)[number]>('AppointmentStatus', APPOINTMENT_STATUSES);
/** One of {@link APPOINTMENT_STATUSES}, or any other string TimeTap may start sending. */
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number] | (string & {});
