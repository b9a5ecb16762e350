/**
 * `npm run bench`: the performance scenarios of issue 6, interleaved in one process, several
 * rounds, medians and spread (min–max over rounds) printed as markdown tables. `bench/run.mjs`
 * bundles this file, and the library straight from `src/` (unminified), with esbuild and runs it.
 *
 * Environment: BENCH_ROUNDS (default 7), BENCH_TIME_MS per task per round (default 120),
 * BENCH_COLD_RUNS (default 15), BENCH_TRACKER_DELIVERIES per tracker run (default 6000);
 * `--quick` for a smoke run.
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { Bench } from 'tinybench';
import * as lib from '../src/index';
import { Appointment, parseAppointmentWebhook } from '../src/index';
import { validateAppointmentAjv } from './schemas/ajv';
import { AppointmentIdiomatic } from './schemas/iots-idiomatic';
import { AppointmentZod } from './schemas/zod';
import { coldStart, extraWallMs } from './coldStart';
import { bytes, median, sig3, spread, table, times } from './stats';
import { countLeaves, sameTree } from './walkFloor';
import { trackerBench } from './tracker';

function envInt(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

const quick = process.argv.includes('--quick');
const ROUNDS = envInt('BENCH_ROUNDS', quick ? 2 : 7);
const TIME_MS = envInt('BENCH_TIME_MS', quick ? 20 : 120);
const COLD_RUNS = envInt('BENCH_COLD_RUNS', quick ? 3 : 15);
/** Calls are batched so that one timed sample lasts about this long (timer resolution, overhead). */
const SAMPLE_US = 200;

const root = process.cwd();
const started = performance.now();
const loadAtStart = loadavg()[0] ?? 0;

// ---------------------------------------------------------------------------------------------
// Inputs: fixtures as on disk, decoded with our own decoder where a decoded value is needed.

function fixture(name: string): string {
  return readFileSync(join(root, 'fixtures', 'valid', name), 'utf8');
}
function decoded(text: string): Appointment {
  const result = parseAppointmentWebhook(text);
  if (result._tag === 'Left') throw new Error(result.left.message);
  return result.right;
}

const legacyPretty = fixture('legacy-2016-shape.json');
const legacyCompact = JSON.stringify(JSON.parse(legacyPretty));
const documented = fixture('documented-example.json');
const legacy = decoded(legacyPretty);
const documentedValue = decoded(documented);
const booked = decoded(fixture('booked.json'));
const rescheduled = decoded(fixture('rescheduled.json'));
/** `booked.json` decoded a second time: equal content, no shared objects (a repeated delivery). */
const bookedAgain = decoded(fixture('booked.json'));

/** The legacy body with one wrong type deep in `client.fields` (a label that is a number). */
function invalidBody(): string {
  const value = JSON.parse(legacyPretty) as { client: { fields: Array<Record<string, unknown>> } };
  const last = value.client.fields[value.client.fields.length - 1];
  if (last === undefined) throw new Error('legacy-2016-shape.json has no client.fields');
  last.label = 42;
  return JSON.stringify(value, null, 2);
}
const invalidPretty = invalidBody();

// ---------------------------------------------------------------------------------------------
// Cases and groups. Every case is checked once before timing, so a bench never times a failure
// it did not mean to.

interface Case {
  readonly name: string;
  readonly fn: () => unknown;
  readonly check: (result: unknown) => boolean;
}
interface Group {
  readonly id: string;
  readonly cases: ReadonlyArray<Case>;
}

const isObject = (r: unknown): boolean => typeof r === 'object' && r !== null;
const isRight = (r: unknown): boolean => (r as { _tag?: string })._tag === 'Right';
const isLeft = (r: unknown): boolean => (r as { _tag?: string })._tag === 'Left';
const zodOk = (r: unknown): boolean => (r as { success?: boolean }).success === true;
const zodFailed = (r: unknown): boolean => (r as { success?: boolean }).success === false;

