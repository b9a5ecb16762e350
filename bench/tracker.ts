/**
 * The appointment tracker's scenarios of `npm run bench`: `record` throughput and latency on the
 * memory store (1 and 16 concurrent callers), and the tracker's own work on one pair against the
 * pure functions it calls. Bodies are decoded before timing (decode excluded).
 */
import { some } from 'fp-ts/lib/Option.js';
import {
  appointmentFingerprint,
  classifyAppointmentChange,
  createAppointmentTracker,
  memoryAppointmentStore,
  type Appointment,
  type AppointmentStore,
  type RecordOutcome,
} from '../src/index';
import { median, sig3, spread, table, times } from './stats';

export interface TrackerBenchOptions {
  readonly rounds: number;
  /** Deliveries per throughput run. */
  readonly deliveries: number;
  /** Timed calls per round for the pair comparison. */
  readonly pairCalls: number;
}

interface Body {
  readonly label: string;
  readonly booked: Appointment;
  readonly rescheduled: Appointment;
  readonly cancelled: Appointment;
}

/**
 * Six deliveries per appointment, as a busy day brings them: booked twice (a repeat),
 * rescheduled, cancelled, the reschedule again late (stale), the cancellation again (a repeat):
 * 3 recorded, 2 duplicates, 1 stale. Appointments interleave (round-robin over 64 at a time).
 */
function workload(body: Body, total: number): Appointment[] {
  const perAppointment = (id: number): Appointment[] => {
    const as = (a: Appointment): Appointment => ({ ...a, calendarid: id });
    return [as(body.booked), as(body.booked), as(body.rescheduled), as(body.cancelled), as(body.rescheduled), as(body.cancelled)];
  };
  const out: Appointment[] = [];
  for (let first = 1; out.length < total; first += 64) {
    const lives = Array.from({ length: 64 }, (_, i) => perAppointment(first + i));
    for (let step = 0; step < 6; step++) for (const life of lives) out.push(life[step] as Appointment);
  }
  return out.slice(0, total);
}

interface RunResult {
  readonly perSecond: number;
  readonly latenciesUs: number[];
  readonly outcomes: Record<RecordOutcome['_tag'], number>;
}

async function throughput(deliveries: ReadonlyArray<Appointment>, callers: number): Promise<RunResult> {
  const tracker = createAppointmentTracker({ store: memoryAppointmentStore() });
  const latenciesUs: number[] = [];
  const outcomes = { Recorded: 0, Duplicate: 0, Stale: 0 };
  let next = 0;
  const caller = async (): Promise<void> => {
    while (next < deliveries.length) {
      const delivery = deliveries[next++] as Appointment;
      const t0 = performance.now();
      const outcome = await tracker.record(delivery);
      latenciesUs.push((performance.now() - t0) * 1000);
      outcomes[outcome._tag]++;
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: callers }, caller));
  const seconds = (performance.now() - t0) / 1000;
  return { perSecond: deliveries.length / seconds, latenciesUs, outcomes };
}

function percentile(values: ReadonlyArray<number>, p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/**
 * `a` without its stamps, so that two bodies record against each other in both directions. Built
 * key by key (no `delete`, which would leave V8 a slow dictionary-mode object).
 */
function unstamped(a: Appointment): Appointment {
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(a)) if (key !== 'updateSequence' && key !== 'modifieddate') rest[key] = value;
  return rest as Appointment;
}

/** A store that keeps nothing and copies nothing: what is left is the tracker's own work. */
function bareStore(stored: () => Appointment): AppointmentStore {
  return {
    load: async () => some({ appointment: stored(), fingerprint: 'f', sequence: 1, version: 1 }),
    commit: async (c) => ({ _tag: 'Committed', event: c.event === null ? null : { ...c.event, sequence: 2 } }),
    events: async () => [],
  };
}

