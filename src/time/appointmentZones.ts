import type { Appointment } from '../codecs/Appointment';
import { firstTimeZone } from './timeZone';

/**
 * The staff member's zone, resolved: `staff.timeZoneCode.timeZoneCode`, else
 * `professional.timeZoneCode.timeZoneCode`, else `staffTimeZone` (the first one `Intl` or the
 * legacy table knows). `undefined` when none is usable.
 */
export function staffZoneOf(appointment: Appointment): string | undefined {
  return firstTimeZone(
    appointment.staff?.timeZoneCode?.timeZoneCode,
    appointment.professional?.timeZoneCode?.timeZoneCode,
    appointment.staffTimeZone,
  );
}

/** The client's zone, resolved: `client.timeZoneCode.timeZoneCode`, else `clientTimeZone`. */
export function clientZoneOf(appointment: Appointment): string | undefined {
  return firstTimeZone(appointment.client?.timeZoneCode?.timeZoneCode, appointment.clientTimeZone);
}
