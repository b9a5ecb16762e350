import { parseAppointmentWebhook, type Appointment } from 'timetap-webhooks';

// Used by the testing toolkit (`timetap-webhooks/testing`) only. It imports the decoder by the
// package's name, so the toolkit's bundle reuses the main entry instead of carrying a copy.

/**
 * Returns `value` when it decodes as an appointment; otherwise throws a `TypeError` naming
 * `caller` and the decoder's message (paths and types only, never a value).
 */
export function checkBuiltAppointment(value: unknown, caller: string): Appointment {
  const result = parseAppointmentWebhook(value);
  if (result._tag === 'Left') {
    throw new TypeError(`${caller}: the overrides do not make a valid TimeTap appointment. ${result.left.message}`);
  }
  return result.right;
}
