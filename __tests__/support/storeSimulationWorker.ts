// One worker PROCESS of the multi-process simulation (bundled by esbuild in storeSimulation.ts,
// run with child_process.fork): rebuilds the plan from the seed, takes every `workers`-th
// delivery, feeds them through `concurrency` concurrent `record` calls on its own connection to
// the shared server, and sends back the outcomes.
import { Pool } from 'pg';
import { createClient } from 'redis';
import { createAppointmentTracker, type AppointmentStore, type RecordOutcome } from '../../src';
import { postgresAppointmentStore } from '../../src/postgres';
import { redisAppointmentStore } from '../../src/redis';
import { deliverConcurrently, simulationPlan } from './trackerSimulation';

export interface WorkerTask {
  readonly store:
    | { readonly kind: 'postgres'; readonly host: string; readonly port: number; readonly user: string; readonly database: string; readonly schema: string }
    | { readonly kind: 'redis'; readonly url: string; readonly prefix: string };
  readonly seed: number;
  readonly appointments: number;
  readonly worker: number;
  readonly workers: number;
  readonly concurrency: number;
}

async function main(): Promise<void> {
  const task = JSON.parse(process.argv[2] ?? '') as WorkerTask;
  const plan = simulationPlan({ seed: task.seed, appointments: task.appointments });
  const mine = plan.deliveries.filter((_, i) => i % task.workers === task.worker);
  let store: AppointmentStore;
  let close: () => Promise<unknown>;
  if (task.store.kind === 'postgres') {
    const { host, port, user, database, schema } = task.store;
    const pool = new Pool({ host, port, user, database, max: task.concurrency });
    store = postgresAppointmentStore({ pool, schema });
    close = () => pool.end();
  } else {
    const client = createClient({ url: task.store.url });
    await client.connect();
    store = redisAppointmentStore({ client, prefix: task.store.prefix });
    close = () => client.close();
  }
  const tracker = createAppointmentTracker({ store, clock: () => new Date('2025-07-15T12:00:00.000Z') });
  const outcomes: RecordOutcome[] = await deliverConcurrently(tracker, plan, mine, task.concurrency);
  await close();
  await new Promise<void>((resolve, reject) => process.send?.({ pid: process.pid, outcomes }, (error: Error | null) => (error ? reject(error) : resolve())));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`simulation worker failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
