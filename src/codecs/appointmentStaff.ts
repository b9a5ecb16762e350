import { fromNullable, type Option } from 'fp-ts/lib/Option.js';
import type { Appointment } from './Appointment';
import type { Staff } from './Staff';

/**
 * The staff member: `staff` (as TimeTap documents it) or else `professional` (as real bodies send
 * it). `None` when neither is present.
 *
 * @example
 * ```ts
 * import { appointmentStaff } from 'timetap-webhooks';
 * import { isSome } from 'fp-ts/lib/Option.js';
 * const staff = appointmentStaff({ calendarid: 1, professional: { professionalId: 61207, fullName: 'Jordan Reyes' } });
 * if (isSome(staff)) console.log(staff.value.fullName); // 'Jordan Reyes'
 * ```
 */
export function appointmentStaff(appointment: Appointment): Option<Staff> {
  return fromNullable(appointment.staff ?? appointment.professional);
}
