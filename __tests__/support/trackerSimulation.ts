import fc from 'fast-check';
import {
  appointmentFingerprint,
  classifyAppointmentChange,
  createAppointmentTracker,
  parseAppointmentWebhook,
  type Appointment,
  type AppointmentEvent,
  type AppointmentStore,
  type AppointmentTracker,
  type RecordOutcome,
} from '../../src';
import { buildAppointment } from '../../src/testing';

// The deterministic simulation of issue "appointment event log", usable on any AppointmentStore:
// generated lifecycles of many appointments, every snapshot delivered 1–3 times, shuffled, fed
// through concurrent `record` calls, then the log checked against what the lifecycles say must
// be in it. Everything is derived from one seed (fast-check's global seed by default, see
// fastCheckSeed.ts), so separate worker processes can rebuild the same plan and split the
// deliveries between them (`plan.deliveries.filter((_, i) => i % workers === worker)`).

/** One step of an appointment's life, as the generator draws them. */
export type LifecycleStep = 'edit' | 'reschedule' | 'reassign' | 'cancel' | 'delete' | 'restore' | 'restoreExact' | 'touch';

export interface SimulatedAppointment {
  readonly id: number;
  /** Whether the states carry `updateSequence` (otherwise only `modifieddate` orders them). */
  readonly withSequence: boolean;
  readonly steps: ReadonlyArray<LifecycleStep>;
  /** State 0 is the booking; state i+1 is state i after `steps[i]`. Every one decodes. */
  readonly states: ReadonlyArray<Appointment>;
  readonly fingerprints: ReadonlyArray<string>;
}

export interface Delivery {
  /** Index in `plan.appointments`. */
  readonly appointment: number;
  /** Index in that appointment's `states`. */
  readonly state: number;
}

export interface SimulationPlan {
  readonly seed: number;
  readonly appointments: ReadonlyArray<SimulatedAppointment>;
  /** Every state of every appointment 1–3 times, shuffled: the arrival order. */
  readonly deliveries: ReadonlyArray<Delivery>;
}

export interface SimulationOptions {
  /** Default: fast-check's global seed (fixed in CI), else a random one (printed on failure). */
  readonly seed?: number;
  /** Default 50. */
  readonly appointments?: number;
  /** Default 16. */
  readonly concurrency?: number;
  /** The first appointment id (ids are consecutive). Default 700000001. */
  readonly firstId?: number;
}

const STEPS: ReadonlyArray<LifecycleStep> = ['edit', 'reschedule', 'reassign', 'cancel', 'delete', 'restore', 'restoreExact', 'touch'];

/** The seed the plan is built from: the option, else fast-check's global seed, else a random one. */
export function simulationSeed(seed?: number): number {
  if (seed !== undefined) return seed;
  const global = fc.readConfigureGlobal().seed;
  return typeof global === 'number' ? global : Math.floor(Math.random() * 0x7fffffff);
}

type Mutable = Record<string, unknown> & { client?: Record<string, unknown>; professional?: Record<string, unknown>; location?: Record<string, unknown> };

function isClosed(state: Appointment): boolean {
  return state.status === 'CANCELLED' || state.status === 'DELETED';
}

