import { build, type BuildOptions } from 'esbuild';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A user's bundler meets the BUILT package (dist/, through package.json's exports) next to io-ts,
// whose ESM build imports fp-ts's ESM build (fp-ts/es6). If our files imported fp-ts/lib (its
// CommonJS build) the bundle would carry fp-ts twice. Each setting below bundles a consumer
// with esbuild and counts the fp-ts builds in the bundle's inputs.
const root = join(__dirname, '..', '..');
let dir = '';

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'index.module.mjs'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
  dir = mkdtempSync(join(tmpdir(), 'timetap-webhooks-bundle-'));
  // The package as a user's node_modules holds it (a copy: through a link, esbuild would apply
  // this repository's tsconfig paths to dist/); io-ts and fp-ts come from this repository's.
  const installed = join(dir, 'node_modules', 'timetap-webhooks');
  mkdirSync(installed, { recursive: true });
  cpSync(join(root, 'dist'), join(installed, 'dist'), { recursive: true });
  cpSync(join(root, 'package.json'), join(installed, 'package.json'));
  writeFileSync(
    join(dir, 'entry.mjs'),
    `import * as t from 'io-ts';
import { parseAppointmentWebhook, appointmentStaff } from 'timetap-webhooks';
import { buildAppointment } from 'timetap-webhooks/testing';
export const decoded = parseAppointmentWebhook(buildAppointment());
export const staff = appointmentStaff;
export const codec = t.type({ a: t.string });
`,
  );
});

afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

/** The fp-ts builds (`lib`, `es6`) whose files are in the bundle, and our dist files it used. */
async function bundle(options: BuildOptions): Promise<{ fpTs: string[]; ours: string[] }> {
  const result = await build({
    entryPoints: [join(dir, 'entry.mjs')],
    bundle: true,
    write: false,
    format: 'esm',
    metafile: true,
    logLevel: 'silent',
    nodePaths: [join(root, 'node_modules')],
    ...options,
  });
  const inputs = Object.keys(result.metafile?.inputs ?? {}).map((path) => path.replace(/\\/g, '/'));
  const fpTs = [...new Set(inputs.flatMap((path) => /node_modules\/fp-ts\/(\w+)\//.exec(path)?.[1] ?? []))].sort();
  const ours = inputs.flatMap((path) => /node_modules\/timetap-webhooks\/(.*)$/.exec(path)?.[1] ?? []).sort();
  return { fpTs, ours };
}

describe('the built package in a bundle', () => {
  it.each<[string, BuildOptions]>([
    ['browser (esbuild defaults)', { platform: 'browser' }],
    ['neutral, as for Workers (--main-fields=module,main)', { platform: 'neutral', mainFields: ['module', 'main'] }],
    ['neutral with the ESM conditions only (--conditions=import)', { platform: 'neutral', mainFields: ['module', 'main'], conditions: ['import'] }],
    ['node, preferring ESM (--main-fields=module,main)', { platform: 'node', mainFields: ['module', 'main'] }],
    ['Cloudflare Workers as wrangler sets it (conditions workerd, worker, browser)', { platform: 'neutral', mainFields: ['browser', 'module', 'main'], conditions: ['workerd', 'worker', 'browser'] }],
  ])('carries one copy of fp-ts: %s', async (_name, options) => {
    const { fpTs, ours } = await bundle(options);
    expect({ fpTs, ours }).toEqual({ fpTs: ['es6'], ours: ['dist/index.module.mjs', 'dist/testing.module.mjs'] });
    expect(ours).toEqual(['dist/index.module.mjs', 'dist/testing.module.mjs']);
  });
});
