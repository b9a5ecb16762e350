// A PostgreSQL server and a `pg` pool on it for one test file: started before its tests, ended after.
import { Pool } from 'pg';
import { startPostgres, type PostgresServer } from './postgresServer';

export interface PostgresPool {
  readonly server: PostgresServer;
  readonly pool: Pool;
}

/**
 * Starts a server and a pool of `max` connections in `beforeAll`, ends both in `afterAll`; read
 * `server` and `pool` inside tests. The pool has no 'error' listener of ours: the store's own must
 * keep a lost connection from crashing the process.
 */
export function usePostgresPool(max: number): PostgresPool {
  let started: PostgresPool | undefined;
  let server: PostgresServer | undefined;
  let pool: Pool | undefined;
  beforeAll(async () => {
    server = await startPostgres();
    pool = new Pool({ host: server.host, port: server.port, user: server.user, database: server.database, max });
    started = { server, pool };
  });
  afterAll(async () => {
    await pool?.end();
    await server?.dispose();
  });
  const get = (): PostgresPool => {
    if (started === undefined) throw new Error('usePostgresPool: read server and pool inside a test');
    return started;
  };
  return {
    get server() {
      return get().server;
    },
    get pool() {
      return get().pool;
    },
  };
}
