#!/usr/bin/env node
// `npm run check:package`: checks the package as npm would publish it, and as users install it.
//
//  1. dist/ is built, the main entry carries none of the testing toolkit and never loads `pg` or
//     `redis`, the store entries share the main entry's code instead of bundling a copy, and
//     dist/cli.js requires ./index.js instead of bundling a second copy of the library (the code
//     is minified, so a copy is recognised by the decoder's own strings, not by function names);
//  2. publint (strict) on the package;
//  3. the packed tarball: at most 100 KiB (102,400 B), with the files users need and nothing else
//     (each file is justified in docs/performance.md, "What the package ships");
//  4. @arethetypeswrong/cli on the packed tarball: every entry point resolves to the right types
//     under node10, node16 (CJS and ESM) and bundler resolution;
//  5. a consumer project outside this repository: the tarball installed with npm (peers from the
//     npm cache when possible; the optional peers `pg` and `redis` left out), then `require`,
//     `import()` of every entry and the `bin` on every Node major that
//     package.json's `engines` declares (NODE_MAJORS below; a major other than the running one is
//     the official binary from the npm registry, `node-<os>-<cpu>`, cached in
//     node_modules/.cache), and `tsc --noEmit` of a typed handler under `moduleResolution: node16`
//     (ESM and CJS files) and `bundler`.
//
// Needs `npm run build` first (the test command builds before it runs this).

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// The packed tarball, what every install downloads; docs/performance.md ("What the package ships")
// gives the size of each file.
const TARBALL_LIMIT = 100 * 1024;
// The Node majors the package supports: `engines.node` is `>=` the first; each is tested below.
const NODE_MAJORS = [20, 22, 24];
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

/** Whether minified or hand-written code names `specifier` as a string, in either quote. */
const quotes = (text, specifier) => text.includes(`'${specifier}'`) || text.includes(`"${specifier}"`);
// Strings only the decoder holds: a file that contains one carries its own copy of the decoder.
const DECODER_MARKERS = ['calendarid or calendarId is required', 'unknownFields: reject'];
const bundlesDecoder = (text) => DECODER_MARKERS.some((marker) => text.includes(marker));

/**
 * A `node` binary of the given major: the running one when it matches, otherwise the official
 * build published on the npm registry as `node-<os>-<cpu>` (what the `node` package installs),
 * cached in node_modules/.cache so later runs need no network.
 */
function nodeBinary(major) {
  if (Number(process.versions.node.split('.')[0]) === major) return process.execPath;
  const os = process.platform === 'win32' ? 'win' : process.platform;
  const name = `node-${os}-${process.arch}`;
  const cache = join(root, 'node_modules', '.cache', 'timetap-webhooks-node', String(major));
  const binary = join(cache, 'node_modules', name, 'bin', process.platform === 'win32' ? 'node.exe' : 'node');
  if (!existsSync(binary)) {
    mkdirSync(cache, { recursive: true });
    writeFileSync(join(cache, 'package.json'), JSON.stringify({ name: 'node-binary', private: true }));
    sh('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', '--prefer-offline', `${name}@${major}`], { cwd: cache });
  }
  return binary;
}

