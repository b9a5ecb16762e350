/**
 * What validating a body a framework already parsed costs (`express.json()`, Fastify, Next.js
 * `req.json()`), next to `JSON.parse` of the same body's text. Interleaved rounds, medians of µs
 * of process CPU time per call (steadier than wall time on a shared host); the ratio is paired per
 * round. Also times the parts of the object path (the safety scan alone, the codec alone), ajv on
 * the same object (which runs getters and checks no prototype) and floors: what reading every
 * property descriptor (and real prototype) costs on its own, and a bare `for…in` read of every
 * value. Run: `node bench/run.mjs --object-input` (bundles this file with the library straight from `src/`).
 *
 * Environment: BENCH_ROUNDS (default 9), BENCH_TIME_MS per task per round (default 60).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Appointment, parseAppointmentWebhook } from '../src/index';
// Floors: a `for…in` read of every value (it would run getters, so not a safe scan), and the same
// walk through own property descriptors and real prototypes (what "no getter runs" needs at least).
import { countLeaves, countLeavesByDescriptor } from './walkFloor';
import { scanTree } from '../src/decode/scanTree';
import { validateAppointmentAjv } from './schemas/ajv';
import { median } from './stats';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);
const TIME_MS = Number(process.env.BENCH_TIME_MS ?? 60);

function fixture(name: string): string {
  return readFileSync(join(process.cwd(), 'fixtures', 'valid', name), 'utf8');
}

/** The legacy body with unknown keys added at several depths (root, client, professional, a custom field of the client, location). */
function withUnknownKeys(text: string): string {
  const value = JSON.parse(text) as Record<string, Record<string, unknown> & { fields?: Array<Record<string, unknown>> }>;
  const add = (target: Record<string, unknown> | undefined, tag: string): void => {
    if (target === undefined) throw new Error(`no ${tag} in the body`);
    target[`x_${tag}_flag`] = true;
    target[`x_${tag}_meta`] = { source: 'api', version: 3, tags: ['a', 'b'] };
  };
  add(value, 'root');
  add(value.client, 'client');
  add(value.professional, 'professional');
  add(value.client?.fields?.[0], 'field');
  add(value.location, 'location');
  return JSON.stringify(value);
}

const legacy = fixture('legacy-2016-shape.json');
const BODIES = [
  { id: '40 KB legacy-2016-shape.json', text: JSON.stringify(JSON.parse(legacy)) },
  { id: '2.7 KB documented-example.json', text: fixture('documented-example.json') },
  { id: 'legacy + unknown keys at 3 depths', text: withUnknownKeys(legacy) },
];

let sink: unknown;
function perCallUs(fn: () => unknown): number {
  let reps = 1;
  for (;;) {
    const start = process.cpuUsage();
    for (let i = 0; i < reps; i++) sink = fn();
    const used = process.cpuUsage(start);
    const elapsed = (used.user + used.system) / 1000;
    if (elapsed >= TIME_MS) return (elapsed * 1000) / reps;
    reps = elapsed < 1 ? reps * 10 : Math.ceil((reps * TIME_MS * 1.1) / elapsed);
  }
}

for (const body of BODIES) {
  const value = JSON.parse(body.text) as object;
  const cases: Array<[string, () => unknown]> = [
    ['JSON.parse(text)', () => JSON.parse(body.text)],
    ['parseAppointmentWebhook(object)', () => parseAppointmentWebhook(value)],
    ['  with onWarning (drift)', () => parseAppointmentWebhook(value, { onWarning: () => undefined })],
    ['  scan alone', () => scanTree(value, 64, false)],
    ['  Appointment.decode alone', () => Appointment.decode(value)],
    ['  floor: read every descriptor', () => countLeavesByDescriptor(value)],
    ['ajv validate (compiled), no safety scan', () => validateAppointmentAjv(value)],
    ['  floor: for…in read', () => countLeaves(value)],
  ];
  if (parseAppointmentWebhook(value)._tag !== 'Right') throw new Error(`${body.id} does not decode`);
  const times = cases.map(() => [] as number[]);
  const ratios: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (let k = 0; k < cases.length; k++) {
      const index = (k + round) % cases.length;
      times[index]!.push(perCallUs(cases[index]![1]));
    }
    ratios.push(times[1]![round]! / times[0]![round]!);
  }
  console.log(`\n${body.id} (${Buffer.byteLength(body.text)} B)`);
  cases.forEach(([name], k) => {
    const us = median(times[k]!);
    console.log(`${name.padEnd(40)} ${us.toFixed(2).padStart(9)} µs  ${(us / median(times[0]!)).toFixed(2)}×`);
  });
  console.log(`paired ratio parseAppointmentWebhook(object) / JSON.parse: ${median(ratios).toFixed(2)}× (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`);
}
void sink;