/** State `previous` after `step`, saved `n` (1, 2, …) steps after the booking. */
function nextState(previous: Appointment, step: LifecycleStep, n: number, withSequence: boolean, booking: Appointment): Appointment {
  const next = JSON.parse(JSON.stringify(previous)) as Mutable;
  // Saves are minutes apart (a distinct modifieddate each, so order is known without updateSequence).
  const minutes = n * 7;
  next.modifieddate = `2025-07-${String(1 + Math.floor(minutes / 1440)).padStart(2, '0')}T${String(Math.floor((minutes % 1440) / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00`;
  if (withSequence) next.updateSequence = n;
  switch (step) {
    case 'edit':
      next.note = `Edit number ${n}`;
      if (next.client !== undefined) next.client.cellPhone = `312-555-${String(1000 + n)}`;
      break;
    case 'reschedule': {
      const day = 10 + n;
      next.startDate = `2025-08-${String(day).padStart(2, '0')}T00:00:00`;
      next.endDate = next.startDate;
      next.startTime = 900 + (n % 8) * 100;
      next.endTime = 945 + (n % 8) * 100;
      break;
    }
    case 'reassign':
      if (next.professional !== undefined) next.professional = { ...next.professional, professionalId: 63000 + n, fullName: `Staff member ${n}` };
      else next.location = { ...(next.location ?? {}), locationId: 5000 + n };
      break;
    case 'cancel':
      next.status = 'CANCELLED';
      next.cancelReason = `Reason ${n}`;
      break;
    case 'delete':
      next.status = 'DELETED';
      break;
    case 'restore':
      next.status = 'OPEN';
      next.note = `Restored at step ${n}`;
      break;
    case 'restoreExact':
      // Back to exactly the content of the booking (only bookkeeping keys differ).
      for (const key of Object.keys(next)) if (key !== 'modifieddate' && key !== 'updateSequence') delete next[key];
      for (const [key, value] of Object.entries(JSON.parse(JSON.stringify(booking)) as Mutable)) {
        if (key !== 'modifieddate' && key !== 'updateSequence') next[key] = value;
      }
      break;
    case 'touch':
      // A save that changes only bookkeeping keys (the reminder job).
      next.reminderSentClient = !previous.reminderSentClient;
      break;
  }
  const decoded = parseAppointmentWebhook(next);
  if (decoded._tag === 'Left') throw new Error(`simulation: state ${n} does not decode: ${decoded.left.message}`);
  return decoded.right;
}

/** Fits a drawn step to the state: cancel and delete need an open appointment, restores a closed one. */
function fitted(step: LifecycleStep, state: Appointment): LifecycleStep {
  if ((step === 'restore' || step === 'restoreExact') && !isClosed(state)) return 'edit';
  if ((step === 'cancel' || step === 'delete') && isClosed(state)) return step === 'cancel' ? 'restore' : 'edit';
  return step;
}

/** The plan: lifecycles and the shuffled arrival order, all from `seed`. */
export function simulationPlan(options: SimulationOptions = {}): SimulationPlan {
  const seed = simulationSeed(options.seed);
  const count = options.appointments ?? 50;
  const firstId = options.firstId ?? 700000001;
  const drawn = fc.sample(
    fc.array(
      fc.record({
        withSequence: fc.boolean(),
        steps: fc.array(fc.constantFrom(...STEPS), { minLength: 1, maxLength: 8 }),
        copies: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 9, maxLength: 9 }),
      }),
      { minLength: count, maxLength: count },
    ),
    { seed, numRuns: 1 },
  )[0];
  if (drawn === undefined) throw new Error('simulation: fast-check drew nothing');

  const appointments: SimulatedAppointment[] = [];
  const unshuffled: Delivery[] = [];
  drawn.forEach((draw, index) => {
    const id = firstId + index;
    const booking = parseAppointmentWebhook(
      buildAppointment({ calendarid: id, updateSequence: draw.withSequence ? 0 : undefined, modifieddate: '2025-06-30T23:00:00', note: `Booking ${id}` }),
    );
    if (booking._tag === 'Left') throw new Error('simulation: the booking does not decode');
    const states: Appointment[] = [booking.right];
    const steps: LifecycleStep[] = [];
    draw.steps.forEach((wanted, i) => {
      const previous = states[states.length - 1] as Appointment;
      const step = fitted(wanted, previous);
      steps.push(step);
      states.push(nextState(previous, step, i + 1, draw.withSequence, booking.right));
    });
    appointments.push({ id, withSequence: draw.withSequence, steps, states, fingerprints: states.map((s) => appointmentFingerprint(s)) });
    states.forEach((_, state) => {
      for (let copy = 0; copy < (draw.copies[state] ?? 1); copy++) unshuffled.push({ appointment: index, state });
    });
  });
  const order = fc.sample(fc.shuffledSubarray(unshuffled.map((_, i) => i), { minLength: unshuffled.length, maxLength: unshuffled.length }), {
    seed: seed + 1,
    numRuns: 1,
  })[0];
  if (order === undefined) throw new Error('simulation: fast-check drew no order');
  return { seed, appointments, deliveries: order.map((i) => unshuffled[i] as Delivery) };
}

/** The deliveries in the order of the lifecycles, each state once: a well-behaved sender. */
export function inOrderDeliveries(plan: SimulationPlan): ReadonlyArray<Delivery> {
  return plan.appointments.flatMap((a, appointment) => a.states.map((_, state) => ({ appointment, state })));
}

