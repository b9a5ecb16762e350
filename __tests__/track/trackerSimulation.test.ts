import { createAppointmentTracker, memoryAppointmentStore, type AppointmentStore } from '../../src';
import { checkSimulatedLog, deliverConcurrently, runTrackerSimulation, simulationPlan } from '../support/trackerSimulation';

describe('createAppointmentTracker (simulation on memoryAppointmentStore)', () => {
  it('turns 50 shuffled, repeated lifecycles under 16 concurrent calls into an exactly-once log', async () => {
    const report = await runTrackerSimulation(() => memoryAppointmentStore());
    expect(report.problems).toEqual([]);
    // The plan is what the issue asks: 50 appointments, every state 1–3 times, all three outcomes seen.
    expect(report.deliveries).toBeGreaterThan(report.states);
    expect(report.deliveries).toBeLessThanOrEqual(3 * report.states);
    expect(report.outcomes.Recorded).toBe(report.events);
    expect(report.outcomes.Duplicate).toBeGreaterThan(0);
    expect(report.outcomes.Stale).toBeGreaterThan(0);
  });

  it('builds the same plan from the same seed, with every kind of step', () => {
    const a = simulationPlan({ seed: 7 });
    const b = simulationPlan({ seed: 7 });
    expect(a.appointments).toHaveLength(50);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(simulationPlan({ seed: 8 }))).not.toBe(JSON.stringify(a));
    const steps = new Set(a.appointments.flatMap((x) => x.steps));
    expect([...steps].sort()).toEqual(['cancel', 'delete', 'edit', 'reassign', 'reschedule', 'restore', 'restoreExact', 'touch']);
    expect(a.appointments.some((x) => !x.withSequence)).toBe(true);
  });

  it('finds the doubled events of a store that does not check versions', async () => {
    const broken = (): AppointmentStore => {
      const inner = memoryAppointmentStore();
      return {
        ...inner,
        // Presents whatever version is stored now: the check of the version the tracker read is gone.
        commit: async (commit) => {
          const found = await inner.load(commit.appointmentId);
          return inner.commit({ ...commit, expectedVersion: found._tag === 'Some' ? found.value.version : null });
        },
      };
    };
    const plan = simulationPlan({ appointments: 10 });
    const tracker = createAppointmentTracker({ store: broken() });
    const outcomes = await deliverConcurrently(tracker, plan, plan.deliveries, 16);
    expect((await checkSimulatedLog(tracker, plan, outcomes)).length).toBeGreaterThan(0);
  });
});
