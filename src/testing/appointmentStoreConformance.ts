import { isSome } from 'fp-ts/lib/Option.js';
import {
  appointmentFingerprint,
  classifyAppointmentChange,
  createAppointmentTracker,
  type Appointment,
  type AppointmentCommit,
  type AppointmentEvent,
  type AppointmentStore,
  type CommitResult,
  type StoredAppointment,
} from 'timetap-webhooks';
import { appointmentCommitOf } from '../track/appointmentCommitOf';
import { buildAppointment } from './buildAppointment';
import { firstDifference } from './sameJson';

/**
 * One check of {@link appointmentStoreConformance}: register `run` with your test runner under
 * `name`. `run` resolves when the store passes, and rejects with a plain `Error` saying what
 * differed (paths and counts, never values) when it does not.
 *
 * @example
 * ```ts
 * import type { AppointmentStoreCheck } from 'timetap-webhooks/testing';
 * const names = (checks: ReadonlyArray<AppointmentStoreCheck>) => checks.map((c) => c.name);
 * ```
 */
export interface AppointmentStoreCheck {
  readonly name: string;
  readonly run: () => Promise<void>;
}

/** Options of {@link appointmentStoreConformance}. */
export interface AppointmentStoreConformanceOptions {
  /** How many calls the concurrency checks run at the same moment. Default 16. */
  readonly concurrency?: number;
}

function fail(message: string): never {
  throw new Error(`appointment store conformance: ${message}`);
}

function expectSame(actual: unknown, expected: unknown, what: string): void {
  const path = firstDifference(actual, expected);
  if (path !== undefined) fail(`${what} differs at ${path}`);
}

function sequencesOf(events: ReadonlyArray<AppointmentEvent>): string {
  return `[${events.map((e) => e.sequence).join(', ')}]`;
}

function expectSequences(events: ReadonlyArray<AppointmentEvent>, expected: ReadonlyArray<number>, what: string): void {
  if (events.length !== expected.length || events.some((e, i) => e.sequence !== expected[i])) {
    fail(`${what}: expected sequences [${expected.join(', ')}], got ${sequencesOf(events)}`);
  }
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}

/** A realistic appointment: state `n` of appointment `id`, each state a different note. */
function stateOf(id: number, n: number): Appointment {
  return buildAppointment({
    calendarid: id,
    updateSequence: n,
    modifieddate: `2025-06-${String(1 + (n % 28)).padStart(2, '0')}T10:${String(n % 60).padStart(2, '0')}:00`,
    note: `State ${n} of appointment ${id}`,
  });
}

/** A commit as the tracker makes it, from `before` (with its version) to `after`. */
function commitOf(after: Appointment, before?: StoredAppointment): AppointmentCommit {
  return appointmentCommitOf({
    appointmentId: after.calendarid ?? Number.NaN,
    stored: before,
    appointment: after,
    summary: classifyAppointmentChange(before?.appointment, after),
    fingerprint: appointmentFingerprint(after),
    recordedAt: '2025-06-10T14:00:00.000Z',
  });
}

async function loaded(store: AppointmentStore, id: number): Promise<StoredAppointment> {
  const found = await store.load(id);
  if (!isSome(found)) return fail(`load(${id}) answered none after a commit`);
  return found.value;
}

function committed(result: CommitResult, what: string): AppointmentEvent {
  if (result._tag !== 'Committed') return fail(`${what}: answered ${result._tag}, expected Committed`);
  if (result.event === null) return fail(`${what}: Committed without its event`);
  return result.event;
}

/** Commits state 0, then states 1…n of one appointment, each against the previous one. */
async function commitStates(store: AppointmentStore, id: number, last: number): Promise<void> {
  let before: StoredAppointment | undefined;
  for (let n = 0; n <= last; n++) {
    committed(await store.commit(commitOf(stateOf(id, n), before)), `commit of state ${n}`);
    before = await loaded(store, id);
  }
}

