import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { bytes, median, sig3, spread, table } from './stats';

/**
 * Cold start: the time from a fresh `node` process's first line to the first decoded body, measured
 * inside the process (`performance.now()` around `import()`/`require` + the first decode), so
 * Node's own start-up is left out. Each row runs in `runs` fresh processes (one discarded warm-up
 * each, rows in turn); the median is reported.
 *
 * Unbundled, as a Node server loads the installed package: `import('timetap-webhooks')` (ESM; on
 * Node this is `dist/index.mjs`, which re-exports the CommonJS build) and
 * `require('timetap-webhooks')` (CommonJS), each followed by one `parseAppointmentWebhook` of the
 * body; beside them the peers alone (io-ts and `fp-ts/lib/Either.js` imported or required the
 * same way, and one io-ts decode) and `JSON.parse` alone.
 *
 * Bundled, as a serverless user ships it: a tiny entry bundled with its peers by esbuild (platform
 * node, format esm) and `import()`ed: the whole main entry (every export kept) and the decoder
 * alone (`parseAppointmentWebhook`, tree-shaken).
 */

export interface ColdStartRow {
  readonly id: string;
  readonly name: string;
  /** The bundle's size, for bundled rows. */
  readonly bundleBytes?: number;
  /** `import()`/`require` + the first decode, measured inside each process, ms. */
  readonly importMs: ReadonlyArray<number>;
  /** Whole process, spawn to exit, ms. */
  readonly wallMs: ReadonlyArray<number>;
}

const BUNDLE_HARNESS = `const t0 = performance.now();
await import(process.argv[2]);
process.stdout.write(String(performance.now() - t0));
`;

/** Scripts run as they are (the package and its peers resolved from the repository's node_modules). */
function scripts(literal: string): Array<{ id: string; name: string; file: string; source: string }> {
  const ours = (load: string): string => `const m = ${load};
const result = m.parseAppointmentWebhook(${literal});
if (result._tag !== 'Right') throw new Error(result.left.message);
`;
  const peers = (load: (specifier: string) => string): string => `const t = ${load('io-ts')};
const E = ${load('fp-ts/lib/Either.js')};
if (!E.isRight(t.UnknownRecord.decode(JSON.parse(${literal})))) throw new Error('unexpected body');
`;
  const timed = (body: string, before = ''): string => `${before}const t0 = performance.now();
${body}process.stdout.write(String(performance.now() - t0));
`;
  // io-ts and fp-ts loaded (and the ESM loader warmed) before the clock starts: what is left is ours.
  const peersFirst = (load: (specifier: string) => string): string =>
    ['io-ts', 'fp-ts/lib/Either.js', 'fp-ts/lib/Option.js'].map((specifier) => `${load(specifier)};\n`).join('');
  return [
    { id: 'json', name: 'JSON.parse only', file: 'json.mjs', source: timed(`if (typeof JSON.parse(${literal}).calendarid !== 'number') throw new Error('unexpected body');\n`) },
    { id: 'peers-esm', name: 'io-ts + fp-ts only, ESM: `import()`', file: 'peers.mjs', source: timed(peers((s) => `await import('${s}')`)) },
    { id: 'peers-cjs', name: 'io-ts + fp-ts only, CJS: `require`', file: 'peers.cjs', source: timed(peers((s) => `require('${s}')`)) },
    { id: 'ours-esm', name: "timetap-webhooks, ESM: `import('timetap-webhooks')`", file: 'ours.mjs', source: timed(ours("await import('timetap-webhooks')")) },
    { id: 'ours-cjs', name: "timetap-webhooks, CJS: `require('timetap-webhooks')`", file: 'ours.cjs', source: timed(ours("require('timetap-webhooks')")) },
    {
      id: 'own-esm',
      name: 'timetap-webhooks alone, ESM (the peers imported before the clock starts)',
      file: 'own.mjs',
      source: timed(ours("await import('timetap-webhooks')"), peersFirst((s) => `await import('${s}')`)),
    },
    {
      id: 'own-cjs',
      name: 'timetap-webhooks alone, CJS (the peers required before the clock starts)',
      file: 'own.cjs',
      source: timed(ours("require('timetap-webhooks')"), peersFirst((s) => `require('${s}')`)),
    },
  ];
}

function bundleEntries(literal: string): Array<{ id: string; name: string; source: string }> {
  return [
    {
      id: 'bundle-json',
      name: 'bundled: JSON.parse only',
      source: `const value = JSON.parse(${literal});
if (typeof value.calendarid !== 'number') throw new Error('unexpected body');
`,
    },
    {
      id: 'bundle-peers',
      name: 'bundled: io-ts + fp-ts only',
      source: `import * as t from 'io-ts';
import { isRight } from 'fp-ts/lib/Either.js';
if (!isRight(t.UnknownRecord.decode(JSON.parse(${literal})))) throw new Error('unexpected body');
`,
    },
    {
      id: 'bundle-main',
      name: 'bundled: timetap-webhooks, main entry (every export)',
      source: `import * as api from 'timetap-webhooks';
// Reading the namespace's keys keeps every export in the bundle, as the whole entry is loaded.
if (Object.keys(api).length === 0) throw new Error('the main entry has no exports');
const result = api.parseAppointmentWebhook(${literal});
if (result._tag !== 'Right') throw new Error(result.left.message);
`,
    },
    {
      id: 'bundle-decoder',
      name: 'bundled: timetap-webhooks, decoder only (tree-shaken)',
      source: `import { parseAppointmentWebhook } from 'timetap-webhooks';
const result = parseAppointmentWebhook(${literal});
if (result._tag !== 'Right') throw new Error(result.left.message);
`,
    },
  ];
}

