/**
 * The decoder on text bodies, against `JSON.parse` of the same text: a body whose every key the
 * codecs model, the same with one unknown key, a body with unknown keys at several depths, one
 * wrong-typed field deep inside, and the smallest bodies: the id alone (what a call costs at
 * least), the id and one more modelled key (the main bench's 28 B body) and one unknown key; and
 * two of them with `onWarning`, which adds the drift report (every key looked up, the
 * enumerations checked, a warning per unknown key).
 * Interleaved rounds; in each round every case times `JSON.parse`, the decoder, then
 * `JSON.parse` again, and the ratio is the decoder's time over the mean of both `JSON.parse`
 * times (paired, so a busy host slows both alike).
 * Medians over rounds, spread min–max.
 *
 * Run: `node bench/run.mjs --decode-cases` (bundles this file with the library from src/). Environment:
 * DECODE_ROUNDS (default 15), DECODE_SAMPLE_MS per case per round (default 40), DECODE_CLOCK
 * (`wall`, the default, or `cpu`: the process's CPU time, which a host shared with other busy
 * processes disturbs less).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAppointmentWebhook, type ParseAppointmentWebhookOptions } from '../src/index';
import { median } from './stats';

function envInt(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}
const ROUNDS = envInt('DECODE_ROUNDS', 15);
const SAMPLE_MS = envInt('DECODE_SAMPLE_MS', 40);

const fixture = (name: string): string => readFileSync(join(process.cwd(), 'fixtures', 'valid', name), 'utf8');
const legacyPretty = fixture('legacy-2016-shape.json');

/** The legacy body with `extra` merged into the object at `path` (keys of nested objects). */
function withKeys(text: string, edits: ReadonlyArray<readonly [ReadonlyArray<string | number>, Record<string, unknown>]>): string {
  const value = JSON.parse(text) as Record<string, unknown>;
  for (const [path, extra] of edits) {
    let node = value as Record<string | number, unknown>;
    for (const segment of path) node = node[segment] as Record<string | number, unknown>;
    Object.assign(node, extra);
  }
  return JSON.stringify(value, null, 2);
}

interface Case {
  readonly name: string;
  readonly text: string;
  readonly valid: boolean;
  readonly options?: ParseAppointmentWebhookOptions;
}

/** A drift report that goes nowhere: what the report itself costs. */
const withWarnings: ParseAppointmentWebhookOptions = { onWarning: () => undefined };

const cases: Case[] = [
  { name: '40 KB, every key modelled', text: legacyPretty, valid: true },
  { name: '40 KB + one unknown key', text: withKeys(legacyPretty, [[[], { meetingProvider: 'zoom' }]]), valid: true },
  { name: '24 KB, unknown keys at several depths', text: fixture('unknown-extra-fields.json'), valid: true },
  { name: '40 KB, every key modelled, with onWarning', text: legacyPretty, valid: true, options: withWarnings },
  { name: '24 KB, unknown keys at several depths, with onWarning', text: fixture('unknown-extra-fields.json'), valid: true, options: withWarnings },
  {
    // As in bench/main.ts: a label that is a number, in the last of client.fields.
    name: '40 KB, one wrong-typed field deep inside',
    text: withKeys(legacyPretty, [[['client', 'fields', (JSON.parse(legacyPretty) as { client: { fields: unknown[] } }).client.fields.length - 1], { label: 42 }]]),
    valid: false,
  },
  { name: '28 B body (minimal-id-only.json)', text: fixture('minimal-id-only.json'), valid: true },
  { name: '28 B body, the id and one modelled key', text: '{"calendarid":123,"seats":1}', valid: true },
  { name: '22 B body with an unknown key', text: '{"calendarid":1,"x":2}', valid: true },
];

let sink: unknown;
for (const c of cases) {
  const result = parseAppointmentWebhook(c.text, c.options);
  if ((result._tag === 'Right') !== c.valid) throw new Error(`case "${c.name}" does not give the expected result`);
}

const CPU = process.env.DECODE_CLOCK === 'cpu';
/** Milliseconds of wall time, or of the process's CPU time. */
function clock(): number {
  if (!CPU) return performance.now();
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** µs per call of `fn`, timed over at least `ms` in batches of `reps`. */
function time(fn: () => unknown, reps: number, ms: number): number {
  let calls = 0;
  const start = clock();
  let now = start;
  do {
    for (let i = 0; i < reps; i++) sink = fn();
    calls += reps;
    now = clock();
  } while (now - start < ms);
  return ((now - start) * 1000) / calls;
}

/** Alternating samples of about 2 ms each: a burst of load on the host hits a few pairs, not a round. */
const PAIRS = Math.max(3, Math.round(SAMPLE_MS / 4));

const rows = cases.map((c) => {
  const parse = (): unknown => JSON.parse(c.text);
  const ours = (): unknown => parseAppointmentWebhook(c.text, c.options);
  const reps = Math.max(1, Math.round(50 / Math.max(time(parse, 1, 20), 0.01)));
  return { c, parse, ours, reps, parseUs: [] as number[], oursUs: [] as number[], ratios: [] as number[] };
});

for (let round = 0; round < ROUNDS; round++) {
  const order = round % 2 === 0 ? rows : [...rows].reverse();
  for (const row of order) {
    const parse: number[] = [];
    const ours: number[] = [];
    for (let pair = 0; pair < PAIRS; pair++) {
      if (pair % 2 === 0) {
        parse.push(time(row.parse, row.reps, 2));
        ours.push(time(row.ours, row.reps, 2));
      } else {
        ours.push(time(row.ours, row.reps, 2));
        parse.push(time(row.parse, row.reps, 2));
      }
    }
    row.parseUs.push(median(parse));
    row.oursUs.push(median(ours));
    row.ratios.push(median(ours) / median(parse));
  }
}

const fmt = (n: number): string => (n >= 100 ? n.toFixed(0) : n.toPrecision(3));
console.log(`Clock: ${CPU ? 'CPU time' : 'wall time'}.\n`);
console.log(`| case | bytes | JSON.parse µs | ours µs | ratio median (min–max) | rounds |`);
console.log(`|---|---|---|---|---|---|`);
for (const row of rows) {
  const ratio = `${median(row.ratios).toFixed(2)}× (${Math.min(...row.ratios).toFixed(2)}–${Math.max(...row.ratios).toFixed(2)})`;
  console.log(`| ${row.c.name} | ${row.c.text.length} | ${fmt(median(row.parseUs))} | ${fmt(median(row.oursUs))} | ${ratio} | ${ROUNDS} |`);
}
if (sink === Symbol.for('never')) console.log('');
