import { createClient } from 'redis';
import { createAppointmentTracker } from '../../src';
import { redisAppointmentStore } from '../../src/redis';
import { describeWithRedis, startRedis, type RedisServer } from '../support/redisServer';
import { disposeSimulationWorker, runWorkerProcesses } from '../support/storeSimulation';
import { checkSimulatedLog, readWholeLog, runTrackerSimulation, simulationPlan, simulationSeed } from '../support/trackerSimulation';

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
    const seed = simulationSeed();
    const plan = simulationPlan({ seed });
    const store = freshStore();
    const task = { store: { kind: 'redis' as const, url: server.url, prefix: `sim${prefixes}` }, seed, appointments: plan.appointments.length, concurrency: 8 };
    const run = await runWorkerProcesses(task, 4);
    expect(new Set(run.pids).size).toBe(4);
    expect(run.pids).not.toContain(process.pid);
    expect(run.outcomes).toHaveLength(plan.deliveries.length);
    const tracker = createAppointmentTracker({ store });
    expect(await checkSimulatedLog(tracker, plan, run.outcomes)).toEqual([]);
    const events = (await readWholeLog(tracker)).length;

    const replay = await runWorkerProcesses(task, 4);
    expect(replay.outcomes.filter((o) => o._tag === 'Recorded')).toEqual([]);
    expect((await readWholeLog(tracker)).length).toBe(events);
  });
});