/**
 * The checks an `AppointmentStore` must pass to back `createAppointmentTracker`: the contract in
 * the store interface's documentation, run against your implementation. Runner-agnostic: it
 * returns a list of named checks, each an async function that throws a plain `Error` when the
 * store breaks the contract; register them with your runner. `makeStore` is called once per
 * check and must give an empty store (a fresh database, schema or key prefix, or truncated
 * tables).
 *
 * What is checked: `load` of an unknown id; a commit read back (snapshot deep-equal with unknown
 * keys, its fingerprint and `sequence`, the event as committed); the version check (a stale or
 * missing version writes nothing); a commit without an event; `sequence` from 1 without gaps
 * across appointments; `events` by `after`, `limit` and `appointmentId`; that a committed snapshot
 * is a copy; concurrent commits presenting one version (exactly one wins); concurrent commits of
 * many appointments (unique, gapless sequences, and a reader paging with `after` meanwhile never
 * skips one); and the tracker on top of the store with concurrent deliveries.
 *
 * @example
 * ```ts
 * import { memoryAppointmentStore } from 'timetap-webhooks';
 * import { appointmentStoreConformance } from 'timetap-webhooks/testing';
 *
 * // In a jest, vitest or node:test file:
 * declare const it: (name: string, run: () => Promise<void>) => void;
 * for (const check of appointmentStoreConformance(() => memoryAppointmentStore())) it(check.name, check.run);
 * ```
 */