function textCases(text: string, valid: boolean): Case[] {
  return [
    { name: 'JSON.parse alone', fn: () => JSON.parse(text), check: isObject },
    { name: 'ours: parseAppointmentWebhook(text)', fn: () => parseAppointmentWebhook(text), check: valid ? isRight : isLeft },
    { name: 'JSON.parse + zod 4', fn: () => AppointmentZod.safeParse(JSON.parse(text)), check: valid ? zodOk : zodFailed },
    { name: 'JSON.parse + ajv (compiled)', fn: () => validateAppointmentAjv(JSON.parse(text)), check: (r) => r === valid },
    { name: 'JSON.parse + io-ts idiomatic', fn: () => AppointmentIdiomatic.decode(JSON.parse(text)), check: valid ? isRight : isLeft },
  ];
}

function objectCases(value: unknown): Case[] {
  return [
    { name: 'ours: parseAppointmentWebhook(object)', fn: () => parseAppointmentWebhook(value), check: isRight },
    { name: 'ours: Appointment.decode (codec only)', fn: () => Appointment.decode(value), check: isRight },
    { name: 'zod 4 safeParse', fn: () => AppointmentZod.safeParse(value), check: zodOk },
    { name: 'ajv validate (compiled)', fn: () => validateAppointmentAjv(value), check: (r) => r === true },
    { name: 'io-ts idiomatic decode', fn: () => AppointmentIdiomatic.decode(value), check: isRight },
  ];
}

const BODIES = [
  { id: 'legacy-pretty', label: `legacy-2016-shape.json, pretty as on disk (${bytes(Buffer.byteLength(legacyPretty))})`, text: legacyPretty },
  { id: 'legacy-compact', label: `legacy-2016-shape.json, compact (${bytes(Buffer.byteLength(legacyCompact))})`, text: legacyCompact },
  { id: 'documented', label: `documented-example.json (${bytes(Buffer.byteLength(documented))})`, text: documented },
] as const;
const TREES = [
  { id: 'legacy', label: 'legacy-2016-shape.json', value: legacy as unknown },
  { id: 'documented', label: 'documented-example.json', value: documentedValue as unknown },
] as const;

const groups: Group[] = [
  ...BODIES.map((b) => ({ id: `text:${b.id}`, cases: textCases(b.text, true) })),
  ...TREES.map((t) => ({ id: `object:${t.id}`, cases: objectCases(t.value) })),
  { id: 'error', cases: textCases(invalidPretty, false) },
];

// Issue 4's helpers, measured once they exist (looked up at run time: the bench must run without them).
const api = lib as unknown as Record<string, unknown>;
/** Lower bounds of a deep diff (bench/walkFloor.ts): reading both snapshots, and comparing two equal ones. */
const FLOOR_READ = 'floor: read every value of both snapshots';
const FLOOR_EQUAL = 'floor: deep equality of booked and booked again';
const DIFF_EXPORTS = ['diffAppointments', 'classifyAppointmentChange', 'appointmentFingerprint'] as const;
const missing = DIFF_EXPORTS.filter((name) => typeof api[name] !== 'function');
if (typeof api.diffAppointments === 'function' && typeof api.classifyAppointmentChange === 'function') {
  const diff = api.diffAppointments as (a: Appointment, b: Appointment) => ReadonlyArray<unknown>;
  const classify = api.classifyAppointmentChange as (a: Appointment | undefined, b: Appointment) => { kind?: unknown };
  groups.push({
    id: 'diff',
    cases: [
      { name: 'diffAppointments(booked, rescheduled)', fn: () => diff(booked, rescheduled), check: (r) => Array.isArray(r) && r.length > 0 },
      { name: 'classifyAppointmentChange(booked, rescheduled)', fn: () => classify(booked, rescheduled), check: (r) => (r as { kind?: unknown }).kind === 'rescheduled' },
      { name: 'diffAppointments(booked, booked again)', fn: () => diff(booked, bookedAgain), check: (r) => Array.isArray(r) && r.length === 0 },
      { name: 'classifyAppointmentChange(booked, booked again)', fn: () => classify(booked, bookedAgain), check: (r) => (r as { kind?: unknown }).kind === 'unchanged' },
      { name: FLOOR_READ, fn: () => countLeaves(booked) + countLeaves(rescheduled), check: (r) => typeof r === 'number' && r > 1000 },
      { name: FLOOR_EQUAL, fn: () => sameTree(booked, bookedAgain), check: (r) => r === true },
    ],
  });
}
if (typeof api.appointmentFingerprint === 'function') {
  const fingerprint = api.appointmentFingerprint as (a: Appointment) => string;
  groups.push({
    id: 'fingerprint',
    cases: [
      { name: 'JSON.stringify(rescheduled)', fn: () => JSON.stringify(rescheduled), check: (r) => typeof r === 'string' },
      { name: 'appointmentFingerprint(rescheduled)', fn: () => fingerprint(rescheduled), check: (r) => typeof r === 'string' },
    ],
  });
}

