#!/usr/bin/env node
// `npm run check:package`: checks the package as npm would publish it, and as users install it.
//
//  1. dist/ is built, the main entry carries none of the testing toolkit and never loads `pg` or
//     `redis`, and the store entries share the main entry's code instead of bundling a copy;
//  2. publint (strict) on the package;
//  3. @arethetypeswrong/cli on the packed tarball: every entry point resolves to the right types
//     under node10, node16 (CJS and ESM) and bundler resolution;
//  4. a consumer project outside this repository: the tarball installed with npm (peers from the
//     npm cache when possible; the optional peers `pg` and `redis` left out), then `require`,
//     `import()` of every entry, the `bin`, and `tsc --noEmit` of a
//     typed handler under `moduleResolution: node16` (ESM and CJS files) and `bundler`.
//
// Needs `npm run build` first (the test command builds before it runs this).

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const started = Date.now();
const timings = [];

function step(name, run) {
  const t0 = Date.now();
  process.stdout.write(`check:package: ${name}\n`);
  run();
  timings.push(`${name}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

function sh(command, args, options = {}) {
  try {
    return execFileSync(command, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
  } catch (error) {
    process.stderr.write(`\n$ ${command} ${args.join(' ')}\n${error.stdout ?? ''}${error.stderr ?? ''}\n`);
    throw new Error(`check:package failed at: ${command} ${args.join(' ')}`);
  }
}

function fail(message) {
  throw new Error(`check:package: ${message}`);
}

const work = mkdtempSync(join(tmpdir(), 'timetap-webhooks-package-'));
try {
  step('dist/ is built and the main entry excludes the testing toolkit', () => {
    // An import or require of pg or redis (or a subpath) in code, not in a TSDoc example.
    const loadsClient = /^\s*(?:import|export)\b[^\n]*?["'](?:pg|redis|@redis\/[^"']+)(?:\/[^"']*)?["']|\brequire\(\s*["'](?:pg|redis|@redis\/[^"']+)(?:\/[^"']*)?["']\s*\)|\bimport\(\s*["'](?:pg|redis)["']/m;
    const storeFiles = ['postgres', 'redis'].flatMap((name) => [`${name}.js`, `${name}.mjs`, `${name}.d.ts`, `${name}.d.mts`]);
    for (const file of ['index.js', 'index.mjs', 'index.d.ts', 'index.d.mts', 'testing.js', 'testing.mjs', 'testing.d.ts', 'testing.d.mts', 'cli.js', ...storeFiles]) {
      if (!existsSync(join(root, 'dist', file))) fail(`dist/${file} is missing: run \`npm run build\` first`);
    }
    for (const file of ['index.js', 'index.mjs', 'index.d.ts', 'index.d.mts']) {
      const text = readFileSync(join(root, 'dist', file), 'utf8');
      for (const marker of ['buildAppointment', 'appointmentScenario', 'buildCustomField', 'mergeOverrides', 'Lindqvist']) {
        if (text.includes(marker)) fail(`dist/${file} contains "${marker}": the testing toolkit leaked into the main entry`);
      }
    }
    for (const file of ['index.js', 'index.mjs', 'index.d.ts', 'index.d.mts', 'testing.js', 'testing.mjs']) {
      const text = readFileSync(join(root, 'dist', file), 'utf8');
      if (loadsClient.test(text)) fail(`dist/${file} loads pg or redis: the root entry must work without them`);
    }
    for (const file of storeFiles) {
      const text = readFileSync(join(root, 'dist', file), 'utf8');
      if (!text.includes("'timetap-webhooks'")) fail(`dist/${file} should import the library by name, not bundle a copy`);
      if (loadsClient.test(text)) fail(`dist/${file} loads its client: the caller passes it in`);
      if (text.includes('class TimeTapStoreError')) fail(`dist/${file} bundles its own TimeTapStoreError`);
    }
    for (const file of ['testing.js', 'testing.mjs']) {
      const text = readFileSync(join(root, 'dist', file), 'utf8');
      if (!text.includes("'timetap-webhooks'")) fail(`dist/${file} should import the library by name, not bundle a copy`);
      if (text.includes('function parseAppointmentWebhook')) fail(`dist/${file} bundles its own decoder`);
    }
  });

  step('publint --strict', () => {
    const out = sh(bin('publint'), ['--strict']);
    if (/\b(Errors?|Warnings?):/.test(out)) fail(`publint reported problems:\n${out}`);
  });

  let tarball = '';
  step('npm pack', () => {
    const out = sh('npm', ['pack', '--json', '--pack-destination', work]);
    const [info] = JSON.parse(out);
    tarball = join(work, info.filename);
    const files = info.files.map((f) => f.path);
    for (const must of ['dist/index.js', 'dist/index.mjs', 'dist/testing.js', 'dist/testing.d.mts', 'dist/postgres.js', 'dist/postgres.d.mts', 'dist/redis.mjs', 'dist/redis.d.ts', 'dist/cli.js', 'LICENSE', 'README.md', 'CHANGELOG.md']) {
      if (!files.includes(must)) fail(`the tarball lacks ${must}`);
    }
    const stray = files.filter((f) => /^(src|__tests__|fixtures|docs|scripts|bench)\//.test(f));
    if (stray.length > 0) fail(`the tarball carries files users do not need: ${stray.join(', ')}`);
  });

  step('attw (node10, node16 CJS and ESM, bundler)', () => {
    sh(bin('attw'), [tarball, '--format', 'ascii', '--profile', 'strict']);
  });

  const consumer = join(work, 'consumer');
  step('install the tarball into a fresh project', () => {
    execFileSync('mkdir', ['-p', consumer]);
    writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }, null, 2));
    const peers = ['io-ts', 'fp-ts'].map((name) => `${name}@${require(`${name}/package.json`).version}`);
    sh('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--no-package-lock', tarball, ...peers], { cwd: consumer });
  });

  const fixture = join(root, 'fixtures', 'valid', 'booked.json');
  const probe = `
    const body = require('node:fs').readFileSync(${JSON.stringify(fixture)});
    const decoded = m.parseAppointmentWebhook(body);
    if (decoded._tag !== 'Right' || m.appointmentId(decoded.right) !== 88410237) throw new Error('the fixture did not decode');
    const scenario = testing.appointmentScenario({ calendarid: 7 });
    for (const a of Object.values(scenario)) if (m.parseAppointmentWebhook(JSON.stringify(a))._tag !== 'Right') throw new Error('a scenario snapshot did not decode');
    if (Object.keys(m).length < 30 || Object.keys(testing).length < 3) throw new Error('unexpected exports');
    // The optional peers are not installed here: the root entry and the store entries load anyway.
    for (const peer of ['pg', 'redis']) {
      let found = true;
      try { require.resolve(peer); } catch { found = false; }
      if (found) throw new Error(peer + ' is installed in the consumer project: this check needs it absent');
    }
    if (typeof postgres.postgresAppointmentStore !== 'function' || typeof postgres.postgresAppointmentSchema !== 'function') throw new Error('postgres entry');
    if (typeof redis.redisAppointmentStore !== 'function') throw new Error('redis entry');
    // A store's errors are the root entry's TimeTapStoreError (one class, not a bundled copy).
    const down = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
    const store = postgres.postgresAppointmentStore({ pool: { query: () => Promise.reject(down) } });
    await store.load(1).then(() => { throw new Error('load of a dead pool resolved'); }, (e) => {
      if (!(e instanceof m.TimeTapStoreError) || e.error._tag !== 'StoreUnavailable') throw new Error('not the root TimeTapStoreError');
    });
    console.log('ok');
  `;
  step('require() and import() in the consumer project', () => {
    writeFileSync(
      join(consumer, 'cjs.cjs'),
      `const m = require('timetap-webhooks'); const testing = require('timetap-webhooks/testing');\n` +
        `const postgres = require('timetap-webhooks/postgres'); const redis = require('timetap-webhooks/redis');\n(async () => {${probe}})().catch((e) => { console.error(e); process.exit(1); });`,
    );
    writeFileSync(
      join(consumer, 'esm.mjs'),
      `import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);\n` +
        `const m = await import('timetap-webhooks'); const testing = await import('timetap-webhooks/testing');\n` +
        `const postgres = await import('timetap-webhooks/postgres'); const redis = await import('timetap-webhooks/redis');\n${probe}`,
    );
    for (const file of ['cjs.cjs', 'esm.mjs']) {
      if (sh(process.execPath, [file], { cwd: consumer }).trim() !== 'ok') fail(`${file} did not run`);
    }
    const out = sh(join(consumer, 'node_modules', '.bin', 'timetap-webhooks'), ['inspect', fixture], { cwd: consumer });
    if (!out.includes('88410237')) fail('the timetap-webhooks bin did not summarise the fixture');
  });

  step('tsc --noEmit of a typed handler (node16 ESM + CJS, bundler)', () => {
    const handler = `
import { appointmentId, parseAppointmentWebhook, type Appointment, type WebhookDecodeError } from 'timetap-webhooks';
import { appointmentScenario, buildAppointment, buildCustomField, type DeepPartial } from 'timetap-webhooks/testing';
import { isRight } from 'fp-ts/lib/Either.js';
import { postgresAppointmentStore, type PostgresQueryable } from 'timetap-webhooks/postgres';
import { redisAppointmentStore, type RedisScriptClient } from 'timetap-webhooks/redis';
import type { AppointmentStore } from 'timetap-webhooks';

export function handle(body: string | Uint8Array): { status: number; received?: number } {
  const result = parseAppointmentWebhook(body, { maxBytes: 1024 * 1024 });
  if (result._tag === 'Left') {
    const error: WebhookDecodeError = result.left;
    return { status: error._tag === 'PayloadTooLarge' ? 413 : 400 };
  }
  const appointment: Appointment = result.right;
  return { status: 200, received: appointmentId(appointment) };
}

const overrides: DeepPartial<Appointment> = { client: { firstName: 'Ana' }, fields: [buildCustomField({ label: 'Plan' })] };
const built: Appointment = buildAppointment(overrides);
export const ok: boolean = isRight(parseAppointmentWebhook(built)) && appointmentScenario().deleted.status === 'DELETED';
// @ts-expect-error startTime is an HHmm number: the types are real, not any
buildAppointment({ startTime: '0800' });

// The store entries type-check without pg's or redis's type packages, and give the root's AppointmentStore.
export function stores(pool: PostgresQueryable, client: RedisScriptClient): AppointmentStore[] {
  const pg = postgresAppointmentStore({ pool, schema: 'webhooks' });
  return [pg, redisAppointmentStore({ client, prefix: 'timetap' })];
}
`;
    writeFileSync(join(consumer, 'handler.mts'), handler);
    writeFileSync(join(consumer, 'handler.cts'), handler);
    writeFileSync(join(consumer, 'handler.ts'), handler);
    const base = { strict: true, noEmit: true, target: 'ES2020', lib: ['ES2022'], types: [], skipLibCheck: false };
    writeFileSync(
      join(consumer, 'tsconfig.node16.json'),
      JSON.stringify({ compilerOptions: { ...base, module: 'node16', moduleResolution: 'node16' }, files: ['handler.mts', 'handler.cts'] }),
    );
    writeFileSync(
      join(consumer, 'tsconfig.bundler.json'),
      JSON.stringify({ compilerOptions: { ...base, module: 'esnext', moduleResolution: 'bundler' }, files: ['handler.ts'] }),
    );
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    for (const config of ['tsconfig.node16.json', 'tsconfig.bundler.json']) sh(process.execPath, [tsc, '-p', config], { cwd: consumer });
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}

process.stdout.write(`check:package: all green in ${((Date.now() - started) / 1000).toFixed(1)} s (${timings.join('; ')})\n`);