/**
 * Feeds `deliveries` through `tracker.record` with `concurrency` callers at the same moment (each
 * takes the next delivery when its call settles). Answers each delivery's outcome, by index.
 */
export async function deliverConcurrently(
  tracker: AppointmentTracker,
  plan: SimulationPlan,
  deliveries: ReadonlyArray<Delivery>,
  concurrency: number,
): Promise<RecordOutcome[]> {
  const outcomes: RecordOutcome[] = new Array<RecordOutcome>(deliveries.length);
  let next = 0;
  const caller = async (): Promise<void> => {
    while (next < deliveries.length) {
      const index = next++;
      const delivery = deliveries[index] as Delivery;
      const state = (plan.appointments[delivery.appointment] as SimulatedAppointment).states[delivery.state] as Appointment;
      outcomes[index] = await tracker.record(state);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, caller));
  return outcomes;
}

/** The whole log, read in pages with a cursor, as a consumer would. */
export async function readWholeLog(tracker: AppointmentTracker, page = 97): Promise<AppointmentEvent[]> {
  const all: AppointmentEvent[] = [];
  for (;;) {
    const last = all[all.length - 1];
    const batch = await tracker.events({ after: last === undefined ? 0 : last.sequence, limit: page });
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

const plain = (value: unknown): string => JSON.stringify(value, (_, v: unknown) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? sortedObject(v) : v));
function sortedObject(v: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(v).sort()) out[key] = (v as Record<string, unknown>)[key];
  return out;
}

/**
 * Checks the tracker's log and snapshots against the plan; answers the problems found (empty when
 * none). Each appointment's events are matched to its states (the earliest state after the
 * previous event's with the event's fingerprint); then:
 * - `current` is the last state (deep-equal, key order aside);
 * - the events form a strictly increasing run of states whose content ends as the last state's;
 * - `kind`/`summary` equal `classifyAppointmentChange(previous event's state, this state)`;
 * - `previousFingerprint` is the previous event's `fingerprint` (`null` first);
 * - across the store, `sequence` runs 1…N without gaps or repeats, and (if outcomes are given)
 *   as many deliveries answered `Recorded` as there are events.
 */
export async function checkSimulatedLog(
  tracker: AppointmentTracker,
  plan: SimulationPlan,
  outcomes?: ReadonlyArray<RecordOutcome>,
): Promise<string[]> {
  const problems: string[] = [];
  const log = await readWholeLog(tracker);
  log.forEach((e, i) => {
    if (e.sequence !== i + 1) problems.push(`log position ${i + 1} holds sequence ${e.sequence}`);
  });
  if (outcomes !== undefined) {
    const recorded = outcomes.filter((o) => o._tag === 'Recorded').length;
    if (recorded !== log.length) problems.push(`${recorded} deliveries answered Recorded, the log holds ${log.length} events`);
  }
  const byId = new Map<number, AppointmentEvent[]>();
  for (const e of log) {
    const own = byId.get(e.appointmentId) ?? [];
    own.push(e);
    byId.set(e.appointmentId, own);
  }
  for (const a of plan.appointments) {
    const events = byId.get(a.id) ?? [];
    byId.delete(a.id);
    const last = a.states.length - 1;
    const current = await tracker.current(a.id);
    if (current._tag === 'None') problems.push(`appointment ${a.id}: no current snapshot`);
    else if (plain(current.value) !== plain(a.states[last])) problems.push(`appointment ${a.id}: current is not its last state`);
    const own = await tracker.events({ appointmentId: a.id });
    if (own.map((e) => e.sequence).join() !== events.map((e) => e.sequence).join()) problems.push(`appointment ${a.id}: events({ appointmentId }) differs from the whole log`);
    let previousState = -1;
    events.forEach((e, i) => {
      const state = a.fingerprints.findIndex((f, s) => s > previousState && f === e.fingerprint);
      if (state < 0) {
        problems.push(`appointment ${a.id}: event ${e.sequence} matches no state after state ${previousState}`);
        return;
      }
      const before = previousState < 0 ? undefined : a.states[previousState];
      const summary = classifyAppointmentChange(before, a.states[state] as Appointment);
      if (e.kind !== summary.kind || plain(e.summary) !== plain(JSON.parse(JSON.stringify(summary)))) {
        problems.push(`appointment ${a.id}: event ${e.sequence} (state ${state}) has kind ${e.kind}, expected ${summary.kind} from state ${previousState}`);
      }
      const chained = i === 0 ? null : (events[i - 1] as AppointmentEvent).fingerprint;
      if (e.previousFingerprint !== chained) problems.push(`appointment ${a.id}: event ${e.sequence} does not chain to the event before it`);
      if (e.appointmentId !== a.id) problems.push(`event ${e.sequence} has appointmentId ${e.appointmentId}`);
      previousState = state;
    });
    const lastEvent = events[events.length - 1];
    if (lastEvent === undefined) problems.push(`appointment ${a.id}: no event`);
    else if (lastEvent.fingerprint !== a.fingerprints[last]) problems.push(`appointment ${a.id}: the last event is not the content of the last state`);
  }
  for (const id of byId.keys()) problems.push(`events of appointment ${id}, which the plan does not hold`);
  return problems;
}

