import { postgresAppointmentStore } from '../../src/postgres';
import { usePostgresPool } from '../support/postgresPool';
import { expectCrashLosesNothing } from '../support/storeSimulation';

const TIMEOUT_MS = 2000;
const postgres = usePostgresPool(16);

describe('postgresAppointmentStore when the server is killed in the middle of a run', () => {
  it('rejects every call in flight with StoreUnavailable, and after a restart and a full redelivery the log is the no-fault one', async () => {
    const store = postgresAppointmentStore({ pool: postgres.pool, schema: 'fault', timeoutMs: TIMEOUT_MS });
    await store.migrate();
    await expectCrashLosesNothing(store, postgres.server, TIMEOUT_MS);
  });
});
