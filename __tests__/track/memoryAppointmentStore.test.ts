import { isSome } from 'fp-ts/lib/Option.js';
import { memoryAppointmentStore, TimeTapStoreError, type Appointment } from '../../src';
import { commitOf } from '../support/storeCommits';

describe('memoryAppointmentStore', () => {
  it('keeps a copy: changing the recorded object afterwards does not change history', async () => {
    const store = memoryAppointmentStore();
    const appointment = { calendarid: 1, updateSequence: 0, client: { firstName: 'Ana' } };
    await store.commit(commitOf(appointment, null));
    appointment.client.firstName = 'Changed';
    const loaded = await store.load(1);
    expect(isSome(loaded) && loaded.value.appointment.client?.firstName).toBe('Ana');
  });

  it('gives back frozen snapshots and events', async () => {
    const store = memoryAppointmentStore();
    await store.commit(commitOf({ calendarid: 1, updateSequence: 0, client: { firstName: 'Ana' } }, null));
    const loaded = await store.load(1);
    expect(isSome(loaded) && Object.isFrozen(loaded.value.appointment.client)).toBe(true);
    const [event] = await store.events();
    expect(Object.isFrozen(event?.summary.changes[0])).toBe(true);
  });

  it('refuses a commit whose version is not the stored one, writing nothing', async () => {
    const store = memoryAppointmentStore();
    expect((await store.commit(commitOf({ calendarid: 1, updateSequence: 0 }, null)))._tag).toBe('Committed');
    expect(await store.commit(commitOf({ calendarid: 1, updateSequence: 1 }, null))).toEqual({ _tag: 'VersionChanged' });
    expect(await store.commit(commitOf({ calendarid: 1, updateSequence: 1 }, 7))).toEqual({ _tag: 'VersionChanged' });
    expect(await store.events()).toHaveLength(1);
  });

  it('rejects data JSON cannot hold with InvalidAppointment, leaving the store as it was', async () => {
    const store = memoryAppointmentStore();
    const bad = { calendarid: 1, updateSequence: 0, when: new Date(0) } as unknown as Appointment & { calendarid: number };
    await expect(store.commit(commitOf(bad, null))).rejects.toBeInstanceOf(TimeTapStoreError);
    expect((await store.load(1))._tag).toBe('None');
    expect(await store.events()).toEqual([]);
  });

  it('pages the log by after and limit, and by appointment', async () => {
    const store = memoryAppointmentStore();
    for (let i = 0; i < 6; i++) {
      const id = i % 2 === 0 ? 10 : 20;
      const loaded = await store.load(id);
      await store.commit(commitOf({ calendarid: id, updateSequence: i }, isSome(loaded) ? loaded.value.version : null));
    }
    const sequences = async (query?: Parameters<ReturnType<typeof memoryAppointmentStore>['events']>[0]) =>
      (await store.events(query)).map((e) => e.sequence);
    expect(await sequences()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(await sequences({ after: 2, limit: 3 })).toEqual([3, 4, 5]);
    expect(await sequences({ appointmentId: 20 })).toEqual([2, 4, 6]);
    expect(await sequences({ appointmentId: 20, after: 2, limit: 1 })).toEqual([4]);
    expect(await sequences({ after: 6 })).toEqual([]);
    expect(await sequences({ limit: 0 })).toEqual([]);
    expect(await sequences({ appointmentId: 30 })).toEqual([]);
  });
});
