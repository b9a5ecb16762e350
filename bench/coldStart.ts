import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { median } from './stats';

/**
 * Cold start, as a serverless user ships the package: a tiny entry that imports
 * `timetap-webhooks` (resolved through the package's own `exports`, i.e. the built `dist/`) and
 * decodes one body at its top level, bundled with its peers (io-ts, fp-ts) by esbuild (platform
 * node, format esm), then `import()`ed by fresh `node` processes: the time measured is the
 * `import()` of the bundle, which is module evaluation plus the first decode. Two bundles of ours:
 * the whole main entry (every export kept, as an unbundled `import('timetap-webhooks')` loads it)
 * and the decoder alone (`parseAppointmentWebhook`, tree-shaken as a bundler does for a receiver
 * that imports only it). The baseline bundle only runs `JSON.parse` on the same body; another
 * imports only the peers (io-ts, fp-ts), to tell their share from ours. The bundles are run in
 * turn, one discarded warm-up each.
 */

export interface ColdStartRow {
  readonly name: string;
  readonly bundleBytes: number;
  /** `import()` of the bundle (module evaluation + the decode), measured inside each process, ms. */
  readonly importMs: ReadonlyArray<number>;
  /** Whole process, spawn to exit, ms. */
  readonly wallMs: ReadonlyArray<number>;
}

const HARNESS = `const t0 = performance.now();
await import(process.argv[2]);
process.stdout.write(String(performance.now() - t0));
`;

function entries(body: string): Record<string, string> {
  const literal = JSON.stringify(body);
  return {
    'JSON.parse only': `const value = JSON.parse(${literal});
if (typeof value.calendarid !== 'number') throw new Error('unexpected body');
`,
    'io-ts + fp-ts only (the peers)': `import * as t from 'io-ts';
import { isRight } from 'fp-ts/lib/Either.js';
if (!isRight(t.UnknownRecord.decode(JSON.parse(${literal})))) throw new Error('unexpected body');
`,
    'timetap-webhooks, main entry (every export)': `import * as api from 'timetap-webhooks';
// Reading the namespace's keys keeps every export in the bundle, as the whole entry is loaded.
if (Object.keys(api).length === 0) throw new Error('the main entry has no exports');
const result = api.parseAppointmentWebhook(${literal});
if (result._tag !== 'Right') throw new Error(result.left.message);
`,
    'timetap-webhooks, decoder only (tree-shaken)': `import { parseAppointmentWebhook } from 'timetap-webhooks';
const result = parseAppointmentWebhook(${literal});
if (result._tag !== 'Right') throw new Error(result.left.message);
`,
  };
}

/** Bundles both entries in `dir` and runs each `runs` times in fresh processes. */
export async function coldStart(root: string, dir: string, body: string, runs: number): Promise<ColdStartRow[]> {
  if (!existsSync(join(root, 'dist', 'index.mjs'))) throw new Error('dist/index.mjs is missing: run `npm run build` first.');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  // The package as a user's node_modules holds it: esbuild resolves it through its `exports`.
  symlinkSync(root, join(dir, 'node_modules', 'timetap-webhooks'), 'dir');
  const harness = join(dir, 'harness.mjs');
  writeFileSync(harness, HARNESS);

  const bundles: Array<{ name: string; file: string }> = [];
  for (const [index, [name, source]] of Object.entries(entries(body)).entries()) {
    const entry = join(dir, `entry${index}.mjs`);
    const outfile = join(dir, `bundle${index}.mjs`);
    writeFileSync(entry, source);
    await build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'esm', logLevel: 'error' });
    bundles.push({ name, file: outfile });
  }

  const results = bundles.map(() => ({ importMs: [] as number[], wallMs: [] as number[] }));
  for (let run = -1; run < runs; run++) {
    bundles.forEach((bundle, i) => {
      const start = process.hrtime.bigint();
      const child = spawnSync(process.execPath, [harness, pathToFileURL(bundle.file).href], { encoding: 'utf8' });
      const wall = Number(process.hrtime.bigint() - start) / 1e6;
      if (child.status !== 0) throw new Error(`${bundle.name} failed: ${child.stderr}`);
      if (run >= 0) {
        results[i]?.importMs.push(Number(child.stdout));
        results[i]?.wallMs.push(wall);
      }
    });
  }
  return bundles.map((bundle, i) => ({
    name: bundle.name,
    bundleBytes: statSync(bundle.file).size,
    importMs: results[i]?.importMs ?? [],
    wallMs: results[i]?.wallMs ?? [],
  }));
}

/** Median process wall time of `row` minus the baseline's, ms. */
export function extraWallMs(row: ColdStartRow, baseline: ColdStartRow): number {
  return median(row.wallMs) - median(baseline.wallMs);
}
