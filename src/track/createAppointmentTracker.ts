import { isSome, none, some, type Option } from 'fp-ts/lib/Option.js';
import { appointmentId } from '../codecs/appointmentId';
import type { Appointment } from '../codecs/Appointment';
import { appointmentFingerprint } from '../diff/appointmentFingerprint';
import { classifyAppointmentChange } from '../diff/classifyAppointmentChange';
import { isStaleDelivery } from '../diff/isStaleDelivery';
import { appointmentCommitOf } from './appointmentCommitOf';
import type { AppointmentEvent } from './AppointmentEvent';
import type { AppointmentEventQuery, AppointmentStore } from './AppointmentStore';
import type { RecordOutcome } from './RecordOutcome';
import { TimeTapStoreError } from './TimeTapStoreError';

/** Options of {@link createAppointmentTracker}. */
export interface AppointmentTrackerOptions {
  /** Where snapshots and events are kept: `memoryAppointmentStore()` or a database store. */
  readonly store: AppointmentStore;
  /**
   * Paths whose changes do not count, for both the duplicate check and the classification
   * (`classifyAppointmentChange`, `appointmentFingerprint`). Default `VOLATILE_PATHS`; extend it
   * rather than replace it. Keep it the same for the life of a store: stored fingerprints are
   * computed with it.
   */
  readonly ignore?: ReadonlyArray<string>;
  /** The time stamped on events (`recordedAt`). Default `() => new Date()`. */
  readonly clock?: () => Date;
  /**
   * How many times `record` loads and decides again when another writer committed the same
   * appointment in between, before it rejects with `StoreConflict`. Default 16.
   */
  readonly maxAttempts?: number;
}

/**
 * An exactly-once, ordered log of what happened to each appointment, built from TimeTap's
 * deliveries (full snapshots, repeated, out of order, concurrent). Made by
 * {@link createAppointmentTracker}.
 *
 * @example
 * ```ts
 * import type { AppointmentTracker } from 'timetap-webhooks';
 * async function kinds(tracker: AppointmentTracker, id: number): Promise<string[]> {
 *   return (await tracker.events({ appointmentId: id })).map((e) => e.kind);
 * }
 * ```
 */
export interface AppointmentTracker {
  /**
   * Decides what one delivery is (new state, duplicate, stale), and for a new state stores the
   * snapshot and appends its event in one atomic step. Rejects with a `TimeTapStoreError`; a
   * rejected call wrote nothing or everything, and calling it again with the same body is safe.
   */
  record(appointment: Appointment): Promise<RecordOutcome>;
  /** The stored snapshot of one appointment, exactly as decoded (unknown keys kept), or `none`. */
  current(appointmentId: number): Promise<Option<Appointment>>;
  /** The log in `sequence` order: read it with a cursor (`after`: the last sequence you handled). */
  events(query?: AppointmentEventQuery): Promise<ReadonlyArray<AppointmentEvent>>;
}

const DEFAULT_ATTEMPTS = 16;
const defaultClock = (): Date => new Date();

function invalid(message: string): TimeTapStoreError {
  return new TimeTapStoreError({ _tag: 'InvalidAppointment', message });
}

