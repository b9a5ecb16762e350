import { createClient } from 'redis';
import { redisAppointmentStore } from '../../src/redis';
import { describeWithRedis, startRedis, type RedisServer } from '../support/redisServer';
import { expectCrashLosesNothing } from '../support/storeSimulation';

const TIMEOUT_MS = 2000;

describeWithRedis('redisAppointmentStore when the server is killed in the middle of a run', () => {
  let server: RedisServer;
  let client: ReturnType<typeof createClient>;

  beforeAll(async () => {
    server = await startRedis();
    // No 'error' listener of ours: the store's own must keep a lost connection from crashing the process.
    client = createClient({ url: server.url });
    await client.connect();
  });

  afterAll(async () => {
    await client?.close();
    await server?.dispose();
  });

  it('rejects every call in flight with StoreUnavailable, and after a restart and a full redelivery the log is the no-fault one', async () => {
    const store = redisAppointmentStore({ client, prefix: 'fault', timeoutMs: TIMEOUT_MS });
    await expectCrashLosesNothing(store, server, TIMEOUT_MS);
  });
});
