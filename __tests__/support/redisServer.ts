// A throw-away Redis server for tests and benchmarks: `redis-server` from PATH (Debian's
// `apt-get install -y redis-server`), on a free loopback port, with a temporary directory and
// append-only persistence (an acknowledged write survives `kill()`, as it would with
// `appendonly yes` in production). When redis-server is not installed the Redis suites are skipped
// with a warning, unless TIMETAP_REQUIRE_REDIS=1 (set by CI), which makes that a failure.
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { freePort } from './postgresServer';

export interface RedisServer {
  readonly url: string;
  readonly port: number;
  /** The path of its Unix-domain socket. */
  readonly socketPath: string;
  /** The server's pid, while it runs. */
  pid(): number | undefined;
  /** Starts the server again after `stop()` or `kill()` (same data, same port). */
  start(): Promise<void>;
  /** A clean shutdown (waits for it). */
  stop(): Promise<void>;
  /** SIGKILL: what a crash looks like to clients. */
  kill(): Promise<void>;
  /** Stops the server and removes its directory. */
  dispose(): Promise<void>;
}

/** The path of `redis-server` on PATH, or `undefined`. */
export function findRedisServer(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, 'redis-server');
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

const required = process.env.TIMETAP_REQUIRE_REDIS === '1';

/**
 * `describe` when redis-server is installed; otherwise `describe.skip` and a loud warning, or,
 * under TIMETAP_REQUIRE_REDIS=1, a failing test that says what to install.
 */
export function describeWithRedis(name: string, body: () => void): void {
  if (findRedisServer() !== undefined) {
    describe(name, body);
    return;
  }
  if (required) {
    describe(name, () => {
      it('needs redis-server on PATH (TIMETAP_REQUIRE_REDIS=1)', () => {
        throw new Error('redis-server is not on PATH: install it (apt-get install -y redis-server) or unset TIMETAP_REQUIRE_REDIS');
      });
    });
    return;
  }
  process.stderr.write(
    `\n*** SKIPPED: ${name}: redis-server is not on PATH. Install it (apt-get install -y redis-server) to run the Redis suites; CI sets TIMETAP_REQUIRE_REDIS=1. ***\n\n`,
  );
  describe.skip(name, body);
}

const live = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

/** Starts redis-server for a test file. `appendfsync` defaults to `no` (still survives `kill()`). */
export async function startRedis(options: { appendfsync?: 'always' | 'everysec' | 'no' } = {}): Promise<RedisServer> {
  const bin = findRedisServer();
  if (bin === undefined) throw new Error('redis-server is not on PATH (apt-get install -y redis-server)');
  const dir = mkdtempSync(join(tmpdir(), 'timetap-redis-'));
  const port = await freePort();
  let child: ChildProcess | undefined;

  const start = async (): Promise<void> => {
    const args = [
      '--port', String(port),
      '--bind', '127.0.0.1',
      '--dir', dir,
      '--save', '',
      '--appendonly', 'yes',
      '--appendfsync', options.appendfsync ?? 'no',
      '--daemonize', 'no',
      '--protected-mode', 'yes',
      '--logfile', '',
      '--unixsocket', join(dir, 'redis.sock'),
      '--unixsocketperm', '700',
    ];
    const proc = spawn(bin, args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    child = proc;
    live.add(proc);
    proc.once('exit', () => live.delete(proc));
    let log = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`redis-server did not start within 30 s:\n${log}`)), 30_000);
      const onData = (chunk: Buffer): void => {
        log = (log + chunk.toString('utf8')).slice(-20_000);
        if (log.includes('Ready to accept connections')) {
          clearTimeout(timer);
          resolve();
        }
      };
      proc.stdout?.on('data', onData);
      proc.stderr?.on('data', onData);
      proc.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`redis-server exited (${code ?? signal}) while starting:\n${log}`));
      });
    });
    for (const stream of [proc.stdout, proc.stderr]) {
      stream?.removeAllListeners('data');
      stream?.resume();
    }
  };

  const stopWith = async (signal: NodeJS.Signals): Promise<void> => {
    const proc = child;
    child = undefined;
    if (proc === undefined || proc.exitCode !== null || proc.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
    proc.kill(signal);
    await exited;
  };

  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    socketPath: join(dir, 'redis.sock'),
    pid: () => child?.pid,
    start,
    stop: () => stopWith('SIGTERM'),
    kill: () => stopWith('SIGKILL'),
    async dispose() {
      await stopWith('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
