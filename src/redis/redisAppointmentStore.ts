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
import { redisStoreError } from './redisStoreError';
import { COMMIT_SCRIPT, EVENTS_SCRIPT, LOAD_SCRIPT } from './redisScripts';

/** The arguments of one script call, as node-redis takes them. */
export interface RedisScriptArguments {
  keys: string[];
  arguments: string[];
}

/**
 * What the Redis store needs of a client: script loading and evaluation, as a connected
 * node-redis client (`createClient()` of the `redis` package) has them. Typed structurally so
 * that this entry does not tie you to one major version of the client.
 */
export interface RedisScriptClient {
  scriptLoad(script: string): Promise<unknown>;
  evalSha(sha1: string, options: RedisScriptArguments): Promise<unknown>;
  eval(script: string, options: RedisScriptArguments): Promise<unknown>;
  on?(event: 'error', listener: (error: Error) => void): unknown;
}

/** Options of {@link redisAppointmentStore}. */
export interface RedisAppointmentStoreOptions {
  /** A connected node-redis client (the store never closes it). */
  readonly client: RedisScriptClient;
  /**
   * The hash tag of every key of this store (default `timetap`): keys are `{timetap}:log`,
   * `{timetap}:sequence`, `{timetap}:appointment:<id>` and `{timetap}:index:<id>`. Letters,
   * digits and `_ - . :`.
   */
  readonly prefix?: string;
  /**
   * How long one store operation may take before it rejects with `StoreUnavailable` (default
   * 5000 ms). A commit that times out may still run when the connection comes back; recording
   * the same delivery again is safe either way.
   */
  readonly timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 5000;
/** The clients that already have the store's `'error'` listener (one each, however many stores). */
const guarded = new WeakSet<object>();
const PREFIX = /^[A-Za-z0-9_.:-]{1,100}$/;

const isNoScript = (error: unknown): boolean =>
  error instanceof Error && error.message.startsWith('NOSCRIPT');

/**
 * An {@link AppointmentStore} on Redis through the official client (node-redis). Every operation
 * is one server-side Lua script, so a commit (the version check, the next `sequence`, the log
 * entry, the appointment's index and its snapshot) is atomic, and sequence numbers become visible
 * in order. The log is a Redis Stream whose entry ids are the sequence numbers (`<sequence>-0`):
 * consumers can also read it with `XRANGE`/`XREAD`. Scripts run with `EVALSHA`, falling back to
 * `EVAL` after a server restart or `SCRIPT FLUSH`.
 *
 * Every key carries the same hash tag (`{prefix}`), so the store works on Redis Cluster: one
 * commit touches the counter, the log and the appointment, which must live in one slot, so one
 * store lives on one shard. To spread load over shards, run several stores with different
 * prefixes and route each appointment to one of them (each has its own log).
 *
 * Durability is the server's: with `appendonly yes` an acknowledged commit survives a restart.
 * Every operation settles within `timeoutMs` (default 5 s). The store adds a listener for the
 * client's `'error'` event so that a lost connection cannot crash the process; your own
 * listeners still receive every error.
 *
 * @throws TypeError when `prefix` holds anything but letters, digits and `_ - . :`.
 * @example
 * ```ts
 * import { createClient } from 'redis';
 * import { createAppointmentTracker } from 'timetap-webhooks';
 * import { redisAppointmentStore } from 'timetap-webhooks/redis';
 *
 * const client = await createClient({ url: process.env.REDIS_URL }).connect();
 * const tracker = createAppointmentTracker({ store: redisAppointmentStore({ client }) });
 * ```
 */
export function redisAppointmentStore(options: RedisAppointmentStoreOptions): AppointmentStore {
  const { client } = options;
  const prefix = options.prefix ?? 'timetap';
  if (typeof prefix !== 'string' || !PREFIX.test(prefix)) {
    throw new TypeError('redisAppointmentStore: prefix must be 1 to 100 letters, digits or _ - . :');
  }
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!(Number.isFinite(timeoutMs) && timeoutMs > 0)) {
    throw new TypeError('redisAppointmentStore: timeoutMs must be a positive number of milliseconds');
  }
  if (typeof client.on === 'function' && !guarded.has(client)) {
    guarded.add(client);
    client.on('error', () => undefined);
  }