for (const group of groups) {
  for (const c of group.cases) {
    if (!c.check(c.fn())) throw new Error(`bench case "${group.id} / ${c.name}" does not give the expected result`);
  }
}

// ---------------------------------------------------------------------------------------------
// Measurement: all tasks of all groups in one tinybench per round, in a rotated order.

let sink: unknown;

/** Calls per timed sample for `group`: enough that its fastest case's sample lasts SAMPLE_US. */
function repsFor(group: Group): number {
  let fastest = Infinity;
  for (const c of group.cases) {
    const deadline = performance.now() + 30;
    let n = 0;
    const t0 = performance.now();
    while (performance.now() < deadline) {
      sink = c.fn();
      n++;
    }
    fastest = Math.min(fastest, ((performance.now() - t0) * 1000) / n);
  }
  return Math.max(1, Math.min(100_000, Math.round(SAMPLE_US / fastest)));
}

const tasks = groups.flatMap((group) => {
  const reps = repsFor(group);
  return group.cases.map((c) => ({
    key: `${group.id}|${c.name}`,
    reps,
    fn: () => {
      for (let i = 0; i < reps; i++) sink = c.fn();
    },
  }));
});

/** µs per call, per task key, one entry per round. */
const perCall = new Map<string, number[]>(tasks.map((t) => [t.key, []]));

// Round 0 is a discarded warm-up (JIT tiers, inline caches, heap growth).
for (let round = 0; round <= ROUNDS; round++) {
  const time = round === 0 ? Math.max(10, TIME_MS / 4) : TIME_MS;
  const bench = new Bench({ time, warmupTime: Math.max(5, time / 5), iterations: 5, warmupIterations: 3, throws: true });
  const shift = (round * 7) % tasks.length;
  for (const task of [...tasks.slice(shift), ...tasks.slice(0, shift)]) bench.add(task.key, task.fn);
  bench.runSync();
  if (round === 0) continue;
  for (const task of tasks) {
    const result = bench.getTask(task.key)?.result;
    if (result === undefined || result.state !== 'completed') throw new Error(`${task.key} did not complete`);
    perCall.get(task.key)?.push((result.latency.p50 * 1000) / task.reps);
  }
  process.stderr.write(`round ${round}/${ROUNDS} done\n`);
}

function samples(groupId: string, caseName: string): number[] {
  return perCall.get(`${groupId}|${caseName}`) ?? [];
}
/** Per-round ratio of one case to another in the same group (same round, so same machine state). */
function ratios(groupId: string, caseName: string, baseline: string): number[] {
  const base = samples(groupId, baseline);
  return samples(groupId, caseName).map((v, i) => v / (base[i] ?? Number.NaN));
}
const us = (n: number): string => sig3(n);

// ---------------------------------------------------------------------------------------------
// Cold start (fresh processes, after the in-process rounds).

const cold = await coldStart(root, join(root, '.tmp', 'bench', 'cold'), documented, COLD_RUNS);

