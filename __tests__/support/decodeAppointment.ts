import { parseAppointmentWebhook, type Appointment } from '../../src';

/**
 * Decodes a body (bytes, text or a parsed object) with `parseAppointmentWebhook`; a body that does
 * not decode fails the test that uses it.
 */
export function decodeAppointment(body: unknown): Appointment {
  const result = parseAppointmentWebhook(body);
  if (result._tag === 'Left') throw new Error(`body did not decode: ${result.left._tag}: ${result.left.message}`);
  return result.right;
}
