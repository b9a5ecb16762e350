// Simulation and fault runs for the database stores: the multi-process run (worker processes
// forked from a bundle of storeSimulationWorker.ts: jest's TypeScript transform does not apply to
// forked children, so esbuild bundles the worker and its sources into one CommonJS file, leaving
// npm packages to node_modules), and the run interrupted by a server crash.
import { fork } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import {
  createAppointmentTracker,
  memoryAppointmentStore,
  type AppointmentEvent,
  type AppointmentStore,
  type AppointmentTracker,
  type RecordOutcome,
  type TimeTapStoreError,
} from '../../src';
import type { WorkerTask } from './storeSimulationWorker';
import { checkSimulatedLog, readWholeLog, runTrackerSimulation, simulationPlan, simulationSeed, type SimulationPlan } from './trackerSimulation';

const root = join(__dirname, '..', '..');
let bundled: Promise<string> | undefined;

/** The worker bundle (built once per test process, into node_modules/.cache so packages resolve). */
export function simulationWorker(): Promise<string> {
  bundled ??= (async () => {
    const dir = join(root, 'node_modules', '.cache', 'timetap-webhooks');
    mkdirSync(dir, { recursive: true });
    const outfile = join(dir, `storeSimulationWorker-${process.pid}.js`);
    await build({
      entryPoints: [join(__dirname, 'storeSimulationWorker.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node18',
      packages: 'external',
      logLevel: 'error',
      plugins: [
        {
          // The sources import the library by its name, as users do (see jest's moduleNameMapper).
          name: 'library-from-sources',
          setup(b) {
            b.onResolve({ filter: /^timetap-webhooks(\/testing)?$/ }, (args) => ({
              path: join(root, 'src', args.path === 'timetap-webhooks' ? 'index.ts' : 'testing/index.ts'),
            }));
          },
        },
      ],
    });
    return outfile;
  })();
  return bundled;
}

/** Deletes the worker bundle (call in afterAll). */
export async function disposeSimulationWorker(): Promise<void> {
  const built = bundled;
  bundled = undefined;
  if (built !== undefined) rmSync(await built, { force: true });
}

/** Runs `workers` worker processes at the same moment; answers all their outcomes. */
export async function runWorkerProcesses(task: Omit<WorkerTask, 'worker' | 'workers'>, workers: number): Promise<{ outcomes: RecordOutcome[]; pids: number[] }> {
  const script = await simulationWorker();
  const results = await Promise.all(
    Array.from(
      { length: workers },
      (_, worker) =>
        new Promise<{ pid: number; outcomes: RecordOutcome[] }>((resolve, reject) => {
          const child = fork(script, [JSON.stringify({ ...task, worker, workers })], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
          let answer: { pid: number; outcomes: RecordOutcome[] } | undefined;
          child.on('message', (message) => {
            answer = message as { pid: number; outcomes: RecordOutcome[] };
          });
          child.on('error', reject);
          child.on('exit', (code) => (code === 0 && answer !== undefined ? resolve(answer) : reject(new Error(`worker ${worker} exited with ${code}`))));
        }),
    ),
  );
  return { outcomes: results.flatMap((r) => r.outcomes), pids: results.map((r) => r.pid) };
}

/** What an interrupted run saw: the calls that settled, and how. */
export interface InterruptedRun {
  readonly recorded: AppointmentEvent[];
  readonly rejections: unknown[];
  /** How long each call in flight when the server died took to settle, in ms. */
  readonly inFlightSettledAfter: number[];
}

/**
 * Delivers each appointment's deliveries in arrival order of its own states (each appointment by
 * one caller at a time, `concurrency` appointments at once), so that a run records exactly the
 * distinct states whatever the timing. `crash` is called once, after `crashAfter` calls have
 * settled; the calls in flight then must all settle, and the callers stop taking new work.
 */
export async function deliverPerAppointment(
  tracker: AppointmentTracker,
  plan: SimulationPlan,
  concurrency: number,
  crash?: { after: number; kill: () => Promise<void> },
): Promise<InterruptedRun> {
  const recorded: AppointmentEvent[] = [];
  const rejections: unknown[] = [];
  const inFlightSettledAfter: number[] = [];
  const byAppointment = plan.appointments.map((_, index) => plan.deliveries.filter((d) => d.appointment === index).sort((a, b) => a.state - b.state));
  const inFlight = new Set<Promise<unknown>>();
  let settled = 0;
  let next = 0;
  let crashing: Promise<void> | undefined;
  let crashedAt = 0;
  const caller = async (): Promise<void> => {
    while (crashing === undefined && next < byAppointment.length) {
      const own = byAppointment[next++] ?? [];
      for (const delivery of own) {
        if (crashing !== undefined) return;
        const state = plan.appointments[delivery.appointment]?.states[delivery.state];
        if (state === undefined) throw new Error('no such state');
        const call = tracker.record(state);
        inFlight.add(call);
        try {
          const outcome = await call;
          if (outcome._tag === 'Recorded') recorded.push(outcome.event);
        } catch (error) {
          rejections.push(error);
          if (crashedAt > 0) inFlightSettledAfter.push(Date.now() - crashedAt);
          return; // this appointment stops here; its remaining states are redelivered later
        } finally {
          inFlight.delete(call);
          settled++;
        }
        if (crash !== undefined && crashing === undefined && settled >= crash.after) {
          crashedAt = Date.now();
          crashing = crash.kill();
        }
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, caller));
  await crashing;
  return { recorded, rejections, inFlightSettledAfter };
}

/** Per appointment, its events without `sequence` and `recordedAt`: what two runs must agree on. */
export async function eventsByAppointment(tracker: AppointmentTracker, plan: SimulationPlan): Promise<Record<number, unknown[]>> {
  const out: Record<number, unknown[]> = {};
  for (const a of plan.appointments) {
    out[a.id] = (await tracker.events({ appointmentId: a.id })).map(({ sequence: _s, recordedAt: _r, ...rest }) => JSON.parse(JSON.stringify(rest)) as unknown);
  }
  return out;
}

/** Polls until the store answers again after a restart. */
export async function untilAnswering(tracker: AppointmentTracker, attempts = 200): Promise<void> {
  for (let i = 0; ; i++) {
    try {
      await tracker.events({ limit: 1 });
      return;
    } catch (error) {
      if (i >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** The `_tag`s of rejections (anything that is not a TimeTapStoreError shows as its name). */
export function tagsOf(rejections: ReadonlyArray<unknown>): string[] {
  return rejections.map((e) => {
    const error = e as Partial<TimeTapStoreError>;
    return error?.name === 'TimeTapStoreError' && error.error !== undefined ? error.error._tag : `not a TimeTapStoreError: ${String(e)}`;
  });
}

/** A database server the fault run can crash and start again (same data, same port). */
export interface CrashableServer {
  kill(): Promise<void>;
  start(): Promise<void>;
}

/**
 * The fault run, the same for every database store: the server is killed a third of the way
 * through 16 concurrent deliveries; every call in flight rejects with StoreUnavailable (within the
 * store's timeout), and after a restart and a full redelivery the log is the no-fault one, with
 * every event answered Recorded before the crash in it, unchanged.
 */
export async function expectCrashLosesNothing(store: AppointmentStore, server: CrashableServer, timeoutMs: number): Promise<void> {
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown): void => void unhandled.push(reason);
  process.on('unhandledRejection', onUnhandled);
  try {
    const plan = simulationPlan();
    const clock = () => new Date('2025-07-15T12:00:00.000Z');
    const reference = createAppointmentTracker({ store: memoryAppointmentStore(), clock });
    expect((await deliverPerAppointment(reference, plan, 16)).rejections).toEqual([]);

    const tracker = createAppointmentTracker({ store, clock });
    const crashed = await deliverPerAppointment(tracker, plan, 16, { after: Math.floor(plan.deliveries.length / 3), kill: () => server.kill() });
    expect(crashed.recorded.length).toBeGreaterThan(0);
    expect(crashed.rejections.length).toBeGreaterThan(0);
    expect(new Set(tagsOf(crashed.rejections))).toEqual(new Set(['StoreUnavailable']));
    expect(Math.max(...crashed.inFlightSettledAfter)).toBeLessThan(timeoutMs + 5000);
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
}

/**
 * The in-process run, the same for every database store: 50 shuffled, repeated lifecycles under
 * 16 concurrent calls, each run on a store from `makeStore`, make an exactly-once log.
 */
export async function expectSimulationExactlyOnce(makeStore: () => AppointmentStore | Promise<AppointmentStore>): Promise<void> {
  const report = await runTrackerSimulation(makeStore, { concurrency: 16 });
  expect(report.problems).toEqual([]);
  expect(report.outcomes.Recorded).toBe(report.events);
  expect(report.outcomes.Stale).toBeGreaterThan(0);
}

/**
 * The multi-process run, the same for every database store: 4 worker processes × 8 concurrent
 * calls deliver one seeded plan to the store that `target` names (the empty `store` seen from
 * this process); the log is exactly-once, and a replay records nothing.
 */
export async function expectWorkerProcessesExactlyOnce(store: AppointmentStore, target: WorkerTask['store']): Promise<void> {
  const seed = simulationSeed();
  const plan = simulationPlan({ seed });
  const task = { store: target, seed, appointments: plan.appointments.length, concurrency: 8 };
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
}
