import { createServer, type Server, type Socket } from 'node:net';
import { isSome } from 'fp-ts/lib/Option.js';
import { Pool } from 'pg';
import { createAppointmentTracker, TimeTapStoreError, type Appointment } from '../../src';
import { postgresAppointmentSchema, postgresAppointmentStore } from '../../src/postgres';
import { appointmentStoreConformance } from '../../src/testing';
import { freePort, startPostgres, type PostgresServer } from '../support/postgresServer';
import { commitNext, commitOf, storeRejection } from '../support/storeCommits';

let server: PostgresServer;
let pool: Pool;
let schemas = 0;

/** A store in a schema of its own, migrated. */
async function freshStore(options: { tablePrefix?: string } = {}) {
  const store = postgresAppointmentStore({ pool, schema: `t${++schemas}`, ...options });
  await store.migrate();
  return store;
}

beforeAll(async () => {
  server = await startPostgres();
  pool = new Pool({ host: server.host, port: server.port, user: server.user, database: server.database, max: 8 });
});

afterAll(async () => {
  await pool?.end();
  await server?.dispose();
});

describe('postgresAppointmentStore', () => {
  describe('passes appointmentStoreConformance (a fresh schema per check)', () => {
    for (const check of appointmentStoreConformance(() => freshStore())) it(check.name, check.run);
  });

  it('creates its tables once when many instances migrate at the same moment', async () => {
    const stores = Array.from({ length: 8 }, () => postgresAppointmentStore({ pool, schema: 'concurrent_migrate' }));
    await Promise.all(stores.map((s) => s.migrate()));
    await Promise.all(stores.map((s) => s.migrate()));
    const tables = await pool.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'concurrent_migrate' ORDER BY table_name`,
    );
    expect(tables.rows.map((r: { table_name: string }) => r.table_name)).toEqual(['timetap_appointments', 'timetap_events', 'timetap_log_head']);
    const tracker = createAppointmentTracker({ store: stores[0]! });
    expect((await tracker.record({ calendarid: 1, updateSequence: 0 }))._tag).toBe('Recorded');
  });

  it('runs the SQL that postgresAppointmentSchema shows, and that SQL applied by hand gives a working store', async () => {
    await pool.query(postgresAppointmentSchema({ schema: 'by_hand', tablePrefix: 'tt_' }));
    const store = postgresAppointmentStore({ pool, schema: 'by_hand', tablePrefix: 'tt_' });
    await commitNext(store, { calendarid: 5, updateSequence: 1 });
    expect((await store.events()).map((e) => e.sequence)).toEqual([1]);
  });

  it('keeps stores with different prefixes apart, in one schema', async () => {
    const a = await freshStore({ tablePrefix: 'a_' });
    const schema = `t${schemas}`;
    const b = postgresAppointmentStore({ pool, schema, tablePrefix: 'B_' });
    await b.migrate();
    await commitNext(a, { calendarid: 1, updateSequence: 1 });
    await commitNext(a, { calendarid: 1, updateSequence: 2 });
    await commitNext(b, { calendarid: 1, updateSequence: 1 });
    expect((await a.events()).map((e) => e.sequence)).toEqual([1, 2]);
    expect((await b.events()).map((e) => e.sequence)).toEqual([1]);
  });

  it('refuses a schema or prefix that is not a plain identifier, before any SQL runs', () => {
    for (const schema of ['', 'public"; DROP TABLE x; --', 'a b', '1abc', 'x'.repeat(64), 'ünïcode']) {
      expect(() => postgresAppointmentStore({ pool, schema })).toThrow(TypeError);
      expect(() => postgresAppointmentSchema({ schema })).toThrow(TypeError);
    }
    for (const tablePrefix of ['x"; DROP TABLE y; --', 'a-b', '9_', 'x'.repeat(43)]) {
      expect(() => postgresAppointmentStore({ pool, tablePrefix })).toThrow(TypeError);
    }
    expect(() => postgresAppointmentStore({ pool, tablePrefix: '' })).not.toThrow();
  });

  it('gives back the snapshot as committed (unknown keys, unicode, NUL and lone surrogates kept) and the last sequence', async () => {
    const store = await freshStore();
    const odd = { calendarid: 3, updateSequence: 1, note: 'a\u0000b \ud800 ✓', extra: { nested: [1, null, { deep: true }] } };
    await commitNext(store, odd as Appointment & { calendarid: number });
    await commitNext(store, { calendarid: 4, updateSequence: 1 });
    const loaded = await store.load(3);
    expect(isSome(loaded) && loaded.value.appointment).toEqual(odd);
    expect(isSome(loaded) && loaded.value.sequence).toBe(1);
    expect(isSome(loaded) && loaded.value.version).toBe(1);
  });

  it('replaces the snapshot without appending when the commit carries no event', async () => {
    const store = await freshStore();
    await commitNext(store, { calendarid: 8, updateSequence: 1 });
    const loaded = await store.load(8);
    if (!isSome(loaded)) throw new Error('not stored');
    const refreshed = await store.commit({ ...commitOf({ calendarid: 8, updateSequence: 2 }, loaded.value.version), event: null });
    expect(refreshed).toEqual({ _tag: 'Committed', event: null });
    const again = await store.load(8);
    expect(isSome(again) && [again.value.version, again.value.sequence, again.value.appointment.updateSequence]).toEqual([2, 1, 2]);
    expect(await store.commit({ ...commitOf({ calendarid: 8, updateSequence: 3 }, 1), event: null })).toEqual({ _tag: 'VersionChanged' });
    expect(await store.events()).toHaveLength(1);
  });

  it('reports a snapshot edited into garbage as CorruptRecord for that appointment only', async () => {
    const store = await freshStore();
    const schema = `"t${schemas}"`;
    await commitNext(store, { calendarid: 10, updateSequence: 1 });
    await commitNext(store, { calendarid: 11, updateSequence: 1 });
    await commitNext(store, { calendarid: 12, updateSequence: 1 });
    await pool.query(`UPDATE ${schema}.timetap_appointments SET snapshot = '{"calendarid": "ten"}' WHERE appointment_id = 10`);
    await pool.query(`UPDATE ${schema}.timetap_appointments SET version = -4 WHERE appointment_id = 11`);
    const tracker = createAppointmentTracker({ store });
    for (const id of [10, 11]) {
      const error = await storeRejection(store.load(id));
      expect(error.error).toMatchObject({ _tag: 'CorruptRecord', appointmentId: id });
      expect((await storeRejection(tracker.record({ calendarid: id, updateSequence: 2 }))).error._tag).toBe('CorruptRecord');
    }
    expect((await tracker.record({ calendarid: 12, updateSequence: 2, status: 'CANCELLED' }))._tag).toBe('Recorded');
    expect((await tracker.record({ calendarid: 13, updateSequence: 1 }))._tag).toBe('Recorded');
    expect((await store.events()).map((e) => e.appointmentId)).toEqual([10, 11, 12, 12, 13]);
  });

  it('reports an event row edited into garbage as CorruptRecord of the log, and other appointments read on', async () => {
    const store = await freshStore();
    const schema = `"t${schemas}"`;
    await commitNext(store, { calendarid: 20, updateSequence: 1 });
    await commitNext(store, { calendarid: 21, updateSequence: 1 });
    await pool.query(`UPDATE ${schema}.timetap_events SET kind = 'exploded' WHERE appointment_id = 20`);
    expect((await storeRejection(store.events())).error).toMatchObject({ _tag: 'CorruptRecord', appointmentId: null });
    expect((await storeRejection(store.events({ appointmentId: 20 }))).error._tag).toBe('CorruptRecord');
    expect((await store.events({ appointmentId: 21 })).map((e) => e.sequence)).toEqual([2]);
    expect((await store.events({ after: 1 })).map((e) => e.sequence)).toEqual([2]);
  });

  it('writes nothing when the head of the log is missing or behind the log', async () => {
    const store = await freshStore();
    const schema = `"t${schemas}"`;
    await commitNext(store, { calendarid: 30, updateSequence: 1 });
    await pool.query(`DELETE FROM ${schema}.timetap_log_head`);
    expect((await storeRejection(commitNext(store, { calendarid: 31, updateSequence: 1 }))).error._tag).toBe('CorruptRecord');
    await pool.query(`INSERT INTO ${schema}.timetap_log_head VALUES (true, 0)`);
    expect((await storeRejection(commitNext(store, { calendarid: 31, updateSequence: 1 }))).error._tag).toBe('CorruptRecord');
    expect((await store.load(31))._tag).toBe('None');
    expect(await store.events()).toHaveLength(1);
    // migrate() puts a missing head back where the log ends.
    await pool.query(`DELETE FROM ${schema}.timetap_log_head`);
    await store.migrate();
    await commitNext(store, { calendarid: 31, updateSequence: 1 });
    expect((await store.events()).map((e) => e.sequence)).toEqual([1, 2]);
  });

  it('rejects data JSON cannot hold with InvalidAppointment, writing nothing', async () => {
    const store = await freshStore();
    const bad = { calendarid: 40, updateSequence: 1, when: new Date(0) } as unknown as Appointment & { calendarid: number };
    expect((await storeRejection(store.commit(commitOf(bad, null)))).error._tag).toBe('InvalidAppointment');
    const nan = { calendarid: 40, updateSequence: Number.NaN } as Appointment & { calendarid: number };
    expect((await storeRejection(store.commit(commitOf(nan, null)))).error._tag).toBe('InvalidAppointment');
    expect((await store.load(40))._tag).toBe('None');
    expect(await store.events()).toEqual([]);
  });

  it('answers StoreUnavailable (telling to migrate) when its tables do not exist', async () => {
    const store = postgresAppointmentStore({ pool, schema: 'never_migrated' });
    const error = await storeRejection(store.load(1));
    expect(error.error).toMatchObject({ _tag: 'StoreUnavailable', code: '42P01' });
    expect(error.message).toContain('migrate()');
  });

  it('answers StoreUnavailable when the server refuses connections', async () => {
    const port = await freePort();
    const deadPool = new Pool({ host: '127.0.0.1', port, user: 'postgres', database: 'postgres' });
    try {
      const error = await storeRejection(postgresAppointmentStore({ pool: deadPool }).load(1));
      expect(error.error).toMatchObject({ _tag: 'StoreUnavailable', code: 'ECONNREFUSED' });
    } finally {
      await deadPool.end();
    }
  });

  it('answers StoreUnavailable after timeoutMs when the server accepts but never answers', async () => {
    const sockets: Socket[] = [];
    const silent: Server = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const address = silent.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    const silentPool = new Pool({ host: '127.0.0.1', port, user: 'postgres', database: 'postgres' });
    try {
      const error = await storeRejection(postgresAppointmentStore({ pool: silentPool, timeoutMs: 300 }).load(1));
      expect(error.error).toMatchObject({ _tag: 'StoreUnavailable', code: 'TIMEOUT' });
      expect(error).toBeInstanceOf(TimeTapStoreError);
    } finally {
      for (const socket of sockets) socket.destroy();
      silent.close();
      await silentPool.end().catch(() => undefined);
    }
  });
});
