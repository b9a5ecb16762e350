import { redisAppointmentStore } from '../../src/redis';
import { useRedisClient } from '../support/redisClient';
import { describeWithRedis } from '../support/redisServer';
import { expectCrashLosesNothing } from '../support/storeSimulation';

const TIMEOUT_MS = 2000;

describeWithRedis('redisAppointmentStore when the server is killed in the middle of a run', () => {
  const redis = useRedisClient();

  it('rejects every call in flight with StoreUnavailable, and after a restart and a full redelivery the log is the no-fault one', async () => {
    const store = redisAppointmentStore({ client: redis.client, prefix: 'fault', timeoutMs: TIMEOUT_MS });
    await expectCrashLosesNothing(store, redis.server, TIMEOUT_MS);
  });
});
