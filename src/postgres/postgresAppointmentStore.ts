import { none, some, type Option } from 'fp-ts/lib/Option.js';
import type { AppointmentEvent } from '../track/AppointmentEvent';
import type {
  AppointmentCommit,
  AppointmentEventQuery,
  AppointmentStore,
  CommitResult,
  StoredAppointment,
} from '../track/AppointmentStore';
import { corruptRecord } from '../track/corruptRecord';
import { isStoredId, parseStoredEvent } from '../track/parseStoredEvent';
import { parseStoredJson } from '../track/parseStoredJson';
import { readStoredInteger } from '../track/readStoredInteger';
import { storableJson } from '../track/storableJson';
import { storedAppointmentOf } from '../track/storedAppointmentOf';
import { withStoreDeadline } from '../track/withStoreDeadline';
import { postgresAppointmentSchema, type PostgresTableOptions } from './postgresAppointmentSchema';
import { postgresStoreError } from './postgresStoreError';
import { postgresTables } from './postgresTables';

/**
 * What the PostgreSQL store needs of a pool: `query` with a config object, as `pg.Pool` has it
 * (a `pg.Client` works too, for one connection). Typed structurally so that this entry does not
 * require `@types/pg`.
 */
export interface PostgresQueryable {
  query(config: {
    text: string;
    values?: ReadonlyArray<unknown>;
    name?: string;
    query_timeout?: number;
  }): Promise<{ readonly rows: ReadonlyArray<unknown> }>;
  on?(event: 'error', listener: (error: Error) => void): unknown;
}

/** Options of {@link postgresAppointmentStore}. */
export interface PostgresAppointmentStoreOptions extends PostgresTableOptions {
  /** A `pg.Pool` (the store never ends it). */
  readonly pool: PostgresQueryable;
  /**
   * How long one store operation may take, connecting included, before it rejects with
   * `StoreUnavailable` (default 5000 ms). A commit that times out may still complete in the
   * database; recording the same delivery again is safe either way.
   */
  readonly timeoutMs?: number;
}

/** An {@link AppointmentStore} on PostgreSQL, with the migration that creates its tables. */
export interface PostgresAppointmentStore extends AppointmentStore {
  /**
   * Creates the tables if they do not exist (idempotent; concurrent calls from several instances
   * wait for each other on an advisory lock). Runs {@link postgresAppointmentSchema} in one
   * transaction.
   */
  migrate(): Promise<void>;
}

const DEFAULT_TIMEOUT_MS = 5000;
/** The pools that already have the store's `'error'` listener (one each, however many stores). */
const guarded = new WeakSet<object>();

/**
 * An {@link AppointmentStore} on PostgreSQL through a `pg.Pool`: the last snapshot of each
 * appointment in `<prefix>appointments` (with a version), the event log in `<prefix>events`, and a
 * one-row `<prefix>log_head` holding the last `sequence`.
 *
 * A commit is one statement (its own transaction): the conditional snapshot write, then the head
 * row's increment, then the event. The head row's lock is held until the commit, so sequence
 * numbers are handed out and become visible in commit order, without gaps, and a reader paging
 * with `after` never skips an event. Commits of different appointments wait for each other only
 * for that last step. Call `migrate()` once at start-up (or apply
 * {@link postgresAppointmentSchema} with your migration tool).
 *
 * Every operation settles within `timeoutMs` (default 5 s): connection loss, a server that does
 * not answer and a pool that cannot connect reject with `StoreUnavailable`. The store adds a
 * listener for the pool's `'error'` event (an idle connection lost when the server restarts), so
 * that such an error cannot crash the process; your own listeners still receive it.
 *
 * @throws TypeError when `schema` or `tablePrefix` is not a plain identifier (letters, digits, `_`).
 * @example
 * ```ts
 * import pg from 'pg';
 * import { createAppointmentTracker } from 'timetap-webhooks';
 * import { postgresAppointmentStore } from 'timetap-webhooks/postgres';
 *
 * const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
 * const store = postgresAppointmentStore({ pool });
 * await store.migrate();
 * const tracker = createAppointmentTracker({ store });
 * ```
 */
