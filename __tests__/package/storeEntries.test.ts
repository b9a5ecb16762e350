import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The store entries of the BUILT package: `timetap-webhooks/postgres` and `timetap-webhooks/redis`
// never load their client (the caller passes it in), and the root entry loads without `pg` and
// `redis` installed. Fresh Node processes in which `pg`, `redis` and `@redis/*` cannot be resolved.
const root = join(__dirname, '..', '..');
/** JavaScript source of a test for the specifiers to hide (no backslashes: it is nested in templates). */
const blocked = `['pg', 'redis', 'pg/', 'redis/', '@redis/'].some((p) => request === p || (p.endsWith('/') && request.startsWith(p)))`;

/** Put before a CommonJS script: makes the clients unresolvable from it. */
const hideClientsCjs = `
const Module = require('node:module');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (${blocked}) throw Object.assign(new Error('Cannot find module ' + request), { code: 'MODULE_NOT_FOUND' });
  return resolve.call(this, request, ...rest);
};`;

/** Registered with --import: makes the clients unresolvable from ES modules. */
const hideClientsEsm = `data:text/javascript,${encodeURIComponent(`
import { register } from 'node:module';
register('data:text/javascript,' + encodeURIComponent(\`
export async function resolve(request, context, next) {
  if (${blocked}) throw Object.assign(new Error('Cannot find package ' + request), { code: 'ERR_MODULE_NOT_FOUND' });
  return next(request, context);
}\`));`)}`;

function node(args: string[]): string {
  return execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' }).trim();
}

describe('the store entries (sources)', () => {
  it('export exactly their documented names', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    expect(Object.keys(require('../../src/postgres') as object).sort()).toEqual(['postgresAppointmentSchema', 'postgresAppointmentStore']);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    expect(Object.keys(require('../../src/redis') as object).sort()).toEqual(['redisAppointmentStore']);
  });
});

describe('the store entries of the built package (dist/)', () => {
  beforeAll(() => {
    if (!existsSync(join(root, 'dist', 'postgres.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
  });

  it('keeps pg and redis out of the root entry', () => {
    for (const file of ['index.js', 'index.mjs', 'index.d.ts', 'index.d.mts']) {
      const code = readFileSync(join(root, 'dist', file), 'utf8');
      expect(code).not.toMatch(/(require\(|from |import\()\s*["'](pg|redis|@redis\/[^"']+)(\/[^"']*)?["']/);
    }
  });

  it('checks that the clients really are hidden in those processes', () => {
    const script = `try { require('pg'); console.log('found') } catch (e) { console.log(e.code) }`;
    expect(node(['-e', script])).toBe('found');
    expect(node(['-e', `${hideClientsCjs}\n${script}`])).toBe('MODULE_NOT_FOUND');
    expect(node(['--import', hideClientsEsm, '--input-type=module', '-e', `try { await import('redis'); console.log('found') } catch (e) { console.log(e.code) }`])).toBe(
      'ERR_MODULE_NOT_FOUND',
    );
  });

  it('loads the root entry and both store entries with require() when pg and redis are absent', () => {
    const out = node([
      '-e',
      `${hideClientsCjs}
      const m = require('timetap-webhooks');
      const postgres = require('timetap-webhooks/postgres');
      const redis = require('timetap-webhooks/redis');
      console.log([typeof m.createAppointmentTracker, typeof postgres.postgresAppointmentStore, typeof redis.redisAppointmentStore].join());`,
    ]);
    expect(out).toBe('function,function,function');
  });

  it('loads them with import() when pg and redis are absent', () => {
    const out = node([
      '--import',
      hideClientsEsm,
      '--input-type=module',
      '-e',
      `const m = await import('timetap-webhooks');
      const postgres = await import('timetap-webhooks/postgres');
      const redis = await import('timetap-webhooks/redis');
      console.log([typeof m.createAppointmentTracker, typeof postgres.postgresAppointmentStore, typeof redis.redisAppointmentStore].join());`,
    ]);
    expect(out).toBe('function,function,function');
  });

  it("rejects with the root entry's TimeTapStoreError (one class, shared, not a bundled copy)", () => {
    const probe = `
      const down = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
      const store = postgres.postgresAppointmentStore({ pool: { query: () => Promise.reject(down) } });
      const lost = redis.redisAppointmentStore({ client: { scriptLoad: () => Promise.reject(new Error('The client is closed')), evalSha: () => null, eval: () => null } });
      Promise.all([store.load(1), lost.load(1)].map((p) => p.then(() => 'resolved', (e) => e instanceof m.TimeTapStoreError && e.error._tag)))
        .then((tags) => console.log(tags.join()));`;
    expect(node(['-e', `const m = require('timetap-webhooks'); const postgres = require('timetap-webhooks/postgres'); const redis = require('timetap-webhooks/redis');${probe}`])).toBe(
      'StoreUnavailable,StoreUnavailable',
    );
    expect(
      node([
        '--input-type=module',
        '-e',
        `const m = await import('timetap-webhooks'); const postgres = await import('timetap-webhooks/postgres'); const redis = await import('timetap-webhooks/redis');${probe}`,
      ]),
    ).toBe('StoreUnavailable,StoreUnavailable');
  });
});
