// Hand-built commits for store-level tests (the tracker builds real ones).
import { TimeTapStoreError, type Appointment, type AppointmentCommit, type AppointmentStore } from '../../src';
import { isSome } from 'fp-ts/lib/Option.js';

export function commitOf(appointment: Appointment & { calendarid: number }, expectedVersion: number | null): AppointmentCommit {
  const fingerprint = `f${String(appointment.updateSequence)}`;
  return {
    appointmentId: appointment.calendarid,
    expectedVersion,
    appointment,
    fingerprint,
    event: {
      appointmentId: appointment.calendarid,
      kind: 'updated',
      summary: {
        kind: 'updated',
        statusChanged: { _tag: 'None' },
        rescheduled: { _tag: 'None' },
        staffChanged: false,
        locationChanged: false,
        reasonChanged: false,
        clientChanged: false,
        customFields: [],
        changes: [{ path: 'note', kind: 'changed', before: 'a', after: 'b' }],
      },
      fingerprint,
      previousFingerprint: null,
      recordedAt: '2025-06-01T12:00:00.000Z',
    },
  };
}

/** Commits the next state of an appointment on top of whatever is stored. */
export async function commitNext(store: AppointmentStore, appointment: Appointment & { calendarid: number }): Promise<void> {
  const loaded = await store.load(appointment.calendarid);
  const result = await store.commit(commitOf(appointment, isSome(loaded) ? loaded.value.version : null));
  if (result._tag !== 'Committed') throw new Error('the commit lost a version check nobody else could win');
}

/** The TimeTapStoreError a promise rejects with (fails on anything else). */
export async function storeRejection(promise: Promise<unknown>): Promise<TimeTapStoreError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof TimeTapStoreError) return e;
    throw e;
  }
  throw new Error('expected a rejection');
}
