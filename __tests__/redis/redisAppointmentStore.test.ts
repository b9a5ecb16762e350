import { isSome } from 'fp-ts/lib/Option.js';
import { createClient } from 'redis';
import { createAppointmentTracker, TimeTapStoreError, type Appointment } from '../../src';
import { redisAppointmentStore } from '../../src/redis';
import { appointmentStoreConformance } from '../../src/testing';
import { freePort } from '../support/postgresServer';
import { describeWithRedis, startRedis, type RedisServer } from '../support/redisServer';
import { commitNext, commitOf, storeRejection } from '../support/storeCommits';

describeWithRedis('redisAppointmentStore', () => {
  let server: RedisServer;
  let client: ReturnType<typeof createClient>;
  let prefixes = 0;
  const freshStore = () => redisAppointmentStore({ client, prefix: `t${++prefixes}` });
  const tag = () => `{t${prefixes}}`;

  beforeAll(async () => {
    server = await startRedis();
    client = createClient({ url: server.url });
    client.on('error', () => undefined);
    await client.connect();
  });

  afterAll(async () => {
    await client?.close();
    await server?.dispose();
  });

  describe('passes appointmentStoreConformance (a fresh prefix per check)', () => {
    for (const check of appointmentStoreConformance(() => freshStore())) it(check.name, check.run);
  });

  it('keeps every key of a store under one hash tag, and stores with different prefixes apart', async () => {
    const a = freshStore();
    const tagA = tag();
    const b = freshStore();
    await commitNext(a, { calendarid: 1, updateSequence: 1 });
    await commitNext(a, { calendarid: 1, updateSequence: 2 });
    await commitNext(b, { calendarid: 1, updateSequence: 1 });
    expect((await a.events()).map((e) => e.sequence)).toEqual([1, 2]);
    expect((await b.events()).map((e) => e.sequence)).toEqual([1]);
    const keys = (await client.keys(`${tagA}*`)).sort();
    expect(keys).toEqual([`${tagA}:appointment:1`, `${tagA}:index:1`, `${tagA}:log`, `${tagA}:sequence`]);
    // Redis Cluster hashes only what is between the first { and the next }: the same for all.
    expect(new Set(keys.map((k) => /\{([^}]*)\}/.exec(k)?.[1])).size).toBe(1);
  });

  it('keeps the log as a Stream whose entry ids are the sequence numbers', async () => {
    const store = freshStore();
    await commitNext(store, { calendarid: 2, updateSequence: 1 });
    await commitNext(store, { calendarid: 3, updateSequence: 1 });
    const entries = await client.xRange(`${tag()}:log`, '-', '+');
    expect((entries ?? []).map((e) => e.id)).toEqual(['1-0', '2-0']);
  });

  it('refuses a prefix that could break the hash tag', () => {
    for (const prefix of ['', 'a}b', '{x}', 'a b', 'x'.repeat(101)]) {
      expect(() => redisAppointmentStore({ client, prefix })).toThrow(TypeError);
    }
  });

  it('gives back the snapshot as committed (unknown keys, unicode, NUL and lone surrogates kept) and the last sequence', async () => {
    const store = freshStore();
    const odd = { calendarid: 3, updateSequence: 1, note: 'a\u0000b \ud800 ✓', extra: { nested: [1, null, { deep: true }] } };
    await commitNext(store, odd as Appointment & { calendarid: number });
    await commitNext(store, { calendarid: 4, updateSequence: 1 });
    const loaded = await store.load(3);
    expect(isSome(loaded) && loaded.value.appointment).toEqual(odd);
    expect(isSome(loaded) && [loaded.value.sequence, loaded.value.version]).toEqual([1, 1]);
  });

  it('replaces the snapshot without appending when the commit carries no event', async () => {
    const store = freshStore();
    await commitNext(store, { calendarid: 8, updateSequence: 1 });
    const refreshed = await store.commit({ ...commitOf({ calendarid: 8, updateSequence: 2 }, 1), event: null });
    expect(refreshed).toEqual({ _tag: 'Committed', event: null });
    const again = await store.load(8);
    expect(isSome(again) && [again.value.version, again.value.sequence, again.value.appointment.updateSequence]).toEqual([2, 1, 2]);
    expect(await store.commit({ ...commitOf({ calendarid: 8, updateSequence: 3 }, 1), event: null })).toEqual({ _tag: 'VersionChanged' });
    expect(await store.events()).toHaveLength(1);
  });

  it('reports keys edited into garbage as CorruptRecord for that appointment only', async () => {
    const store = freshStore();
    const t = tag();
    for (const id of [10, 11, 12, 13]) await commitNext(store, { calendarid: id, updateSequence: 1 });
    await client.hSet(`${t}:appointment:10`, 'snapshot', '{"calendarid": "ten"}');
    await client.hSet(`${t}:appointment:11`, 'version', 'many');
    await client.del(`${t}:appointment:12`);
    await client.set(`${t}:appointment:12`, 'not a hash');
    await client.set(`${t}:index:13`, 'not a sorted set');
    const tracker = createAppointmentTracker({ store });
    for (const id of [10, 11, 12]) {
      expect((await storeRejection(store.load(id))).error).toMatchObject({ _tag: 'CorruptRecord', appointmentId: id });
      expect((await storeRejection(tracker.record({ calendarid: id, updateSequence: 2, status: 'CANCELLED' }))).error._tag).toBe('CorruptRecord');
    }
    expect((await storeRejection(tracker.record({ calendarid: 13, updateSequence: 2, status: 'CANCELLED' }))).error).toMatchObject({
      _tag: 'CorruptRecord',
      appointmentId: 13,
    });
    expect((await tracker.record({ calendarid: 14, updateSequence: 1 }))._tag).toBe('Recorded');
    expect((await store.events()).map((e) => e.appointmentId)).toEqual([10, 11, 12, 13, 14]);
  });

  it('reports a log entry edited into garbage as CorruptRecord of the log, and other appointments read on', async () => {
    const store = freshStore();
    const t = tag();
    await commitNext(store, { calendarid: 20, updateSequence: 1 });
    await commitNext(store, { calendarid: 21, updateSequence: 1 });
    await client.xDel(`${t}:log`, '1-0');
    await client.xAdd(`${t}:log`, '3-0', { event: '{"kind": "exploded"}' });
    await client.set(`${t}:sequence`, '3');
    expect((await storeRejection(store.events())).error).toMatchObject({ _tag: 'CorruptRecord', appointmentId: null });
    expect((await storeRejection(store.events({ appointmentId: 20 }))).error._tag).toBe('CorruptRecord');
    expect((await store.events({ appointmentId: 21 })).map((e) => e.sequence)).toEqual([2]);
    expect((await store.events({ limit: 1 })).map((e) => e.sequence)).toEqual([2]);
  });

  it('writes nothing when the sequence counter is garbage or behind the log', async () => {
    const store = freshStore();
    const t = tag();
    await commitNext(store, { calendarid: 30, updateSequence: 1 });
    await client.set(`${t}:sequence`, 'seven');
    expect((await storeRejection(commitNext(store, { calendarid: 31, updateSequence: 1 }))).error).toMatchObject({
      _tag: 'CorruptRecord',
      appointmentId: null,
    });
    await client.set(`${t}:sequence`, '0');
    expect((await storeRejection(commitNext(store, { calendarid: 31, updateSequence: 1 }))).error._tag).toBe('CorruptRecord');
    expect((await store.load(31))._tag).toBe('None');
    expect(await client.get(`${t}:sequence`)).toBe('0');
    expect(await store.events()).toHaveLength(1);
  });

  it('rejects data JSON cannot hold with InvalidAppointment, writing nothing', async () => {
    const store = freshStore();
    const bad = { calendarid: 40, updateSequence: 1, when: new Date(0) } as unknown as Appointment & { calendarid: number };
    expect((await storeRejection(store.commit(commitOf(bad, null)))).error._tag).toBe('InvalidAppointment');
    expect((await store.load(40))._tag).toBe('None');
    expect(await store.events()).toEqual([]);
  });

  it('loads its scripts again after SCRIPT FLUSH (EVALSHA falls back to EVAL)', async () => {
    const store = freshStore();
    await commitNext(store, { calendarid: 50, updateSequence: 1 });
    await client.scriptFlush();
    await commitNext(store, { calendarid: 50, updateSequence: 2 });
    expect((await store.events()).map((e) => e.sequence)).toEqual([1, 2]);
  });

  it('answers StoreUnavailable within timeoutMs when the server cannot be reached', async () => {
    const port = await freePort();
    const offline = createClient({ url: `redis://127.0.0.1:${port}`, socket: { reconnectStrategy: false } });
    offline.on('error', () => undefined);
    const store = redisAppointmentStore({ client: offline as unknown as typeof client, timeoutMs: 300 });
    const error = await storeRejection(store.load(1));
    expect(error).toBeInstanceOf(TimeTapStoreError);
    expect(error.error._tag).toBe('StoreUnavailable');
  });
});