/** Writes and bundles every row in `dir` (inside the repository), and runs each `runs` times in fresh processes. */
export async function coldStart(root: string, dir: string, body: string, runs: number): Promise<ColdStartRow[]> {
  if (!existsSync(join(root, 'dist', 'index.mjs'))) throw new Error('dist/index.mjs is missing: run `npm run build` first.');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  // The package as a user's node_modules holds it: Node and esbuild resolve it through its `exports`.
  symlinkSync(root, join(dir, 'node_modules', 'timetap-webhooks'), 'dir');
  const literal = JSON.stringify(body);
  const bundleHarness = join(dir, 'harness.mjs');
  writeFileSync(bundleHarness, BUNDLE_HARNESS);

  const rows: Array<{ id: string; name: string; args: string[]; bundleBytes?: number }> = [];
  for (const script of scripts(literal)) {
    const file = join(dir, script.file);
    writeFileSync(file, script.source);
    rows.push({ id: script.id, name: script.name, args: [file] });
  }
  for (const [index, entry] of bundleEntries(literal).entries()) {
    const source = join(dir, `entry${index}.mjs`);
    const outfile = join(dir, `bundle${index}.mjs`);
    writeFileSync(source, entry.source);
    await build({ entryPoints: [source], outfile, bundle: true, platform: 'node', format: 'esm', logLevel: 'error' });
    rows.push({ id: entry.id, name: entry.name, args: [bundleHarness, pathToFileURL(outfile).href], bundleBytes: statSync(outfile).size });
  }

  const results = rows.map(() => ({ importMs: [] as number[], wallMs: [] as number[] }));
  for (let run = -1; run < runs; run++) {
    rows.forEach((row, i) => {
      const start = process.hrtime.bigint();
      const child = spawnSync(process.execPath, row.args, { encoding: 'utf8', cwd: dir });
      const wall = Number(process.hrtime.bigint() - start) / 1e6;
      if (child.status !== 0) throw new Error(`${row.name} failed: ${child.stderr}`);
      if (run >= 0) {
        results[i]?.importMs.push(Number(child.stdout));
        results[i]?.wallMs.push(wall);
      }
    });
  }
  return rows.map((row, i) => ({
    id: row.id,
    name: row.name,
    ...(row.bundleBytes === undefined ? {} : { bundleBytes: row.bundleBytes }),
    importMs: results[i]?.importMs ?? [],
    wallMs: results[i]?.wallMs ?? [],
  }));
}

/** Median process wall time of `row` minus the baseline's, ms (NaN when either is missing). */
function extraWallMs(row: ColdStartRow | undefined, baseline: ColdStartRow | undefined): number {
  return median(row?.wallMs ?? []) - median(baseline?.wallMs ?? []);
}

/** The cold-start section of the report: a markdown table and a summary line. */
export function coldStartReport(cold: ReadonlyArray<ColdStartRow>, runs: number): string[] {
  const coldRow = (id: string): ColdStartRow | undefined => cold.find((row) => row.id === id);
  const ms = (id: string): number => median(coldRow(id)?.importMs ?? []);
  return [
    `### e. Cold start: \`import()\`/\`require\` + first decode of documented-example.json, measured inside the process, ${runs} fresh \`node\` processes each`,
    '',
    table(
      ['What is loaded', 'Bundle size', 'load + first decode, ms (median, min–max)', 'process wall time, ms'],
      cold.map((row) => [row.name, row.bundleBytes === undefined ? 'unbundled' : bytes(row.bundleBytes), spread(row.importMs, sig3), spread(row.wallMs, sig3)]),
    ),
    '',
    `Unbundled: ours ${sig3(ms('ours-esm'))} ms ESM, ${sig3(ms('ours-cjs'))} ms CJS; the peers alone ${sig3(ms('peers-esm'))} / ` +
      `${sig3(ms('peers-cjs'))} ms; ours minus the peers ${sig3(ms('ours-esm') - ms('peers-esm'))} ms ESM, ` +
      `${sig3(ms('ours-cjs') - ms('peers-cjs'))} ms CJS (JSON.parse only: ${sig3(ms('json'))} ms); ours alone, the peers already loaded, ` +
      `${sig3(ms('own-esm'))} ms ESM, ${sig3(ms('own-cjs'))} ms CJS. ` +
      `Bundled: the main entry ${sig3(ms('bundle-main'))} ms, the decoder alone ${sig3(ms('bundle-decoder'))} ms, ` +
      `the peers alone ${sig3(ms('bundle-peers'))} ms (JSON.parse only ${sig3(ms('bundle-json'))} ms); the main entry's process wall time ` +
      `is ${sig3(extraWallMs(coldRow('bundle-main'), coldRow('bundle-json')))} ms above the JSON.parse-only bundle's.`,
  ];
}
