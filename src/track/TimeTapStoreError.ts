import type { StoreError } from './StoreError';

/**
 * What a failed call of an appointment tracker or store rejects with: an `Error` whose `message`
 * is the store error's message and whose `error` is the {@link StoreError} itself (switch on
 * `error._tag`). Neither holds a value of the appointment.
 *
 * @example
 * ```ts
 * import { TimeTapStoreError, createAppointmentTracker, memoryAppointmentStore } from 'timetap-webhooks';
 * const tracker = createAppointmentTracker({ store: memoryAppointmentStore() });
 * tracker.record({ status: 'OPEN' }).catch((e: unknown) => {
 *   if (e instanceof TimeTapStoreError) console.log(e.error._tag); // 'InvalidAppointment'
 * });
 * ```
 */
export class TimeTapStoreError extends Error {
  override readonly name = 'TimeTapStoreError';
  constructor(readonly error: StoreError) {
    super(error.message);
    Object.setPrototypeOf(this, new.target.prototype);
  }
}
