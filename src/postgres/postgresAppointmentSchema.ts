import { postgresTables } from './postgresTables';

/** Where a PostgreSQL appointment store keeps its tables. */
export interface PostgresTableOptions {
  /** The schema holding the tables (default `public`; any other is created by `migrate()`). */
  readonly schema?: string;
  /** Prepended to every table name (default `timetap_`; may be empty). */
  readonly tablePrefix?: string;
}

/** The advisory lock `migrate()` holds while it creates the tables: concurrent callers wait. */
export const MIGRATION_LOCK = 7135402711203021;

/**
 * The SQL that `migrate()` of a {@link postgresAppointmentStore} runs, for projects that apply
 * migrations with their own tool: three tables (snapshots, the event log and the one-row head of
 * the log that hands out sequence numbers) and an index. Every statement is idempotent, and the
 * advisory lock serialises concurrent runs; run it as one transaction.
 *
 * @throws TypeError when `schema` or `tablePrefix` is not a plain identifier.
 * @example
 * ```ts
 * import { postgresAppointmentSchema } from 'timetap-webhooks/postgres';
 * const sql = postgresAppointmentSchema({ schema: 'webhooks' });
 * console.log(sql.includes('CREATE TABLE IF NOT EXISTS "webhooks"."timetap_events"')); // true
 * ```
 */
export function postgresAppointmentSchema(options: PostgresTableOptions = {}): string {
  const schema = options.schema ?? 'public';
  const t = postgresTables(schema, options.tablePrefix ?? 'timetap_');
  const lines = [
    `SELECT pg_advisory_xact_lock(${MIGRATION_LOCK});`,
    ...(options.schema === undefined || options.schema === 'public' ? [] : [`CREATE SCHEMA IF NOT EXISTS ${t.schema};`]),
    `CREATE TABLE IF NOT EXISTS ${t.appointments} (`,
    `  appointment_id bigint PRIMARY KEY,`,
    `  version bigint NOT NULL,`,
    `  fingerprint text NOT NULL,`,
    `  snapshot json NOT NULL,`,
    `  updated_at timestamptz NOT NULL DEFAULT now()`,
    `);`,
    `CREATE TABLE IF NOT EXISTS ${t.events} (`,
    `  sequence bigint PRIMARY KEY,`,
    `  appointment_id bigint NOT NULL,`,
    `  kind text NOT NULL,`,
    `  summary json NOT NULL,`,
    `  fingerprint text NOT NULL,`,
    `  previous_fingerprint text,`,
    `  recorded_at text NOT NULL`,
    `);`,
    `CREATE INDEX IF NOT EXISTS ${t.eventsByAppointment} ON ${t.events} (appointment_id, sequence);`,
    `CREATE TABLE IF NOT EXISTS ${t.head} (`,
    `  id boolean PRIMARY KEY DEFAULT true CHECK (id),`,
    `  last_sequence bigint NOT NULL`,
    `);`,
    `INSERT INTO ${t.head} (id, last_sequence)`,
    `  SELECT true, COALESCE(max(sequence), 0) FROM ${t.events}`,
    `  ON CONFLICT (id) DO NOTHING;`,
  ];
  return `${lines.join('\n')}\n`;
}