export function appointmentStoreConformance(
  makeStore: () => AppointmentStore | Promise<AppointmentStore>,
  options?: AppointmentStoreConformanceOptions,
): ReadonlyArray<AppointmentStoreCheck> {
  const concurrency = Math.max(2, options?.concurrency ?? 16);
  const check = (name: string, body: (store: AppointmentStore) => Promise<void>): AppointmentStoreCheck => ({
    name,
    run: async () => body(await makeStore()),
  });

  return [
    check('load answers none for an appointment never committed', async (store) => {
      if (isSome(await store.load(424242))) fail('load of an unknown appointment answered some');
      const events = await store.events();
      if (events.length !== 0) fail(`a new store has events ${sequencesOf(events)}`);
    }),

    check('a first commit appends sequence 1, and load gives the snapshot back with its fingerprint and sequence', async (store) => {
      const commit = commitOf(stateOf(1, 0));
      const event = committed(await store.commit(commit), 'first commit');
      if (event.sequence !== 1) fail(`the first event has sequence ${event.sequence}`);
      const row = await loaded(store, 1);
      expectSame(row.appointment, commit.appointment, 'the loaded snapshot');
      if (row.fingerprint !== commit.fingerprint) fail('the loaded fingerprint is not the committed one');
      if (row.sequence !== 1) fail(`the loaded sequence is ${row.sequence}, expected 1`);
      if (typeof row.version !== 'number') fail('the loaded version is not a number');
    }),

    check('a snapshot reads back deep-equal, unknown keys, nesting, unicode and numbers included', async (store) => {
      const appointment: Appointment = {
        ...stateOf(2, 0),
        someFutureKey: { nested: [1, -2.5, 1e21, 9007199254740991, 'x', null, true, false, [], {}] },
        notes: 'Zoë 👩‍⚕️ "quoted" back\\slash\ttab\nnewline \u001f ünïcödé',
        emptyString: '',
        emptyObject: {},
      } as Appointment;
      committed(await store.commit(commitOf(appointment)), 'commit');
      expectSame((await loaded(store, 2)).appointment, JSON.parse(JSON.stringify(appointment)), 'the loaded snapshot');
    }),

    check('events read back as committed: kind, summary, fingerprints and recordedAt', async (store) => {
      await commitStates(store, 3, 1);
      const first = commitOf(stateOf(3, 0));
      const events = await store.events();
      expectSequences(events, [1, 2], 'the log');
      expectSame(events[0], JSON.parse(JSON.stringify({ ...first.event, sequence: 1 })), 'the first event');
      const second = events[1] as AppointmentEvent;
      if (second.kind !== 'updated') fail(`the second event has kind ${second.kind}, expected updated`);
      if (second.previousFingerprint !== (events[0] as AppointmentEvent).fingerprint) fail('previousFingerprint is not the first event\'s fingerprint');
      expectSame(second.summary, JSON.parse(JSON.stringify(classifyAppointmentChange(stateOf(3, 0), stateOf(3, 1)))), 'the second summary');
    }),

    check('a commit whose version is not the stored one answers VersionChanged and writes nothing', async (store) => {
      committed(await store.commit(commitOf(stateOf(4, 0))), 'first commit');
      const row = await loaded(store, 4);
      const results = [
        await store.commit(commitOf(stateOf(4, 1))), // expects no snapshot
        await store.commit({ ...commitOf(stateOf(4, 1), row), expectedVersion: row.version + 1000 }),
        await store.commit({ ...commitOf(stateOf(5, 0)), expectedVersion: row.version }), // no snapshot yet
      ];
      results.forEach((r, i) => {
        if (r._tag !== 'VersionChanged') fail(`wrong-version commit ${i + 1} answered ${r._tag}`);
      });
      expectSame((await loaded(store, 4)).appointment, stateOf(4, 0), 'the snapshot after refused commits');
      if ((await loaded(store, 4)).version !== row.version) fail('a refused commit changed the version');
      if (isSome(await store.load(5))) fail('a refused first commit wrote a snapshot');
      expectSequences(await store.events(), [1], 'the log after refused commits');
    }),

    check('every commit changes the version, and the next commit must present the new one', async (store) => {
      committed(await store.commit(commitOf(stateOf(6, 0))), 'first commit');
      const v1 = await loaded(store, 6);
      committed(await store.commit(commitOf(stateOf(6, 1), v1)), 'second commit');
      const v2 = await loaded(store, 6);
      if (v2.version === v1.version) fail('the version did not change with a commit');
      const again = await store.commit(commitOf(stateOf(6, 2), v1));
      if (again._tag !== 'VersionChanged') fail(`a commit presenting the previous version answered ${again._tag}`);
    }),

    check('a commit without an event replaces the snapshot, appends nothing and keeps the sequence', async (store) => {
      await commitStates(store, 7, 1);
      const row = await loaded(store, 7);
      const newer = { ...row.appointment, updateSequence: 9, modifieddate: '2025-06-30T10:00:00' };
      const result = await store.commit({ appointmentId: 7, expectedVersion: row.version, appointment: newer, fingerprint: row.fingerprint, event: null });
      if (result._tag !== 'Committed' || result.event !== null) fail('a commit without an event did not answer Committed with a null event');
      const after = await loaded(store, 7);
      expectSame(after.appointment, newer, 'the replaced snapshot');
      if (after.sequence !== 2) fail(`the sequence moved to ${after.sequence}, expected 2`);
      if (after.version === row.version) fail('the version did not change');
      expectSequences(await store.events(), [1, 2], 'the log');
    }),

    check('sequence starts at 1 and increases by 1 across appointments', async (store) => {
      await commitStates(store, 8, 2);
      await commitStates(store, 9, 1);
      committed(await store.commit(commitOf(stateOf(8, 3), await loaded(store, 8))), 'commit of state 3');
      const events = await store.events();
      expectSequences(events, [1, 2, 3, 4, 5, 6], 'the log');
      const owners = events.map((e) => e.appointmentId).join(',');
      if (owners !== '8,8,8,9,9,8') fail(`the events belong to ${owners}, expected 8,8,8,9,9,8`);
      if ((await loaded(store, 9)).sequence !== 5) fail('the sequence of the second appointment is not that of its last event');
    }),

    check('events filters by after, limit and appointmentId, always in sequence order', async (store) => {
      for (let n = 0; n < 4; n++) {
        for (const id of [10, 11]) {
          const found = await store.load(id);
          committed(await store.commit(commitOf(stateOf(id, n), isSome(found) ? found.value : undefined)), `commit ${id}/${n}`);
        }
      }
      expectSequences(await store.events(), range(1, 8), 'events()');
      expectSequences(await store.events({}), range(1, 8), 'events({})');
      expectSequences(await store.events({ after: 3 }), range(4, 8), 'events({ after: 3 })');
      expectSequences(await store.events({ limit: 3 }), [1, 2, 3], 'events({ limit: 3 })');
      expectSequences(await store.events({ after: 2, limit: 2 }), [3, 4], 'events({ after: 2, limit: 2 })');
      expectSequences(await store.events({ after: 8 }), [], 'events({ after: 8 })');
      expectSequences(await store.events({ appointmentId: 11 }), [2, 4, 6, 8], 'events({ appointmentId: 11 })');
      expectSequences(await store.events({ appointmentId: 11, after: 2, limit: 2 }), [4, 6], 'events({ appointmentId: 11, after: 2, limit: 2 })');
      expectSequences(await store.events({ appointmentId: 10, after: 7 }), [], 'events({ appointmentId: 10, after: 7 })');
      expectSequences(await store.events({ appointmentId: 12 }), [], 'events({ appointmentId: 12 })');
    }),

    check('a committed snapshot is a copy: changing the committed object afterwards changes nothing', async (store) => {
      const appointment = stateOf(13, 0) as Appointment & { note: string; client: { firstName?: unknown } };
      committed(await store.commit(commitOf(appointment)), 'commit');
      appointment.note = 'changed after the commit';
      appointment.client.firstName = 'Changed';
      expectSame((await loaded(store, 13)).appointment, stateOf(13, 0), 'the loaded snapshot');
    }),

    check(`of ${concurrency} concurrent commits presenting one version, exactly one wins`, async (store) => {
      committed(await store.commit(commitOf(stateOf(14, 0))), 'first commit');
      const row = await loaded(store, 14);
      const results = await Promise.all(range(1, concurrency).map((n) => store.commit(commitOf(stateOf(14, n), row))));
      const winners = results.flatMap((r, i) => (r._tag === 'Committed' ? [i + 1] : []));
      if (winners.length !== 1) fail(`${winners.length} of ${concurrency} concurrent commits won, expected exactly 1`);
      const winner = winners[0] as number;
      expectSame((await loaded(store, 14)).appointment, stateOf(14, winner), 'the snapshot after the race');
      expectSequences(await store.events(), [1, 2], 'the log after the race');
    }),

    check(`${concurrency * 4} concurrent commits of as many appointments get sequences 1…${concurrency * 4}, and a reader paging meanwhile skips none`, async (store) => {
      const total = concurrency * 4;
      let writing = true;
      const seen: number[] = [];
      const reader = (async () => {
        let cursor = 0;
        for (;;) {
          const done = !writing;
          const page = await store.events({ after: cursor, limit: 7 });
          page.forEach((e, i) => {
            if (e.sequence !== cursor + i + 1) fail(`a reader after ${cursor} got ${sequencesOf(page)}: an event became visible before a lower one`);
          });
          for (const e of page) seen.push(e.sequence);
          if (page.length > 0) cursor = (page[page.length - 1] as AppointmentEvent).sequence;
          else if (done) return;
          else await new Promise((resolve) => setTimeout(resolve, 0));
        }
      })();
      const ids = range(1, total).map((i) => 1000 + i);
      const results = await Promise.all(ids.map((id) => store.commit(commitOf(stateOf(id, 0)))));
      writing = false;
      await reader;
      const sequences = results.map((r, i) => committed(r, `concurrent commit ${i + 1}`).sequence).sort((a, b) => a - b);
      if (sequences.join(',') !== range(1, total).join(',')) fail(`the commits got sequences ${sequences.join(', ')}`);
      expectSequences(await store.events(), range(1, total), 'the log');
      if (seen.join(',') !== range(1, total).join(',')) fail(`the reader saw ${seen.join(', ')}`);
      for (const event of await store.events()) {
        if ((await loaded(store, event.appointmentId)).sequence !== event.sequence) fail(`the snapshot of ${event.appointmentId} is not at its event's sequence`);
      }
    }),

    check(`the tracker on this store records ${concurrency} concurrent deliveries of one appointment as an increasing run of its states`, async (store) => {
      const tracker = createAppointmentTracker({ store, clock: () => new Date('2025-06-10T14:00:00Z') });
      const states = range(0, concurrency - 1).map((n) => stateOf(15, n));
      // Every state twice, in an order that is neither sorted nor reversed.
      const order = range(0, 2 * concurrency - 1).map((i) => (i * 7) % concurrency);
      const outcomes = await Promise.all(order.map((n) => tracker.record(states[n] as Appointment)));
      const events = await tracker.events({ appointmentId: 15 });
      const recordedStates = events.map((e) => states.findIndex((s) => appointmentFingerprint(s) === e.fingerprint));
      if (recordedStates.some((n, i) => n < 0 || (i > 0 && n <= (recordedStates[i - 1] as number)))) {
        fail(`the events are states ${recordedStates.join(', ')}: not a strictly increasing run`);
      }
      if (recordedStates[recordedStates.length - 1] !== concurrency - 1) fail('the last event is not the last state');
      const recorded = outcomes.filter((o) => o._tag === 'Recorded').length;
      if (recorded !== events.length) fail(`${recorded} deliveries answered Recorded, the log holds ${events.length} events`);
      expectSame((await loaded(store, 15)).appointment, states[concurrency - 1], 'the snapshot');
      events.forEach((e, i) => {
        const previous = i === 0 ? undefined : states[recordedStates[i - 1] as number];
        expectSame(e.summary, JSON.parse(JSON.stringify(classifyAppointmentChange(previous, states[recordedStates[i] as number] as Appointment))), `the summary of event ${e.sequence}`);
        if (e.previousFingerprint !== (i === 0 ? null : (events[i - 1] as AppointmentEvent).fingerprint)) fail(`event ${e.sequence} does not chain to the event before it`);
      });
      const again = await Promise.all(states.map((s) => tracker.record(s)));
      if (again.some((o) => o._tag === 'Recorded')) fail('recording every state again recorded something');
    }),
  ];
}
