import type { Appointment } from './Appointment';

/**
 * The appointment's id, whichever spelling TimeTap used: `calendarid` (webhooks) or `calendarId`
 * (the REST API). A decoded appointment always has one. For a hand-built value with neither,
 * returns `NaN` rather than throwing.
 *
 * @example
 * ```ts
 * import { appointmentId } from 'timetap-webhooks';
 * appointmentId({ calendarid: 10390617 }); // 10390617
 * appointmentId({ calendarId: 987654321 }); // 987654321
 * ```
 */
export function appointmentId(appointment: Appointment): number {
  return appointment.calendarid ?? appointment.calendarId ?? Number.NaN;
}