export async function trackerBench(bodies: ReadonlyArray<Body>, options: TrackerBenchOptions): Promise<string[]> {
  const out: string[] = [];
  // ---- throughput and latency
  const rows: string[][] = [];
  const bars: string[] = [];
  for (const body of bodies) {
    const deliveries = workload(body, options.deliveries);
    for (const callers of [1, 16]) {
      await throughput(deliveries.slice(0, 600), callers); // warm-up
      const runs: RunResult[] = [];
      for (let round = 0; round < options.rounds; round++) runs.push(await throughput(deliveries, callers));
      const all = runs.flatMap((r) => r.latenciesUs);
      const o = runs[0]?.outcomes ?? { Recorded: 0, Duplicate: 0, Stale: 0 };
      const rate = median(runs.map((r) => r.perSecond));
      bars.push(`- memory store, ${body.label}, ${callers} caller${callers > 1 ? 's' : ''}: ${Math.round(rate).toLocaleString('en-US')} deliveries/s (target ≥ 20,000) ${rate >= 20000 ? 'PASS' : 'FAIL'}`);
      rows.push([
        body.label,
        String(callers),
        spread(runs.map((r) => r.perSecond), (n) => Math.round(n).toLocaleString('en-US')),
        sig3(percentile(all, 50)),
        sig3(percentile(all, 99)),
        `${o.Recorded} / ${o.Duplicate} / ${o.Stale}`,
      ]);
    }
  }
  out.push(
    `### f. Appointment tracker: \`record\` on \`memoryAppointmentStore\` (decoded bodies; ${options.deliveries.toLocaleString('en-US')} deliveries per run, ${options.rounds} runs)`,
    '',
    'Each appointment gets six deliveries: booked twice, rescheduled, cancelled, the reschedule again (late), the cancellation again; 64 appointments interleaved. Latency is one `record` call, start to settle (with 16 callers it includes waiting for the other callers\' turns on the one thread).',
    '',
    table(['Bodies', 'Concurrent callers', 'deliveries/s (median, min–max)', 'p50 µs', 'p99 µs', 'recorded / duplicate / stale'], rows),
    '',
  );

  // ---- own work on one pair
  const pairRows: string[][] = [];
  for (const body of bodies) {
    const a = unstamped(body.booked);
    const b = unstamped(body.rescheduled);
    const n = options.pairCalls;
    const pure = (): number => {
      const t0 = performance.now();
      for (let i = 0; i < n; i++) {
        const [before, after] = i % 2 === 0 ? [a, b] : [b, a];
        if (classifyAppointmentChange(before, after).kind === 'unchanged') throw new Error('bench: the pair is equal');
        appointmentFingerprint(after);
      }
      return ((performance.now() - t0) * 1000) / n;
    };
    let stored = a;
    const bare = createAppointmentTracker({ store: bareStore(() => stored) });
    const ownWork = async (): Promise<number> => {
      const t0 = performance.now();
      for (let i = 0; i < n; i++) {
        const [before, after] = i % 2 === 0 ? [a, b] : [b, a];
        stored = before;
        if ((await bare.record(after))._tag !== 'Recorded') throw new Error('bench: the bare store did not record');
      }
      return ((performance.now() - t0) * 1000) / n;
    };
    const memory = createAppointmentTracker({ store: memoryAppointmentStore() });
    await memory.record(a);
    let memoryNext = 0;
    const withMemory = async (): Promise<number> => {
      const t0 = performance.now();
      for (let i = 0; i < n; i++) {
        const after = memoryNext++ % 2 === 0 ? b : a;
        if ((await memory.record(after))._tag !== 'Recorded') throw new Error('bench: the memory store did not record');
      }
      return ((performance.now() - t0) * 1000) / n;
    };
    // A warm-up, then rounds in rotated order.
    pure();
    await ownWork();
    await withMemory();
    const samples = { pure: [] as number[], own: [] as number[], memory: [] as number[] };
    for (let round = 0; round < options.rounds; round++) {
      const order = [0, 1, 2].map((k) => (k + round) % 3);
      for (const k of order) {
        if (k === 0) samples.pure.push(pure());
        else if (k === 1) samples.own.push(await ownWork());
        else samples.memory.push(await withMemory());
      }
    }
    const ownRatio = samples.own.map((v, i) => v / (samples.pure[i] ?? Number.NaN));
    const memoryRatio = samples.memory.map((v, i) => v / (samples.pure[i] ?? Number.NaN));
    const ratio = median(ownRatio);
    bars.push(`- tracker's own work ÷ (classify + fingerprint), ${body.label}: ${times(ratio)} (target ≤ 1.50×) ${ratio <= 1.5 ? 'PASS' : 'FAIL'}; on the memory store ${times(median(memoryRatio))}`);
    pairRows.push(
      [body.label, 'classifyAppointmentChange + appointmentFingerprint', spread(samples.pure, sig3), ''],
      [body.label, 'record, tracker only (a store that keeps and copies nothing)', spread(samples.own, sig3), spread(ownRatio, times)],
      [body.label, 'record on memoryAppointmentStore (frozen copies of snapshot and event)', spread(samples.memory, sig3), spread(memoryRatio, times)],
    );
  }
  out.push(
    '### g. The tracker\'s own work against the pure functions, on one pair (booked ↔ rescheduled, stamps removed so that each call records)',
    '',
    table(['Bodies', 'Operation', 'µs per delivery', '× pure'], pairRows),
    '',
    '### Against the tracker\'s targets',
    '',
    ...bars,
    '',
  );
  return out;
}