/** The states that differ in content from the state before them: what in-order delivery records. */
export function distinctStates(a: SimulatedAppointment): number[] {
  return a.fingerprints.flatMap((f, s) => (s === 0 || f !== a.fingerprints[s - 1] ? [s] : []));
}

export interface SimulationReport {
  readonly seed: number;
  readonly deliveries: number;
  readonly states: number;
  readonly events: number;
  readonly outcomes: Readonly<Record<RecordOutcome['_tag'], number>>;
  readonly problems: ReadonlyArray<string>;
}

function tally(outcomes: ReadonlyArray<RecordOutcome>): Record<RecordOutcome['_tag'], number> {
  const counts = { Recorded: 0, Duplicate: 0, Stale: 0 };
  for (const o of outcomes) counts[o._tag]++;
  return counts;
}

/**
 * The whole simulation on stores from `makeStore` (called twice: each call must give an empty
 * store): the shuffled deliveries through `concurrency` concurrent callers, checked; then all of
 * them again (nothing may be recorded); then, on a second store, the deliveries in order and one
 * at a time (every distinct state must be recorded, in order). Answers a report whose `problems`
 * must be empty; it names the seed to reproduce a failure (`FC_SEED=<seed>`).
 */
export async function runTrackerSimulation(
  makeStore: () => AppointmentStore | Promise<AppointmentStore>,
  options: SimulationOptions = {},
): Promise<SimulationReport> {
  const plan = simulationPlan(options);
  const concurrency = options.concurrency ?? 16;
  const clock = (): Date => new Date('2025-07-15T12:00:00.000Z');
  const tracker = createAppointmentTracker({ store: await makeStore(), clock });
  const outcomes = await deliverConcurrently(tracker, plan, plan.deliveries, concurrency);
  const problems = await checkSimulatedLog(tracker, plan, outcomes);
  const events = (await readWholeLog(tracker)).length;

  const again = await deliverConcurrently(tracker, plan, plan.deliveries, concurrency);
  const recordedAgain = again.filter((o) => o._tag === 'Recorded').length;
  if (recordedAgain > 0) problems.push(`replaying every delivery again recorded ${recordedAgain} events`);
  if ((await readWholeLog(tracker)).length !== events) problems.push('replaying every delivery again changed the log');

  const ordered = createAppointmentTracker({ store: await makeStore(), clock });
  await deliverConcurrently(ordered, plan, inOrderDeliveries(plan), 1);
  problems.push(...(await checkSimulatedLog(ordered, plan)).map((p) => `in order: ${p}`));
  const orderedLog = await readWholeLog(ordered);
  for (const [index, a] of plan.appointments.entries()) {
    const expected = distinctStates(a).map((s) => a.fingerprints[s]).join();
    const got = orderedLog.filter((e) => e.appointmentId === a.id).map((e) => e.fingerprint).join();
    if (got !== expected) problems.push(`in order: appointment ${a.id} (#${index}) did not record each of its distinct states once`);
  }

  return {
    seed: plan.seed,
    deliveries: plan.deliveries.length,
    states: plan.appointments.reduce((n, a) => n + a.states.length, 0),
    events,
    outcomes: tally(outcomes),
    problems: problems.map((p) => `${p} (seed ${plan.seed})`),
  };
}
