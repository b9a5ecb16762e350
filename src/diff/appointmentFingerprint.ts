import type { Appointment } from '../codecs/Appointment';
import { hashTree } from './hashTree';
import { ignoreTrie } from './ignoreTrie';
import { VOLATILE_PATHS } from './VOLATILE_PATHS';

/** Options of {@link appointmentFingerprint}. */
export interface AppointmentFingerprintOptions {
  /**
   * Paths (or prefixes) left out of the hash, in the format `diffAppointments` prints. Default
   * `VOLATILE_PATHS`, so two saves that change only bookkeeping (`modifieddate`,
   * `updateSequence`, …) fingerprint alike. Pass `[]` to hash every key.
   */
  readonly ignore?: ReadonlyArray<string>;
}

/**
 * A stable content hash of an appointment, for de-duplicating repeated deliveries (TimeTap sends
 * no delivery id): 32 lowercase hex characters (128 bits). Same content gives the same string
 * whatever the key order and the order of the custom-field arrays (matched by id, as in
 * `diffAppointments`); any change outside the ignored paths gives another one. Two appointments
 * fingerprint alike exactly when `diffAppointments(a, b, { ignore })` is empty (up to hash
 * collisions: the hash is not cryptographic, so do not use it against an adversary).
 *
 * Synchronous and pure JavaScript (no `node:crypto`, no `Buffer`): runs on edge runtimes. The
 * algorithm is fixed within a major version: stored fingerprints stay comparable.
 *
 * @example
 * ```ts
 * import { appointmentFingerprint } from 'timetap-webhooks';
 * const a = appointmentFingerprint({ calendarid: 1, status: 'OPEN', updateSequence: 1 });
 * const b = appointmentFingerprint({ updateSequence: 2, status: 'OPEN', calendarid: 1 });
 * a === b; // true: key order and the volatile updateSequence do not count
 * a === appointmentFingerprint({ calendarid: 1, status: 'CANCELLED' }); // false
 * ```
 */
export function appointmentFingerprint(appointment: Appointment, options?: AppointmentFingerprintOptions): string {
  return hashTree(appointment, ignoreTrie(options?.ignore ?? VOLATILE_PATHS));
}
