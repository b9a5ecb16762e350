import type { Option } from 'fp-ts/lib/Option.js';
import type { Appointment } from '../codecs/Appointment';
import type { AppointmentEvent } from './AppointmentEvent';

/**
 * The last recorded state of one appointment, as a store keeps it: the snapshot exactly as it was
 * decoded (unknown keys kept), its fingerprint, the `sequence` of the last event of this
 * appointment, and the store's version of the row, which a {@link AppointmentStore.commit} must
 * present unchanged.
 *
 * @example
 * ```ts
 * import type { StoredAppointment } from 'timetap-webhooks';
 * const describe = (s: StoredAppointment) => `v${s.version} #${s.sequence} ${s.fingerprint}`;
 * ```
 */
export interface StoredAppointment {
  readonly appointment: Appointment;
  readonly fingerprint: string;
  /**
   * The `sequence` of the last event appended for this appointment. A commit without an event
   * (a newer save with the same content) leaves it unchanged.
   */
  readonly sequence: number;
  /** Opaque to the tracker: increases with every commit of this appointment. */
  readonly version: number;
}

/**
 * What the tracker asks a store to write in one atomic step: the new snapshot of one appointment
 * and the event that leads to it. The store assigns the event's `sequence`.
 *
 * `event` is `null` when the delivery is a newer save whose content is the same as the stored
 * snapshot (only bookkeeping keys such as `modifieddate` or `updateSequence` moved): the snapshot
 * is replaced, so later stale deliveries are still recognised, and nothing is appended to the log
 * (the stored `sequence` stays). `expectedVersion` is never `null` then.
 *
 * @example
 * ```ts
 * import type { AppointmentCommit } from 'timetap-webhooks';
 * const isFirst = (c: AppointmentCommit) => c.expectedVersion === null;
 * ```
 */
export interface AppointmentCommit {
  readonly appointmentId: number;
  /** The version read by `load`, or `null` when the store held no snapshot of this appointment. */
  readonly expectedVersion: number | null;
  readonly appointment: Appointment;
  readonly fingerprint: string;
  /** The event to append, all but its `sequence`; `null`: replace the snapshot, append nothing. */
  readonly event: Omit<AppointmentEvent, 'sequence'> | null;
}

/**
 * The answer to a commit: `Committed` with the appended event (its `sequence` set; `null` when
 * the commit carried none), or `VersionChanged` when another writer committed this appointment
 * since `load` (nothing written: the tracker loads again and decides again).
 *
 * @example
 * ```ts
 * import type { CommitResult } from 'timetap-webhooks';
 * const sequenceOf = (r: CommitResult) => (r._tag === 'Committed' ? r.event?.sequence : undefined);
 * ```
 */
export type CommitResult =
  | { readonly _tag: 'Committed'; readonly event: AppointmentEvent | null }
  | { readonly _tag: 'VersionChanged' };

/**
 * Which events to read: those with a `sequence` above `after` (default 0: from the start), at most
 * `limit` of them (default: all), optionally of one appointment only; always in `sequence` order.
 *
 * @example
 * ```ts
 * import type { AppointmentEventQuery } from 'timetap-webhooks';
 * const page: AppointmentEventQuery = { after: 120, limit: 100 };
 * ```
 */
export interface AppointmentEventQuery {
  readonly after?: number;
  readonly limit?: number;
  readonly appointmentId?: number;
}

/**
 * Where an appointment tracker keeps its state: the last snapshot of each appointment, with a
 * version, and an append-only event log. Implement it to keep the log in a database of your own
 * (DynamoDB, SQLite, MongoDB, …) and check your implementation with `appointmentStoreConformance`
 * from `timetap-webhooks/testing`.
 *
 * The contract:
 * - `commit` is atomic: it writes the snapshot **and** appends the event, or writes nothing. It
 *   writes only when the stored version is still `expectedVersion` (`null`: no snapshot yet), and
 *   answers `VersionChanged` otherwise; of two commits presenting the same version, at most one
 *   succeeds. A commit with `event: null` replaces the snapshot alone (same check).
 * - `load` gives back the snapshot as committed (a deep-equal value: unknown keys kept), with the
 *   `sequence` of the appointment's last event; `events` gives back the events as committed.
 * - `sequence` starts at 1 and increases by exactly 1 with every committed event, across the whole
 *   store (no gaps, no repeats), and an event becomes visible to `events` only after every event
 *   with a lower `sequence` is visible (commit order), so a reader paging with `after` never skips
 *   one.
 * - Failures reject with a `TimeTapStoreError`: `StoreUnavailable` (the database cannot be
 *   reached or the operation timed out; the commit may be retried), `CorruptRecord` (a stored row
 *   that does not read back as what the store writes), `StoreConflict`.
 *
 * @example
 * ```ts
 * import type { AppointmentStore } from 'timetap-webhooks';
 * async function lastSequence(store: AppointmentStore): Promise<number> {
 *   let after = 0;
 *   for (;;) {
 *     const page = await store.events({ after, limit: 500 });
 *     const last = page[page.length - 1];
 *     if (last === undefined) return after;
 *     after = last.sequence;
 *   }
 * }
 * ```
 */
export interface AppointmentStore {
  /** The stored state of one appointment, or `none`. */
  load(appointmentId: number): Promise<Option<StoredAppointment>>;
  /** Writes the snapshot and appends its event atomically, if the version is unchanged. */
  commit(commit: AppointmentCommit): Promise<CommitResult>;
  /** The log, in `sequence` order. */
  events(query?: AppointmentEventQuery): Promise<ReadonlyArray<AppointmentEvent>>;
}
