import { buildSync } from 'esbuild';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { readValid } from '../support/fixtures';

// The main entry must run on edge runtimes (Cloudflare Workers, Vercel Edge, Deno): no Buffer, no
// process, no require, no node:* modules. Bundle it as a serverless user would, with io-ts and
// fp-ts inside, for esbuild's `neutral` platform, and run the bundle in a bare V8 context that
// has only the language built-ins plus TextDecoder/TextEncoder (which every edge runtime has).

const root = join(__dirname, '..', '..');

function bundle(entry: string, globalName: string): { code: string; inputs: ReadonlyArray<string> } {
  const result = buildSync({
    entryPoints: [join(root, entry)],
    bundle: true,
    write: false,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    format: 'iife',
    globalName,
    target: 'es2020',
    metafile: true,
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (file === undefined) throw new Error('esbuild wrote nothing');
  return { code: file.text, inputs: Object.keys(result.metafile.inputs) };
}

type Run = (script: string) => unknown;

function edgeRuntime(code: string): Run {
  const context = createContext({ TextDecoder, TextEncoder });
  runInContext(code, context);
  return (script) => JSON.parse(runInContext(`JSON.stringify((() => { ${script} })())`, context) as string) as unknown;
}

describe('the main entry on an edge runtime', () => {
  let built: { code: string; inputs: ReadonlyArray<string> };
  let run: Run;
  beforeAll(() => {
    built = bundle('src/index.ts', 'timetapWebhooks');
    run = edgeRuntime(built.code);
  });

  it('bundles for the neutral platform with io-ts and fp-ts inside and no Node module', () => {
    expect(built.inputs.some((i) => i.includes('node_modules/io-ts/'))).toBe(true);
    expect(built.inputs.some((i) => i.includes('node_modules/fp-ts/'))).toBe(true);
    expect(built.inputs.filter((i) => i.startsWith('node:') || !/\.(ts|js|mjs|cjs|json)$/.test(i))).toEqual([]);
    expect(built.inputs.some((i) => i.includes('src/testing/') || i.includes('src/cli/'))).toBe(false);
  });

  it('runs in a context without require, Buffer, process or module', () => {
    expect(run('return [typeof require, typeof Buffer, typeof process, typeof module, typeof globalThis.timetapWebhooks];')).toEqual([
      'undefined',
      'undefined',
      'undefined',
      'undefined',
      'object',
    ]);
  });

  it('decodes a fixture passed as a Uint8Array created in that context', () => {
    const bytes = JSON.stringify([...readValid('booked.json')]);
    const out = run(`
      const m = globalThis.timetapWebhooks;
      const body = new Uint8Array(${bytes});
      const result = m.parseAppointmentWebhook(body);
      return result._tag === 'Right'
        ? { tag: 'Right', id: m.appointmentId(result.right), status: result.right.status, isUint8Array: body instanceof Uint8Array }
        : { tag: 'Left', error: result.left };
    `);
    expect(out).toEqual({ tag: 'Right', id: 88410237, status: 'OPEN', isUint8Array: true });
  });

  it('reports errors there as values: bad UTF-8, size limit, invalid payload', () => {
    const out = run(`
      const m = globalThis.timetapWebhooks;
      const tag = (r) => (r._tag === 'Left' ? r.left._tag : 'Right');
      return [
        tag(m.parseAppointmentWebhook(new Uint8Array([0x7b, 0xff, 0x7d]))),
        tag(m.parseAppointmentWebhook(new Uint8Array(64).fill(0x20), { maxBytes: 10 })),
        tag(m.parseAppointmentWebhook('{"calendarid":"x"}')),
        tag(m.parseAppointmentWebhook(new Uint8Array([0x7b, 0x22, 0x63, 0x61, 0x6c, 0x65, 0x6e, 0x64, 0x61, 0x72, 0x69, 0x64, 0x22, 0x3a, 0x31, 0x7d]).buffer)),
      ];
    `);
    expect(out).toEqual(['InvalidEncoding', 'PayloadTooLarge', 'InvalidPayload', 'Right']);
  });
});

describe('the testing toolkit on an edge runtime', () => {
  it('builds a scenario there without Node built-ins, and it decodes', () => {
    const { code } = bundle('src/testing/index.ts', 'timetapTesting');
    const run = edgeRuntime(`${bundle('src/index.ts', 'timetapWebhooks').code}\n${code}`);
    const out = run(`
      const { appointmentScenario } = globalThis.timetapTesting;
      const { parseAppointmentWebhook } = globalThis.timetapWebhooks;
      return Object.values(appointmentScenario()).map((a) => parseAppointmentWebhook(JSON.stringify(a))._tag);
    `);
    expect(out).toEqual(['Right', 'Right', 'Right', 'Right', 'Right']);
  });
});