/**
 * Turns TimeTap's deliveries into an exactly-once, ordered event log on a store you choose. For
 * each delivery, `record`:
 *
 * 1. loads the stored snapshot of the appointment (by `calendarid`, or `calendarId`);
 * 2. answers `Duplicate` when the content is the same (the ignored paths, by default
 *    `VOLATILE_PATHS`, do not count): nothing is appended; when the delivery is a newer save
 *    (`updateSequence` or `modifieddate`), the stored snapshot is replaced by it, so that older
 *    deliveries still in flight are recognised as stale;
 * 3. answers `Stale` when it is an older state than the stored one (`isStaleDelivery`);
 * 4. otherwise commits the snapshot and an event (`kind` and `summary` from
 *    `classifyAppointmentChange(stored, delivered)`, the fingerprints of both, `recordedAt` from
 *    `clock`) in one atomic step, if no other writer committed this appointment since step 1; if
 *    one did, it starts again from step 1 (at most `maxAttempts` times, then `StoreConflict`).
 *
 * So two deliveries of one appointment handled at the same moment, in one process or in many on
 * one database, give one event each at most, in the order of the appointment's states. When the
 * stamps cannot tell two different states apart (no `updateSequence`, saves within the same
 * second), the later delivery wins.
 *
 * Failures reject with a `TimeTapStoreError` (`StoreUnavailable`, `StoreConflict`,
 * `CorruptRecord`, `InvalidAppointment` for a hand-built value without a safe-integer id). A
 * rejected `record` wrote nothing or everything; calling it again with the same body is safe.
 *
 * @example
 * ```ts
 * import { createAppointmentTracker, memoryAppointmentStore, parseAppointmentWebhook } from 'timetap-webhooks';
 *
 * const tracker = createAppointmentTracker({ store: memoryAppointmentStore() });
 *
 * async function onWebhook(body: string): Promise<number> {
 *   const decoded = parseAppointmentWebhook(body);
 *   if (decoded._tag === 'Left') return 400;
 *   const outcome = await tracker.record(decoded.right);
 *   if (outcome._tag === 'Recorded') console.log(outcome.event.sequence, outcome.event.kind);
 *   return 200; // Duplicate and Stale are answered 200 too: TimeTap must not send them again
 * }
 * ```
 */
export function createAppointmentTracker(options: AppointmentTrackerOptions): AppointmentTracker {
  const { store } = options;
  const ignore = options.ignore;
  const clock = options.clock ?? defaultClock;
  const maxAttempts = Math.max(1, options.maxAttempts ?? DEFAULT_ATTEMPTS);
  const settings = ignore === undefined ? undefined : { ignore };

  async function record(appointment: Appointment): Promise<RecordOutcome> {
    if (typeof appointment !== 'object' || appointment === null) throw invalid('The appointment is not an object.');
    const id = appointmentId(appointment);
    if (!Number.isSafeInteger(id)) throw invalid('The appointment has no calendarid (or calendarId) that is a safe integer.');
    let fingerprint: string | undefined;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      const loaded = await store.load(id);
      const stored = isSome(loaded) ? loaded.value : undefined;
      const summary = classifyAppointmentChange(stored?.appointment, appointment, settings);
      if (stored !== undefined) {
        // No change outside the ignored paths: the same content, exactly when the fingerprints
        // are equal (and without the hash's collisions).
        if (summary.changes.length === 0) {
          if (!isStaleDelivery(appointment, stored.appointment)) return { _tag: 'Duplicate', sequence: stored.sequence };
          const refreshed = await store.commit({
            appointmentId: id,
            expectedVersion: stored.version,
            appointment,
            fingerprint: stored.fingerprint,
            event: null,
          });
          if (refreshed._tag === 'Committed') return { _tag: 'Duplicate', sequence: stored.sequence };
          continue;
        }
        if (isStaleDelivery(stored.appointment, appointment)) return { _tag: 'Stale', sequence: stored.sequence };
      }
      fingerprint ??= appointmentFingerprint(appointment, settings);
      const result = await store.commit(
        appointmentCommitOf({ appointmentId: id, stored, appointment, summary, fingerprint, recordedAt: clock().toISOString() }),
      );
      if (result._tag === 'Committed') {
        if (result.event !== null) return { _tag: 'Recorded', event: result.event };
        throw new TimeTapStoreError({
          _tag: 'CorruptRecord',
          message: 'The store answered a commit without the event it appended.',
          appointmentId: id,
        });
      }
    }
    throw new TimeTapStoreError({
      _tag: 'StoreConflict',
      message: `Other writers committed this appointment during each of ${maxAttempts} attempts; nothing was written.`,
      appointmentId: id,
      attempts: maxAttempts,
    });
  }

  return {
    record,
    current: async (id) => {
      const stored = await store.load(id);
      return isSome(stored) ? some(stored.value.appointment) : none;
    },
    events: (query) => store.events(query),
  };
}
