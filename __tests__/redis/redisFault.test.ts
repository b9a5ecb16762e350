import { createClient } from 'redis';
import { createAppointmentTracker, memoryAppointmentStore } from '../../src';
import { redisAppointmentStore } from '../../src/redis';
import { describeWithRedis, startRedis, type RedisServer } from '../support/redisServer';
import { deliverPerAppointment, eventsByAppointment, tagsOf, untilAnswering } from '../support/storeSimulation';
import { checkSimulatedLog, readWholeLog, simulationPlan } from '../support/trackerSimulation';

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
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown): void => void unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const plan = simulationPlan();
      const clock = () => new Date('2025-07-15T12:00:00.000Z');
      const reference = createAppointmentTracker({ store: memoryAppointmentStore(), clock });
      expect((await deliverPerAppointment(reference, plan, 16)).rejections).toEqual([]);

      const store = redisAppointmentStore({ client, prefix: 'fault', timeoutMs: TIMEOUT_MS });
      const tracker = createAppointmentTracker({ store, clock });
      const crashed = await deliverPerAppointment(tracker, plan, 16, { after: Math.floor(plan.deliveries.length / 3), kill: () => server.kill() });
      expect(crashed.recorded.length).toBeGreaterThan(0);
      expect(crashed.rejections.length).toBeGreaterThan(0);
      expect(new Set(tagsOf(crashed.rejections))).toEqual(new Set(['StoreUnavailable']));
      expect(Math.max(...crashed.inFlightSettledAfter)).toBeLessThan(TIMEOUT_MS + 5000);
      // While the server is down, calls fail fast with StoreUnavailable too.
      expect(tagsOf([await tracker.events().catch((e: unknown) => e)])).toEqual(['StoreUnavailable']);

      await server.start();
      await untilAnswering(tracker);
      const redelivered = await deliverPerAppointment(tracker, plan, 16);
      expect(redelivered.rejections).toEqual([]);

      const log = await readWholeLog(tracker);
      expect(crashed.recorded.length).toBeLessThan(log.length); // the crash did interrupt the run
      // Nothing lost: every event answered Recorded before the crash is in the log, unchanged.
      for (const event of crashed.recorded) expect(log[event.sequence - 1]).toEqual(event);
      // Nothing doubled, nothing missing: each appointment's events are the no-fault run's.
      expect(await checkSimulatedLog(tracker, plan)).toEqual([]);
      expect(log).toHaveLength((await readWholeLog(reference)).length);
      expect(await eventsByAppointment(tracker, plan)).toEqual(await eventsByAppointment(reference, plan));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
