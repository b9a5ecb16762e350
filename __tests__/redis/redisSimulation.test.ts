import { redisAppointmentStore } from '../../src/redis';
import { useRedisClient } from '../support/redisClient';
import { describeWithRedis } from '../support/redisServer';
import { disposeSimulationWorker, expectSimulationExactlyOnce, expectWorkerProcessesExactlyOnce } from '../support/storeSimulation';

describeWithRedis('redisAppointmentStore under the tracker simulation', () => {
  const redis = useRedisClient();
  let prefixes = 0;
  const freshStore = () => redisAppointmentStore({ client: redis.client, prefix: `sim${++prefixes}` });

  afterAll(async () => {
    await disposeSimulationWorker();
  });

  it('turns 50 shuffled, repeated lifecycles under 16 concurrent calls into an exactly-once log', async () => {
    await expectSimulationExactlyOnce(() => freshStore());
  });

  it('does the same with 4 worker processes × 8 concurrent calls on one server, and a replay records nothing', async () => {
    await expectWorkerProcessesExactlyOnce(freshStore(), { kind: 'redis', url: redis.server.url, prefix: `sim${prefixes}` });
  });
});
