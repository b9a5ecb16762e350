import { Pool } from 'pg';
import { postgresAppointmentStore } from '../../src/postgres';
import { startPostgres, type PostgresServer } from '../support/postgresServer';
import { expectCrashLosesNothing } from '../support/storeSimulation';

const TIMEOUT_MS = 2000;
let server: PostgresServer;
let pool: Pool;

beforeAll(async () => {
  server = await startPostgres();
  // No 'error' listener of ours: the store's own must keep a lost connection from crashing the process.
  pool = new Pool({ host: server.host, port: server.port, user: server.user, database: server.database, max: 16 });
});

afterAll(async () => {
  await pool?.end();
  await server?.dispose();
});

describe('postgresAppointmentStore when the server is killed in the middle of a run', () => {
  it('rejects every call in flight with StoreUnavailable, and after a restart and a full redelivery the log is the no-fault one', async () => {
    const store = postgresAppointmentStore({ pool, schema: 'fault', timeoutMs: TIMEOUT_MS });
    await store.migrate();
    await expectCrashLosesNothing(store, server, TIMEOUT_MS);
  });
});
