import type { Appointment } from '../codecs/Appointment';
import { parseAppointmentWebhook, type ParseAppointmentWebhookOptions } from './parseAppointmentWebhook';
import { TimeTapWebhookError } from './TimeTapWebhookError';

/**
 * {@link parseAppointmentWebhook} for code that prefers exceptions: returns the appointment or
 * throws a {@link TimeTapWebhookError} whose `.error` is the `WebhookDecodeError`.
 *
 * @example
 * ```ts
 * import { parseAppointmentWebhookOrThrow } from 'timetap-webhooks';
 * const appointment = parseAppointmentWebhookOrThrow('{"calendarid":10390617}');
 * appointment.calendarid; // 10390617
 * ```
 */
export function parseAppointmentWebhookOrThrow(body: unknown, options?: ParseAppointmentWebhookOptions): Appointment {
  const result = parseAppointmentWebhook(body, options);
  if (result._tag === 'Left') throw new TimeTapWebhookError(result.left);
  return result.right;
}
