import type { Appointment } from 'timetap-webhooks';
import { checkBuiltAppointment } from './checkBuiltAppointment';
import { mergeOverrides } from './mergeOverrides';
import type { DeepPartial } from './DeepPartial';
import { SAMPLE_APPOINTMENT } from './sampleAppointment';

/**
 * A complete, realistic appointment as TimeTap's webhook sends it, for your own tests: booked
 * online, status `OPEN`, Tuesday 10 June 2025 10:00–10:45 in New York (09:00 for the client in
 * Chicago), with a client, a staff member under `professional` (as real bodies have it), a
 * location, a service, and answered custom fields in `fields`, `client.fields` and
 * `fieldDataList`. Every call returns a fresh object; the data is fixed, so tests are
 * deterministic. Names, emails and phones are invented.
 *
 * `overrides` is deep-partial: objects merge key by key, arrays (such as `fields`) replace the
 * default array, `null` sets a key to `null`, and `undefined` removes the key. Overrides are not
 * propagated: changing `client.firstName` does not change `client.fields` or `fieldDataList`.
 *
 * What it returns always decodes with `parseAppointmentWebhook` (to the same value).
 *
 * @throws `TypeError` when the overrides make an appointment the decoder rejects (an `HHmm`
 *   time of 2500, an id that is not a safe integer, `NaN`, a `Date`, …); the message names the
 *   paths, never the values.
 *
 * @example
 * ```ts
 * import { parseAppointmentWebhook } from 'timetap-webhooks';
 * import { buildAppointment } from 'timetap-webhooks/testing';
 *
 * const appointment = buildAppointment({ calendarid: 42, status: 'CANCELLED', client: { firstName: 'Ana' } });
 * const body = JSON.stringify(appointment); // what your endpoint receives
 * parseAppointmentWebhook(body); // Right: the same appointment
 * ```
 */
export function buildAppointment(overrides?: DeepPartial<Appointment>): Appointment {
  return checkBuiltAppointment(mergeOverrides(SAMPLE_APPOINTMENT, overrides), 'buildAppointment');
}
