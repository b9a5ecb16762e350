import { build, type BuildOptions } from 'esbuild';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A user's bundler meets the BUILT package (dist/, through package.json's exports) next to io-ts,
// whose ESM build imports fp-ts's ESM build (fp-ts/es6). If our files imported fp-ts/lib (its
// CommonJS build) the bundle would carry fp-ts twice. Each setting below bundles a consumer
// with esbuild and counts the fp-ts builds in the bundle's inputs. The bundle also drops what the
// consumer does not import, although dist/index.module.mjs is one file.
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
export const decoded = parseAppointmentWebhook('{"calendarid": 1}');
export const staff = appointmentStaff;
export const codec = t.type({ a: t.string });
`,
  );
  writeFileSync(join(dir, 'decoder.mjs'), `export { parseAppointmentWebhook } from 'timetap-webhooks';\n`);
  writeFileSync(join(dir, 'everything.mjs'), `export * from 'timetap-webhooks';\n`);
  writeFileSync(join(dir, 'testing.mjs'), `export { buildAppointment } from 'timetap-webhooks/testing';\n`);
});

afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

/** The fp-ts builds (`lib`, `es6`) whose files are in the bundle, our dist files it used, and its code. */
async function bundle(options: BuildOptions, entry = 'entry.mjs'): Promise<{ fpTs: string[]; ours: string[]; code: string }> {
  const result = await build({
    entryPoints: [join(dir, entry)],
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
  return { fpTs, ours, code: result.outputFiles?.[0]?.text ?? '' };
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
    expect({ fpTs, ours }).toEqual({ fpTs: ['es6'], ours: ['dist/index.module.mjs'] });
  });

  // Strings of modules the decoder does not use: the legacy time-zone table, the volatile paths of
  // the diff, the JSON Schema generator, the tracker's store error.
  const otherModules = ['America/Anchorage', 'client.fieldDataListJson', 'json-schema.org', 'TimeTapStoreError'];

  it('keeps only the decoder when a consumer imports only the decoder (the rest of the one-file build is dropped)', async () => {
    const minified: BuildOptions = { platform: 'neutral', mainFields: ['module', 'main'], minify: true };
    const everything = await bundle(minified, 'everything.mjs');
    const decoder = await bundle(minified, 'decoder.mjs');
    expect(decoder.ours).toEqual(['dist/index.module.mjs']);
    for (const marker of otherModules) {
      expect({ marker, inEverything: everything.code.includes(marker) }).toEqual({ marker, inEverything: true });
      expect({ marker, inDecoder: decoder.code.includes(marker) }).toEqual({ marker, inDecoder: false });
    }
    expect(decoder.code).toContain('calendarid or calendarId is required');
  });

  it('bundles timetap-webhooks/testing from its Node build: the testing toolkit is for Node test runners and has no bundler build', async () => {
    const { ours } = await bundle({ platform: 'neutral', mainFields: ['module', 'main'] }, 'testing.mjs');
    expect(ours).toEqual(expect.arrayContaining(['dist/testing.mjs', 'dist/testing.js']));
    expect(ours).not.toContain('dist/testing.module.mjs');
  });
});