// ---------------------------------------------------------------------------------------------
// The appointment tracker (bench/tracker.ts): async, so measured apart from the tinybench rounds.

const sleep = decoded(fixture('sleep-study-overnight.json'));
const sleepMoved = { ...sleep, startDate: '2025-11-08T00:00:00', endDate: '2025-11-09T00:00:00', updateSequence: 1, modifieddate: '2025-10-22T09:00:00' };
const trackerLines = await trackerBench(
  [
    { label: 'booked.json family (~24 KB)', booked, rescheduled, cancelled: decoded(fixture('cancelled.json')) },
    {
      label: 'sleep-study-overnight.json (~1.5 KB)',
      booked: sleep,
      rescheduled: sleepMoved,
      cancelled: { ...sleepMoved, status: 'CANCELLED', updateSequence: 2, modifieddate: '2025-10-23T09:00:00' },
    },
  ],
  { rounds: quick ? 2 : ROUNDS, deliveries: envInt('BENCH_TRACKER_DELIVERIES', quick ? 1200 : 6000), pairCalls: quick ? 200 : 1000 },
);

// ---------------------------------------------------------------------------------------------
// Report.

const out: string[] = [];
const cpu = cpus()[0]?.model ?? 'unknown CPU';
out.push(
  `Node ${process.version}, ${cpus().length} × ${cpu}, load average ${loadAtStart.toFixed(1)} at start, tinybench 6, ` +
    `${ROUNDS} rounds × ${TIME_MS} ms per case after a warm-up round; each cell: median over rounds (min–max); ` +
    'ratios are taken within each round, then the median.',
  '',
  '### a. Parse + validate a text body (µs per body; ratio to `JSON.parse` alone)',
  '',
  table(
    ['Body', 'Decoder', 'µs', '× JSON.parse'],
    BODIES.flatMap((b) =>
      textCases(b.text, true).map((c) => [
        b.label,
        c.name,
        spread(samples(`text:${b.id}`, c.name), us),
        spread(ratios(`text:${b.id}`, c.name, 'JSON.parse alone'), times),
      ]),
    ),
  ),
  '',
  '### b. Validate an already-parsed object (µs per call, calls per second)',
  '',
  table(
    ['Tree', 'Decoder', 'µs', 'ops/s (median)', '× ajv'],
    TREES.flatMap((t) =>
      objectCases(t.value).map((c) => [
        t.label,
        c.name,
        spread(samples(`object:${t.id}`, c.name), us),
        Math.round(1e6 / median(samples(`object:${t.id}`, c.name))).toLocaleString('en-US'),
        spread(ratios(`object:${t.id}`, c.name, 'ajv validate (compiled)'), times),
      ]),
    ),
  ),
  '',
  `### c. Error path: legacy-2016-shape.json with \`client.fields[24].label\` a number (${bytes(Buffer.byteLength(invalidPretty))})`,
  '',
  'ours and io-ts collect every issue (ours also formats the message); ajv stops at the first error (its default); zod collects all issues.',
  '',
  table(
    ['Decoder', 'µs', '× JSON.parse'],
    textCases(invalidPretty, false).map((c) => [
      c.name,
      spread(samples('error', c.name), us),
      spread(ratios('error', c.name, 'JSON.parse alone'), times),
    ]),
  ),
  '',
  '### d. Diffing (booked.json → rescheduled.json, and booked.json against a second decode of itself)',
  '',
  'The two floor rows are bench/walkFloor.ts: what any diff deep over every key must at least do, with nothing else.',
  '',
);
if (missing.length === DIFF_EXPORTS.length) {
  out.push(`Skipped: ${missing.join(', ')} are not exported from src/index.ts yet (issue 4).`);
} else {
  const rows: string[][] = [];
  for (const group of groups.filter((g) => g.id === 'diff' || g.id === 'fingerprint')) {
    for (const c of group.cases) {
      const ratio = group.id === 'fingerprint' ? spread(ratios(group.id, c.name, 'JSON.stringify(rescheduled)'), times) : '';
      rows.push([c.name, spread(samples(group.id, c.name), us), ratio]);
    }
  }
  out.push(table(['Operation', 'µs', '× JSON.stringify'], rows));
  if (missing.length > 0) out.push('', `Skipped (not exported yet): ${missing.join(', ')}.`);
}
const baseline = cold[0];
const peers = cold[1];
const ours = cold[2];
out.push(
  '',
  `### e. Cold start: \`import()\` of a bundle (esbuild, platform node, format esm, peers included) decoding documented-example.json, ${COLD_RUNS} fresh \`node\` processes each`,
  '',
  table(
    ['Bundle', 'Size', 'import() + decode, ms', 'Process wall time, ms'],
    cold.map((row) => [row.name, bytes(row.bundleBytes), spread(row.importMs, sig3), spread(row.wallMs, sig3)]),
  ),
);
if (baseline !== undefined && peers !== undefined && ours !== undefined) {
  out.push(
    '',
    `timetap-webhooks adds ${sig3(median(ours.importMs) - median(baseline.importMs))} ms to import() + decode ` +
      `(of which the peers io-ts + fp-ts ${sig3(median(peers.importMs) - median(baseline.importMs))} ms) and ` +
      `${sig3(extraWallMs(ours, baseline))} ms to the process wall time (medians).`,
  );
}