export function postgresAppointmentStore(options: PostgresAppointmentStoreOptions): PostgresAppointmentStore {
  const { pool } = options;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!(Number.isFinite(timeoutMs) && timeoutMs > 0)) {
    throw new TypeError('postgresAppointmentStore: timeoutMs must be a positive number of milliseconds');
  }
  const t = postgresTables(options.schema ?? 'public', options.tablePrefix ?? 'timetap_');
  const migration = postgresAppointmentSchema(options);
  if (typeof pool.on === 'function' && !guarded.has(pool)) {
    guarded.add(pool);
    pool.on('error', () => undefined);
  }

  const run = (name: string, text: string, values: ReadonlyArray<unknown>): Promise<ReadonlyArray<unknown>> =>
    withStoreDeadline(
      () => pool.query({ name: `${t.statementTag}_${name}`, text, values, query_timeout: timeoutMs }).then((result) => result.rows),
      timeoutMs,
      'PostgreSQL',
      postgresStoreError,
    );

  // The appointment's last sequence comes from the log, in the same statement (one snapshot).
  const loadSql = `SELECT version::text AS version, fingerprint, snapshot::text AS snapshot,
  (SELECT max(sequence) FROM ${t.events} WHERE appointment_id = $1)::text AS sequence
FROM ${t.appointments} WHERE appointment_id = $1`;

  // The snapshot write runs first (it takes the appointment's row lock, or finds the version
  // changed and writes nothing); the head row is incremented only when it wrote, and its row lock
  // is held until the statement commits; the event takes the new sequence. Without a head row the
  // event's sequence is NULL and the whole statement fails: never a snapshot without its event.
  const commitTail = `, head AS (
  UPDATE ${t.head} SET last_sequence = last_sequence + 1 WHERE id AND EXISTS (SELECT 1 FROM snapshot) RETURNING last_sequence
)
INSERT INTO ${t.events} (sequence, appointment_id, kind, summary, fingerprint, previous_fingerprint, recorded_at)
SELECT (SELECT last_sequence FROM head), $1, $4, $5::json, $6, $7, $8 FROM snapshot
RETURNING sequence::text AS sequence`;
  const insertSql = `WITH snapshot AS (
  INSERT INTO ${t.appointments} (appointment_id, version, fingerprint, snapshot) VALUES ($1, 1, $2, $3::json)
  ON CONFLICT (appointment_id) DO NOTHING
  RETURNING version
)${commitTail}`;
  const updateSql = `WITH snapshot AS (
  UPDATE ${t.appointments} SET version = version + 1, fingerprint = $2, snapshot = $3::json, updated_at = now()
  WHERE appointment_id = $1 AND version = $9
  RETURNING version
)${commitTail}`;

  // A newer save with the same content: the snapshot alone, same version check, no event.
  const refreshSql = `UPDATE ${t.appointments} SET version = version + 1, fingerprint = $2, snapshot = $3::json, updated_at = now()
WHERE appointment_id = $1 AND version = $4
RETURNING version::text AS version`;

  // Qualified names: ORDER BY "sequence" alone would sort the text output column.
  const eventColumns = `e.sequence::text AS sequence, e.appointment_id::text AS appointment_id, e.kind, e.summary::text AS summary, e.fingerprint, e.previous_fingerprint, e.recorded_at`;
  const eventsSql = `SELECT ${eventColumns} FROM ${t.events} e WHERE e.sequence > $1 ORDER BY e.sequence LIMIT $2`;
  const eventsOfSql = `SELECT ${eventColumns} FROM ${t.events} e WHERE e.appointment_id = $3 AND e.sequence > $1 ORDER BY e.sequence LIMIT $2`;

  const readEvent = (row: unknown): AppointmentEvent => {
    const r = (row ?? {}) as Record<string, unknown>;
    const sequence = readStoredInteger(r.sequence);
    const event =
      sequence === undefined
        ? undefined
        : parseStoredEvent(
            {
              appointmentId: readStoredInteger(r.appointment_id),
              kind: r.kind,
              summary: parseStoredJson(r.summary),
              fingerprint: r.fingerprint,
              previousFingerprint: r.previous_fingerprint,
              recordedAt: r.recorded_at,
            },
            sequence,
          );
    if (event === undefined) throw corruptRecord(`event ${sequence ?? '?'} of the log`, null);
    return event;
  };

  return {
    async migrate() {
      // One simple query: its statements run as one implicit transaction, which holds the
      // advisory lock to the end.
      await withStoreDeadline(() => pool.query({ text: migration, query_timeout: timeoutMs }), timeoutMs, 'PostgreSQL', postgresStoreError);
    },

    async load(appointmentId: number): Promise<Option<StoredAppointment>> {
      const rows = await run('load', loadSql, [appointmentId]);
      const row = rows[0] as Record<string, unknown> | undefined;
      if (row === undefined) return none;
      return some(
        storedAppointmentOf({ version: row.version, sequence: row.sequence, fingerprint: row.fingerprint, snapshot: row.snapshot }, appointmentId),
      );
    },

    async commit(commit: AppointmentCommit): Promise<CommitResult> {
      const { event } = commit;
      const snapshot = storableJson(commit.appointment);
      if (event === null) {
        if (commit.expectedVersion === null) throw new TypeError('a commit without an event must present the stored version');
        const refreshed = await run('refresh', refreshSql, [commit.appointmentId, commit.fingerprint, snapshot, commit.expectedVersion]);
        return refreshed.length === 0 ? { _tag: 'VersionChanged' } : { _tag: 'Committed', event: null };
      }
      const values = [
        commit.appointmentId,
        commit.fingerprint,
        snapshot,
        event.kind,
        storableJson(event.summary),
        event.fingerprint,
        event.previousFingerprint,
        event.recordedAt,
      ];
      const rows =
        commit.expectedVersion === null
          ? await run('insert', insertSql, values)
          : await run('update', updateSql, [...values, commit.expectedVersion]);
      const row = rows[0] as Record<string, unknown> | undefined;
      if (row === undefined) return { _tag: 'VersionChanged' };
      const sequence = readStoredInteger(row.sequence);
      if (sequence === undefined || !isStoredId(sequence)) throw corruptRecord('the head of the log', null);
      return { _tag: 'Committed', event: { ...event, sequence } };
    },

    async events(query: AppointmentEventQuery = {}): Promise<ReadonlyArray<AppointmentEvent>> {
      const after = query.after ?? 0;
      const limit = query.limit === undefined ? null : Math.max(0, Math.floor(query.limit));
      const rows =
        query.appointmentId === undefined
          ? await run('events', eventsSql, [after, limit])
          : await run('events_of', eventsOfSql, [after, limit, query.appointmentId]);
      return rows.map(readEvent);
    },
  };
}
