// A Redis server and a connected node-redis client on it for one test file (or describe block):
// started before its tests, closed after.
import { createClient } from 'redis';
import { startRedis, type RedisServer } from './redisServer';

export interface RedisClient {
  readonly server: RedisServer;
  readonly client: ReturnType<typeof createClient>;
}

/**
 * Starts a server and connects a client in `beforeAll`, closes both in `afterAll`; read `server`
 * and `client` inside tests. The client has no 'error' listener of ours: the store's own must keep
 * a lost connection from crashing the process.
 */
export function useRedisClient(): RedisClient {
  let started: RedisClient | undefined;
  let server: RedisServer | undefined;
  let client: ReturnType<typeof createClient> | undefined;
  beforeAll(async () => {
    server = await startRedis();
    client = createClient({ url: server.url });
    await client.connect();
    started = { server, client };
  });
  afterAll(async () => {
    await client?.close();
    await server?.dispose();
  });
  const get = (): RedisClient => {
    if (started === undefined) throw new Error('useRedisClient: read server and client inside a test');
    return started;
  };
  return {
    get server() {
      return get().server;
    },
    get client() {
      return get().client;
    },
  };
}
