/**
 * The store cannot be reached, or an operation did not finish within the store's timeout. A
 * commit whose answer was lost may have been written in full (never in part): recording the same
 * body again is safe, it answers `Duplicate` when the first attempt had been written.
 *
 * @example
 * ```ts
 * import type { StoreUnavailable } from 'timetap-webhooks';
 * const retryLater = (e: StoreUnavailable) => `503 (${e.code ?? 'unavailable'})`;
 * ```
 */
export interface StoreUnavailable {
  readonly _tag: 'StoreUnavailable';
  readonly message: string;
  /** The driver's error code when it gave one (`ECONNREFUSED`, `57P01`, …); never its message. */
  readonly code?: string;
}

/**
 * Other writers kept committing the same appointment: the tracker loaded, decided and lost the
 * version check `attempts` times in a row, and gave up without writing. Recording the same body
 * again is safe.
 *
 * @example
 * ```ts
 * import type { StoreConflict } from 'timetap-webhooks';
 * const line = (e: StoreConflict) => `appointment ${e.appointmentId}: ${e.attempts} attempts`;
 * ```
 */
export interface StoreConflict {
  readonly _tag: 'StoreConflict';
  readonly message: string;
  readonly appointmentId: number;
  readonly attempts: number;
}

/**
 * A stored record does not read back as what the store writes (edited by hand, truncated, written
 * by another program): the snapshot of `appointmentId`, or an event of the log when
 * `appointmentId` is `null`. Only that record is affected.
 *
 * @example
 * ```ts
 * import type { CorruptRecord } from 'timetap-webhooks';
 * const where = (e: CorruptRecord) => (e.appointmentId === null ? 'the event log' : `appointment ${e.appointmentId}`);
 * ```
 */
export interface CorruptRecord {
  readonly _tag: 'CorruptRecord';
  readonly message: string;
  readonly appointmentId: number | null;
}

/**
 * The value given to `record` is not a recordable appointment: no `calendarid` (or `calendarId`)
 * that is a safe integer, or data a store cannot keep as JSON. A decoded appointment never gives
 * this; a hand-built object can.
 *
 * @example
 * ```ts
 * import type { InvalidAppointment } from 'timetap-webhooks';
 * const status = (_: InvalidAppointment) => 400;
 * ```
 */
export interface InvalidAppointment {
  readonly _tag: 'InvalidAppointment';
  readonly message: string;
}

/**
 * Why an appointment tracker or store failed, as a value tagged `_tag` with a human `message`
 * that never holds a value of the appointment (bodies hold names, emails and phones). It is the
 * `error` of the `TimeTapStoreError` a failed call rejects with.
 *
 * @example
 * ```ts
 * import type { StoreError } from 'timetap-webhooks';
 * const httpStatus = (e: StoreError) => (e._tag === 'InvalidAppointment' ? 400 : 503);
 * ```
 */
export type StoreError = StoreUnavailable | StoreConflict | CorruptRecord | InvalidAppointment;