// The bars of issue 6, one line each.
const bar = (label: string, value: number, limit: number, unit: string): string =>
  `- ${label}: ${unit === '×' ? times(value) : `${sig3(value)} ${unit}`} (bar ≤ ${unit === '×' ? times(limit) : `${limit} ${unit}`}) ${value <= limit ? 'PASS' : 'FAIL'}`;
const oursText = 'ours: parseAppointmentWebhook(text)';
out.push('', '### Against the bars of issue 6', '');
out.push(bar('ours ÷ JSON.parse, legacy-2016-shape.json pretty', median(ratios('text:legacy-pretty', oursText, 'JSON.parse alone')), 1.15, '×'));
out.push(bar('ours ÷ JSON.parse, legacy-2016-shape.json compact', median(ratios('text:legacy-compact', oursText, 'JSON.parse alone')), 1.15, '×'));
out.push(bar('ours ÷ JSON.parse, documented-example.json', median(ratios('text:documented', oursText, 'JSON.parse alone')), 1.3, '×'));
for (const b of BODIES) {
  const z = median(ratios(`text:${b.id}`, oursText, 'JSON.parse + zod 4'));
  const a = median(ratios(`text:${b.id}`, oursText, 'JSON.parse + ajv (compiled)'));
  out.push(`- ours ÷ (JSON.parse + zod 4), ${b.id}: ${times(z)} (${z < 1 ? 'faster than zod: PASS' : 'not faster than zod: FAIL'}); ours ÷ (JSON.parse + ajv): ${times(a)}`);
}
if (groups.some((g) => g.id === 'diff')) {
  out.push(bar('diffAppointments median', median(samples('diff', 'diffAppointments(booked, rescheduled)')), 5, 'µs'));
  out.push(bar('classifyAppointmentChange median', median(samples('diff', 'classifyAppointmentChange(booked, rescheduled)')), 5, 'µs'));
  out.push(
    `  (floors on the same snapshots: reading every value of both ${sig3(median(samples('diff', FLOOR_READ)))} µs, ` +
      `a bare deep equality of two equal copies ${sig3(median(samples('diff', FLOOR_EQUAL)))} µs)`,
  );
}
if (groups.some((g) => g.id === 'fingerprint')) {
  out.push(bar('appointmentFingerprint ÷ JSON.stringify', median(ratios('fingerprint', 'appointmentFingerprint(rescheduled)', 'JSON.stringify(rescheduled)')), 2, '×'));
}
out.push('', ...trackerLines);
out.push('', `(${((performance.now() - started) / 1000).toFixed(0)} s; sink ${typeof sink})`);
process.stdout.write(`${out.join('\n')}\n`);
