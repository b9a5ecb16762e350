import { redisAppointmentStore } from '../../src/redis';
import { useRedisClient } from '../support/redisClient';
import { describeWithRedis } from '../support/redisServer';
import { disposeSimulationWorker, expectWorkerProcessesExactlyOnce } from '../support/storeSimulation';
import { runTrackerSimulation } from '../support/trackerSimulation';

describeWithRedis('redisAppointmentStore under the tracker simulation', () => {
  const redis = useRedisClient();
  let prefixes = 0;
  const freshStore = () => redisAppointmentStore({ client: redis.client, prefix: `sim${++prefixes}` });

  afterAll(async () => {
    await disposeSimulationWorker();
  });

  it('turns 50 shuffled, repeated lifecycles under 16 concurrent calls into an exactly-once log', async () => {
    const report = await runTrackerSimulation(() => freshStore(), { concurrency: 16 });
    expect(report.problems).toEqual([]);
    expect(report.outcomes.Recorded).toBe(report.events);
    expect(report.outcomes.Stale).toBeGreaterThan(0);
  });

  it('does the same with 4 worker processes × 8 concurrent calls on one server, and a replay records nothing', async () => {
    await expectWorkerProcessesExactlyOnce(freshStore(), { kind: 'redis', url: redis.server.url, prefix: `sim${prefixes}` });
  });
});
