import { createClient } from 'redis';
import { redisAppointmentStore } from '../../src/redis';
import { describeWithRedis, startRedis, type RedisServer } from '../support/redisServer';
import { disposeSimulationWorker, expectWorkerProcessesExactlyOnce } from '../support/storeSimulation';
import { runTrackerSimulation } from '../support/trackerSimulation';

describeWithRedis('redisAppointmentStore under the tracker simulation', () => {
  let server: RedisServer;
  let client: ReturnType<typeof createClient>;
  let prefixes = 0;
  const freshStore = () => redisAppointmentStore({ client, prefix: `sim${++prefixes}` });

  beforeAll(async () => {
    server = await startRedis();
    client = createClient({ url: server.url });
    await client.connect();
  });

  afterAll(async () => {
    await client?.close();
    await server?.dispose();
    await disposeSimulationWorker();
  });

  it('turns 50 shuffled, repeated lifecycles under 16 concurrent calls into an exactly-once log', async () => {
    const report = await runTrackerSimulation(() => freshStore(), { concurrency: 16 });
    expect(report.problems).toEqual([]);
    expect(report.outcomes.Recorded).toBe(report.events);
    expect(report.outcomes.Stale).toBeGreaterThan(0);
  });

  it('does the same with 4 worker processes × 8 concurrent calls on one server, and a replay records nothing', async () => {
    await expectWorkerProcessesExactlyOnce(freshStore(), { kind: 'redis', url: server.url, prefix: `sim${prefixes}` });
  });
});