const work = mkdtempSync(join(tmpdir(), 'timetap-webhooks-package-'));
try {
  step('dist/ is built and the main entry excludes the testing toolkit', () => {
    // An import or require of pg or redis (or a subpath) in code, not in a TSDoc example.
    const loadsClient = /^\s*(?:import|export)\b[^\n]*?["'](?:pg|redis|@redis\/[^"']+)(?:\/[^"']*)?["']|\brequire\(\s*["'](?:pg|redis|@redis\/[^"']+)(?:\/[^"']*)?["']\s*\)|\bimport\(\s*["'](?:pg|redis)["']/m;
    const storeFiles = ['postgres', 'redis'].flatMap((name) => [`${name}.js`, `${name}.mjs`, `${name}.d.ts`, `${name}.d.mts`]);
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    if (manifest.engines?.node !== `>=${NODE_MAJORS[0]}`) fail(`engines.node is ${manifest.engines?.node}, but the tested majors are ${NODE_MAJORS.join(', ')}`);
    for (const file of ['index.js', 'index.mjs', 'index.module.mjs', 'index.d.ts', 'index.d.mts', 'testing.js', 'testing.mjs', 'testing.d.ts', 'testing.d.mts', 'cli.js', ...storeFiles]) {
      if (!existsSync(join(root, 'dist', file))) fail(`dist/${file} is missing: run \`npm run build\` first`);
    }
    for (const file of ['index.js', 'index.module.mjs', 'index.d.ts']) {
      const text = readFileSync(join(root, 'dist', file), 'utf8');
      for (const marker of ['buildAppointment', 'appointmentScenario', 'buildCustomField', 'mergeOverrides', 'Lindqvist']) {
        if (text.includes(marker)) fail(`dist/${file} contains "${marker}": the testing toolkit leaked into the main entry`);
      }
    }
    for (const file of ['index.js', 'index.mjs', 'index.module.mjs', 'index.d.ts', 'index.d.mts', 'testing.js']) {
      const text = readFileSync(join(root, 'dist', file), 'utf8');
      if (loadsClient.test(text)) fail(`dist/${file} loads pg or redis: the root entry must work without them`);
    }
    for (const file of storeFiles) {
      const text = readFileSync(join(root, 'dist', file), 'utf8');
      if (loadsClient.test(text)) fail(`dist/${file} loads its client: the caller passes it in`);
      if (text.includes('class TimeTapStoreError') || quotes(text, 'TimeTapStoreError')) fail(`dist/${file} bundles its own TimeTapStoreError`);
      if (bundlesDecoder(text)) fail(`dist/${file} bundles its own decoder`);
      // The CommonJS file and its types name the library; the .mjs / .d.mts wrappers re-export them.
      const isWrapper = file.endsWith('.mjs') || file.endsWith('.d.mts');
      const importsFrom = isWrapper ? `./${file.split('.')[0]}.js` : 'timetap-webhooks';
      if (!quotes(text, importsFrom)) fail(`dist/${file} should import ${importsFrom}, not bundle a copy`);
    }
    const testing = readFileSync(join(root, 'dist', 'testing.js'), 'utf8');
    if (!quotes(testing, 'timetap-webhooks')) fail('dist/testing.js should import the library by name, not bundle a copy');
    if (bundlesDecoder(testing)) fail('dist/testing.js bundles its own decoder');
    // The testing toolkit is for Node test runners: no bundler build, every condition leads to the
    // CommonJS build (a bundler that met a second build would carry a second library).
    if (existsSync(join(root, 'dist', 'testing.module.mjs'))) fail('dist/testing.module.mjs exists: the testing toolkit ships one build');
    const cli = readFileSync(join(root, 'dist', 'cli.js'), 'utf8');
    const library = readFileSync(join(root, 'dist', 'index.js'), 'utf8');
    process.stdout.write(`  dist/cli.js: ${cli.length} B (dist/index.js, which it requires: ${library.length} B)\n`);
    if (!DECODER_MARKERS.every((marker) => library.includes(marker))) fail(`dist/index.js lacks a decoder marker (${DECODER_MARKERS.join(', ')}): update DECODER_MARKERS`);
    if (bundlesDecoder(cli)) fail('dist/cli.js bundles its own copy of the decoder');
    if (!/require\(["']\.\/index\.js["']\)/.test(cli)) fail('dist/cli.js does not require ./index.js');
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
    process.stdout.write(`  tarball: ${info.size} B packed (limit ${TARBALL_LIMIT} B), ${info.unpackedSize} B unpacked, ${files.length} files\n`);
    for (const f of [...info.files].sort((a, b) => b.size - a.size)) process.stdout.write(`    ${String(f.size).padStart(7)}  ${f.path}\n`);
    if (info.size > TARBALL_LIMIT) fail(`the tarball is ${info.size} B > ${TARBALL_LIMIT} B`);
    const expected = [
      'LICENSE', 'README.md', 'package.json', 'dist/cli.js', 'dist/index.module.mjs',
      ...['index', 'testing', 'postgres', 'redis'].flatMap((name) => ['.js', '.mjs', '.d.ts', '.d.mts'].map((ext) => `dist/${name}${ext}`)),
    ].sort();
    const unexpected = files.filter((f) => !expected.includes(f));
    const missing = expected.filter((f) => !files.includes(f));
    if (missing.length > 0) fail(`the tarball lacks ${missing.join(', ')}`);
    if (unexpected.length > 0) fail(`the tarball carries files nobody justified (add them to docs/performance.md and here, or leave them out): ${unexpected.join(', ')}`);
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
  step(`require(), import() and the bin in the consumer project, on Node ${NODE_MAJORS.join(', ')}`, () => {
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
    for (const major of NODE_MAJORS) {
      const node = nodeBinary(major);
      const version = sh(node, ['--version']).trim();
      if (!version.startsWith(`v${major}.`)) fail(`asked for Node ${major}, got ${version}`);
      for (const file of ['cjs.cjs', 'esm.mjs']) {
        if (sh(node, [file], { cwd: consumer }).trim() !== 'ok') fail(`${file} did not run on Node ${version}`);
      }
      const cliPath = join(consumer, 'node_modules', 'timetap-webhooks', 'dist', 'cli.js');
      const out = sh(node, [cliPath, 'inspect', fixture], { cwd: consumer });
      if (!out.includes('88410237')) fail(`the timetap-webhooks bin did not summarise the fixture on Node ${version}`);
      // The minified CLI still speaks for itself: its version, its help, its own error messages.
      const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
      if (sh(node, [cliPath, '--version'], { cwd: consumer }).trim() !== `timetap-webhooks ${manifest.version}`) fail(`\`timetap-webhooks --version\` on Node ${version}`);
      if (!sh(node, [cliPath, '--help'], { cwd: consumer }).startsWith('Usage: timetap-webhooks <command>')) fail(`\`timetap-webhooks --help\` on Node ${version}`);
      const missing = spawnSync(node, [cliPath, 'inspect', join(consumer, 'missing.json')], { cwd: consumer, encoding: 'utf8' });
      if (missing.status !== 2 || !missing.stderr.startsWith('Cannot read ')) fail(`\`timetap-webhooks inspect missing.json\` on Node ${version}: exit ${missing.status}, ${missing.stderr}`);
      process.stdout.write(`  Node ${version}: require, import() and the bin ok\n`);
    }
    const out = sh(join(consumer, 'node_modules', '.bin', 'timetap-webhooks'), ['inspect', fixture], { cwd: consumer });
    if (!out.includes('88410237')) fail('the timetap-webhooks bin (through node_modules/.bin) did not summarise the fixture');
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
