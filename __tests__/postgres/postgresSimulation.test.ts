import { postgresAppointmentStore } from '../../src/postgres';
import { usePostgresPool } from '../support/postgresPool';
import { disposeSimulationWorker, expectSimulationExactlyOnce, expectWorkerProcessesExactlyOnce } from '../support/storeSimulation';

const postgres = usePostgresPool(16);
let schemas = 0;

async function freshStore() {
  const store = postgresAppointmentStore({ pool: postgres.pool, schema: `sim${++schemas}` });
  await store.migrate();
  return store;
}

afterAll(async () => {
  await disposeSimulationWorker();
});

describe('postgresAppointmentStore under the tracker simulation', () => {
  it('turns 50 shuffled, repeated lifecycles under 16 concurrent calls into an exactly-once log', async () => {
    await expectSimulationExactlyOnce(() => freshStore());
  });

  it('does the same with 4 worker processes × 8 concurrent calls on one server, and a replay records nothing', async () => {
    const store = await freshStore();
    const { server } = postgres;
    await expectWorkerProcessesExactlyOnce(store, {
      kind: 'postgres',
      host: server.host,
      port: server.port,
      user: server.user,
      database: server.database,
      schema: `sim${schemas}`,
    });
  });
});
