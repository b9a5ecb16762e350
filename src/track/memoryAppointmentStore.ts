import { none, some } from 'fp-ts/lib/Option.js';
import type { Appointment } from '../codecs/Appointment';
import type { AppointmentEvent } from './AppointmentEvent';
import type { AppointmentStore, StoredAppointment } from './AppointmentStore';
import { frozenCopy } from './frozenCopy';
import { TimeTapStoreError } from './TimeTapStoreError';

const EMPTY: ReadonlyArray<AppointmentEvent> = Object.freeze([]);

/** The index of the first event with a `sequence` above `after` in a list sorted by `sequence`. */
function firstAfter(list: ReadonlyArray<AppointmentEvent>, after: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((list[middle] as AppointmentEvent).sequence <= after) low = middle + 1;
    else high = middle;
  }
  return low;
}

function copied<T>(value: T): T {
  try {
    return frozenCopy(value) as T;
  } catch (e) {
    throw new TimeTapStoreError({
      _tag: 'InvalidAppointment',
      message: `The appointment cannot be stored as JSON: ${e instanceof Error ? e.message : 'unknown reason'}`,
    });
  }
}

/**
 * An {@link AppointmentStore} in the memory of one process: for tests, scripts, the `replay`
 * command, and single-process services that may lose their log on restart. It keeps the whole
 * contract of a store: a commit is atomic and checks the version, `sequence` runs 1, 2, 3, … in
 * commit order, and an event is visible to `events` as soon as its commit resolves.
 *
 * What it stores is a frozen deep copy of what it was given (as JSON would keep it), and what it
 * gives back is that frozen copy: changing the object you recorded cannot change history, and
 * the snapshots and events it returns cannot be changed (copy one before editing it). Nothing is
 * ever dropped: memory grows with the number of appointments and events.
 *
 * @example
 * ```ts
 * import { createAppointmentTracker, memoryAppointmentStore } from 'timetap-webhooks';
 *
 * const tracker = createAppointmentTracker({ store: memoryAppointmentStore() });
 * await tracker.record({ calendarid: 1, status: 'OPEN', updateSequence: 0 });
 * const outcome = await tracker.record({ calendarid: 1, status: 'CANCELLED', updateSequence: 1 });
 * outcome._tag === 'Recorded' && outcome.event.kind; // 'cancelled'
 * (await tracker.events()).map((e) => e.sequence); // [1, 2]
 * ```
 */
export function memoryAppointmentStore(): AppointmentStore {
  const rows = new Map<number, StoredAppointment>();
  const log: AppointmentEvent[] = [];
  const logs = new Map<number, AppointmentEvent[]>();

  return {
    load: async (appointmentId) => {
      const row = rows.get(appointmentId);
      return row === undefined ? none : some(row);
    },

    commit: async (commit) => {
      const row = rows.get(commit.appointmentId);
      if ((row === undefined ? null : row.version) !== commit.expectedVersion) return { _tag: 'VersionChanged' };
      // Copy first: a value that cannot be stored leaves everything as it was.
      const appointment = copied<Appointment>(commit.appointment);
      const given = commit.event;
      const event: AppointmentEvent | null =
        given === null
          ? null
          : copied<AppointmentEvent>({
              sequence: log.length + 1,
              appointmentId: given.appointmentId,
              kind: given.kind,
              summary: given.summary,
              fingerprint: given.fingerprint,
              previousFingerprint: given.previousFingerprint,
              recordedAt: given.recordedAt,
            });
      rows.set(
        commit.appointmentId,
        Object.freeze({
          appointment,
          fingerprint: commit.fingerprint,
          sequence: event === null ? (row?.sequence ?? 0) : event.sequence,
          version: (row?.version ?? 0) + 1,
        }),
      );
      if (event !== null) {
        log.push(event);
        const own = logs.get(commit.appointmentId);
        if (own === undefined) logs.set(commit.appointmentId, [event]);
        else own.push(event);
      }
      return { _tag: 'Committed', event };
    },

    events: async (query) => {
      const after = query?.after !== undefined && query.after > 0 ? Math.floor(query.after) : 0;
      const limit = query?.limit ?? Number.POSITIVE_INFINITY;
      if (!(limit >= 1)) return EMPTY;
      if (query?.appointmentId === undefined) return log.slice(after, after + limit);
      const own = logs.get(query.appointmentId);
      if (own === undefined) return EMPTY;
      const start = firstAfter(own, after);
      return own.slice(start, start + limit);
    },
  };
}