  const tag = `{${prefix}}`;
  const logKey = `${tag}:log`;
  const sequenceKey = `${tag}:sequence`;
  const snapshotKey = (id: number): string => `${tag}:appointment:${id}`;
  const indexKey = (id: number): string => `${tag}:index:${id}`;

  const shas = new Map<string, Promise<string>>();
  const shaOf = (script: string): Promise<string> => {
    let sha = shas.get(script);
    if (sha === undefined) {
      sha = client.scriptLoad(script).then((reply) => {
        if (typeof reply !== 'string') throw new Error('SCRIPT LOAD did not answer a SHA1');
        return reply;
      });
      sha.catch(() => shas.delete(script));
      shas.set(script, sha);
    }
    return sha;
  };

  const run = (script: string, keys: string[], args: string[]): Promise<unknown> =>
    withStoreDeadline(
      async () => {
        const sha = await shaOf(script);
        try {
          return await client.evalSha(sha, { keys, arguments: args });
        } catch (error) {
          if (!isNoScript(error)) throw error;
          return client.eval(script, { keys, arguments: args });
        }
      },
      timeoutMs,
      'Redis',
      redisStoreError,
    );

  return {
    async load(appointmentId: number): Promise<Option<StoredAppointment>> {
      const reply = await run(LOAD_SCRIPT, [snapshotKey(appointmentId)], []);
      if (!Array.isArray(reply)) throw corruptRecord(`the snapshot of appointment ${appointmentId}`, appointmentId);
      if (reply[0] === 0) return none;
      if (reply[0] !== 1) throw corruptRecord(`the snapshot of appointment ${appointmentId}`, appointmentId);
      return some(storedAppointmentOf({ version: reply[1], sequence: reply[4], fingerprint: reply[2], snapshot: reply[3] }, appointmentId));
    },

    async commit(commit: AppointmentCommit): Promise<CommitResult> {
      const id = commit.appointmentId;
      const { event } = commit;
      if (event === null && commit.expectedVersion === null) throw new TypeError('a commit without an event must present the stored version');
      const snapshot = storableJson(commit.appointment);
      const eventJson = event === null ? '' : storableJson(event);
      const reply = await run(
        COMMIT_SCRIPT,
        [snapshotKey(id), sequenceKey, logKey, indexKey(id)],
        [
          commit.expectedVersion === null ? '' : String(commit.expectedVersion),
          commit.fingerprint,
          snapshot,
          eventJson,
        ],
      );
      if (!Array.isArray(reply)) throw corruptRecord('the answer to a commit', null);
      if (reply[0] === 0) return { _tag: 'VersionChanged' };
      if (reply[0] === -1) {
        throw reply[1] === 'appointment' ? corruptRecord(`the keys of appointment ${id}`, id) : corruptRecord('the log or its sequence counter', null);
      }
      if (event === null && reply[0] === 1) return { _tag: 'Committed', event: null };
      const sequence = readStoredInteger(reply[1]);
      if (event === null || reply[0] !== 1 || sequence === undefined || !isStoredId(sequence)) throw corruptRecord('the log or its sequence counter', null);
      return { _tag: 'Committed', event: { ...event, sequence } };
    },

    async events(query: AppointmentEventQuery = {}): Promise<ReadonlyArray<AppointmentEvent>> {
      const one = query.appointmentId !== undefined;
      const reply = await run(
        EVENTS_SCRIPT,
        [logKey, one ? indexKey(query.appointmentId ?? 0) : logKey],
        [String(query.after ?? 0), query.limit === undefined ? '' : String(Math.max(0, Math.floor(query.limit))), one ? '1' : '0'],
      );
      if (!Array.isArray(reply) || reply.length % 2 !== 0) throw corruptRecord('the log', null);
      const events: AppointmentEvent[] = [];
      for (let i = 0; i < reply.length; i += 2) {
        const id: unknown = reply[i];
        const match = typeof id === 'string' ? /^([0-9]{1,16})-0$/.exec(id) : null;
        const sequence = match === null ? undefined : readStoredInteger(match[1]);
        const event = sequence === undefined ? undefined : parseStoredEvent(parseStoredJson(reply[i + 1]), sequence);
        if (event === undefined || (one && event.appointmentId !== query.appointmentId)) {
          throw corruptRecord(`entry ${typeof id === 'string' ? id : '?'} of the log`, null);
        }
        events.push(event);
      }
      return events;
    },
  };
}
