import { isNone, isSome } from 'fp-ts/lib/Option.js';
import {
  classifyAppointmentChange,
  createAppointmentTracker,
  memoryAppointmentStore,
  TimeTapStoreError,
  appointmentFingerprint,
  type Appointment,
  type AppointmentStore,
  type RecordOutcome,
} from '../../src';
import { decodeAppointment } from '../support/decodeAppointment';
import { readValid } from '../support/fixtures';
import { storeRejection } from '../support/storeCommits';

const fixture = (name: string): Appointment => decodeAppointment(readValid(name));
const booked = fixture('booked.json');
const rescheduled = fixture('rescheduled.json');
const cancelled = fixture('cancelled.json');
const reminderSent = fixture('reminder-sent.json');
const fixedClock = (): Date => new Date('2025-06-01T12:00:00.000Z');

function tracker(store: AppointmentStore = memoryAppointmentStore()) {
  return createAppointmentTracker({ store, clock: fixedClock });
}

function recorded(outcome: RecordOutcome) {
  if (outcome._tag !== 'Recorded') throw new Error(`expected Recorded, got ${outcome._tag}`);
  return outcome.event;
}

describe('createAppointmentTracker', () => {
  it('records the first delivery of an appointment as created, with sequence 1 and no previous fingerprint', async () => {
    const event = recorded(await tracker().record(booked));
    expect(event).toEqual({
      sequence: 1,
      appointmentId: 88410237,
      kind: 'created',
      summary: JSON.parse(JSON.stringify(classifyAppointmentChange(undefined, booked))),
      fingerprint: appointmentFingerprint(booked),
      previousFingerprint: null,
      recordedAt: '2025-06-01T12:00:00.000Z',
    });
  });

  it('records a newer state with the classification against the stored one, chained by fingerprint', async () => {
    const t = tracker();
    const first = recorded(await t.record(booked));
    const second = recorded(await t.record(rescheduled));
    expect(second.sequence).toBe(2);
    expect(second.kind).toBe('rescheduled');
    expect(second.summary).toEqual(JSON.parse(JSON.stringify(classifyAppointmentChange(booked, rescheduled))));
    expect(second.previousFingerprint).toBe(first.fingerprint);
    expect(second.fingerprint).toBe(appointmentFingerprint(rescheduled));
  });

  it('answers Duplicate for a repeated delivery and writes nothing', async () => {
    const t = tracker();
    await t.record(booked);
    expect(await t.record(decodeAppointment(readValid('booked.json')))).toEqual({ _tag: 'Duplicate', sequence: 1 });
    expect(await t.events()).toHaveLength(1);
  });

  it('answers Stale for an older state delivered late and keeps the newer snapshot', async () => {
    const t = tracker();
    await t.record(booked);
    await t.record(cancelled);
    expect(await t.record(rescheduled)).toEqual({ _tag: 'Stale', sequence: 2 });
    const current = await t.current(88410237);
    expect(isSome(current) && current.value.status).toBe('CANCELLED');
    expect((await t.events()).map((e) => e.kind)).toEqual(['created', 'cancelled']);
  });

  it('keeps a newer save that changed only bookkeeping keys as the snapshot, without an event', async () => {
    const t = tracker();
    await t.record(booked);
    expect(await t.record(reminderSent)).toEqual({ _tag: 'Duplicate', sequence: 1 });
    const current = await t.current(88410237);
    expect(isSome(current) && current.value.updateSequence).toBe(1);
    // booked again is now older than the stored snapshot, and the same content: still a duplicate.
    expect(await t.record(booked)).toEqual({ _tag: 'Duplicate', sequence: 1 });
    expect(await t.events()).toHaveLength(1);
  });

  it('recognises a late delivery as stale after a save that only moved the bookkeeping keys', async () => {
    // 0: booked; 1: cancelled; 2: restored with the very content of 0. Delivered 0, 2, then 1.
    const t = tracker();
    const open = { calendarid: 7, status: 'OPEN', updateSequence: 0 };
    await t.record(open);
    expect(await t.record({ ...open, updateSequence: 2 })).toEqual({ _tag: 'Duplicate', sequence: 1 });
    expect(await t.record({ ...open, status: 'CANCELLED', updateSequence: 1 })).toEqual({ _tag: 'Stale', sequence: 1 });
  });

  it('reads the stored snapshot back with its unknown keys', async () => {
    const t = tracker();
    const withExtra = decodeAppointment(readValid('unknown-extra-fields.json'));
    await t.record(withExtra);
    const current = await t.current(withExtra.calendarid ?? -1);
    expect(isSome(current) && current.value).toEqual(JSON.parse(readValid('unknown-extra-fields.json').toString('utf8')));
    expect(isNone(await t.current(1))).toBe(true);
  });

  it('uses its ignore list for both the duplicate check and the classification', async () => {
    const t = createAppointmentTracker({ store: memoryAppointmentStore(), ignore: ['note', 'updateSequence'] });
    await t.record({ calendarid: 3, note: 'a', updateSequence: 0 });
    expect((await t.record({ calendarid: 3, note: 'b', updateSequence: 1 }))._tag).toBe('Duplicate');
    expect(recorded(await t.record({ calendarid: 3, note: 'c', status: 'OPEN', updateSequence: 2 })).summary.changes.map((c) => c.path)).toEqual(['status']);
  });

  it('records one of two different states of one appointment handled at the same moment, and orders the other', async () => {
    const t = tracker();
    await t.record(booked);
    const outcomes = await Promise.all([t.record(cancelled), t.record(rescheduled)]);
    expect(outcomes.map((o) => o._tag).sort()).toEqual(['Recorded', 'Stale']);
    expect((await t.events()).map((e) => e.sequence)).toEqual([1, 2]);
  });

  it('gives up with StoreConflict when other writers win every attempt, having written nothing', async () => {
    const inner = memoryAppointmentStore();
    const store: AppointmentStore = { ...inner, commit: async () => ({ _tag: 'VersionChanged' }) };
    const error = await storeRejection(createAppointmentTracker({ store, maxAttempts: 3 }).record(booked));
    expect(error.error).toMatchObject({ _tag: 'StoreConflict', appointmentId: 88410237, attempts: 3 });
    expect(await inner.events()).toEqual([]);
  });

  it('rejects a hand-built value without an id with InvalidAppointment, not a throw', async () => {
    const t = tracker();
    const result = t.record({ status: 'OPEN' });
    expect(result).toBeInstanceOf(Promise);
    expect((await storeRejection(result)).error._tag).toBe('InvalidAppointment');
    expect((await storeRejection(t.record({ calendarid: 1.5 }))).error._tag).toBe('InvalidAppointment');
  });

  it('is safe to call again after a failure whose commit was in fact written: the retry is a duplicate', async () => {
    const inner = memoryAppointmentStore();
    let loseAnswers = true;
    const store: AppointmentStore = {
      ...inner,
      // The commit is written, then the connection drops before the answer arrives.
      commit: async (commit) => {
        const result = await inner.commit(commit);
        if (loseAnswers) throw new TimeTapStoreError({ _tag: 'StoreUnavailable', message: 'The connection closed.' });
        return result;
      },
    };
    const t = tracker(store);
    expect((await storeRejection(t.record(booked))).error._tag).toBe('StoreUnavailable');
    loseAnswers = false;
    expect(await t.record(booked)).toEqual({ _tag: 'Duplicate', sequence: 1 });
    expect(recorded(await t.record(rescheduled)).sequence).toBe(2);
    expect((await t.events()).map((e) => e.kind)).toEqual(['created', 'rescheduled']);
  });

  it('loads and decides again when another writer commits between its load and its commit', async () => {
    const inner = memoryAppointmentStore();
    let interfere = true;
    const t = tracker({
      ...inner,
      commit: async (commit) => {
        if (interfere) {
          // Another instance records the cancellation first.
          interfere = false;
          await createAppointmentTracker({ store: inner, clock: fixedClock }).record(cancelled);
        }
        return inner.commit(commit);
      },
    });
    await tracker(inner).record(booked);
    expect(await t.record(rescheduled)).toEqual({ _tag: 'Stale', sequence: 2 });
    expect((await t.events()).map((e) => e.kind)).toEqual(['created', 'cancelled']);
  });

  it('passes the store errors on as they are', async () => {
    const unavailable = new TimeTapStoreError({ _tag: 'StoreUnavailable', message: 'The store cannot be reached.', code: 'ECONNREFUSED' });
    const store: AppointmentStore = { ...memoryAppointmentStore(), load: () => Promise.reject(unavailable) };
    expect(await storeRejection(tracker(store).record(booked))).toBe(unavailable);
  });

  it('stamps events with its clock, by default the current time', async () => {
    const before = Date.now();
    const event = recorded(await createAppointmentTracker({ store: memoryAppointmentStore() }).record(booked));
    expect(Date.parse(event.recordedAt)).toBeGreaterThanOrEqual(before);
    expect(event.recordedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });
});

describe('TimeTapStoreError', () => {
  it('is an Error carrying the store error, with its message', () => {
    const error = new TimeTapStoreError({ _tag: 'CorruptRecord', message: 'The snapshot does not read back.', appointmentId: 5 });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('TimeTapStoreError');
    expect(error.message).toBe('The snapshot does not read back.');
    expect(error.error._tag).toBe('CorruptRecord');
  });
});
