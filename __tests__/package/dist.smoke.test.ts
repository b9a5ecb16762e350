import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Loads the BUILT package in fresh Node processes, as users do: `require` (CJS) and `import()`
// (ESM). Only this catches imports Node's ESM loader refuses (e.g. `fp-ts/Either` without `/lib/…js`).
const root = join(__dirname, '..', '..');
const fixture = join(root, 'fixtures', 'valid', 'booked.json');
const script = (load: string): string => `
  ${load}
  const body = require('node:fs').readFileSync(${JSON.stringify(fixture)});
  const result = m.parseAppointmentWebhook(body);
  if (result._tag !== 'Right') throw new Error('did not decode');
  process.stdout.write(JSON.stringify({ id: m.appointmentId(result.right), exports: Object.keys(m).length }));
`;

function run(args: string[]): { id: number; exports: number } {
  return JSON.parse(execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' })) as { id: number; exports: number };
}

describe('the built package (dist/)', () => {
  beforeAll(() => {
    if (!existsSync(join(root, 'dist', 'index.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
  });

  it('loads with require() in a fresh Node process', () => {
    const out = run(['-e', script(`const m = require('timetap-webhooks');`)]);
    expect(out.id).toBe(88410237);
    expect(out.exports).toBeGreaterThan(30);
  });

  it('loads with import() in a fresh Node process under the ESM loader', () => {
    const out = run(['--input-type=module', '-e', `import { createRequire } from 'node:module'; const require = createRequire(import.meta.url); ${script(`const m = await import('timetap-webhooks');`)}`]);
    expect(out.id).toBe(88410237);
  });

  it('exports the same names from both builds', () => {
    const cjs = run(['-e', script(`const m = require('timetap-webhooks');`)]);
    const esm = run(['--input-type=module', '-e', `import { createRequire } from 'node:module'; const require = createRequire(import.meta.url); ${script(`const m = await import('timetap-webhooks');`)}`]);
    expect(esm.exports).toBe(cjs.exports);
  });

  it('gives require() and import() in Node one copy of the code (a class from one is the class of the other)', () => {
    const same = execFileSync(
      process.execPath,
      ['--input-type=module', '-e', `import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);
        const esm = await import('timetap-webhooks'); const cjs = require('timetap-webhooks');
        process.stdout.write(String(esm.TimeTapWebhookError === cjs.TimeTapWebhookError && esm.Appointment === cjs.Appointment));`],
      { cwd: root, encoding: 'utf8' },
    );
    expect(same).toBe('true');
  });

  it('keeps io-ts and fp-ts external (peers are imported, not inlined): fp-ts/lib for Node, fp-ts/es6 for bundlers', () => {
    for (const [file, fpTs] of [
      ['index.js', /require\(["']fp-ts\/lib\/Either\.js["']\)/],
      ['index.module.mjs', /from ?["']fp-ts\/es6\/Either["']/],
    ] as const) {
      const code = readFileSync(join(root, 'dist', file), 'utf8');
      expect(code).toMatch(/(require\(|from ?)["']io-ts["']/);
      expect(code).toMatch(fpTs);
      expect(code).not.toMatch(/["']fp-ts\/[A-Z]/); // no bare fp-ts subpaths
      expect(code).not.toContain('<function'); // io-ts's name for an anonymous function: would mean io-ts was bundled
    }
    expect(readFileSync(join(root, 'dist', 'index.module.mjs'), 'utf8')).not.toContain('fp-ts/lib/');
  });

  it('keeps the errors named in minified code (their names are strings, not class names a minifier renames)', () => {
    const out = execFileSync(
      process.execPath,
      ['-e', `const m = require('timetap-webhooks');
        const store = new m.TimeTapStoreError({ _tag: 'StoreUnavailable', message: 'down' });
        let thrown; try { m.parseAppointmentWebhookOrThrow('{') } catch (e) { thrown = e }
        process.stdout.write(JSON.stringify([store.name, String(store), thrown.name, thrown instanceof m.TimeTapWebhookError]));`],
      { cwd: root, encoding: 'utf8' },
    );
    expect(JSON.parse(out)).toEqual(['TimeTapStoreError', 'TimeTapStoreError: down', 'TimeTapWebhookError', true]);
  });

  it('marks the top-level initializers of the bundlers\' build pure, so that bundlers can drop what is not imported', () => {
    const code = readFileSync(join(root, 'dist', 'index.module.mjs'), 'utf8');
    expect(code.match(/\/\*\s*[@#]__PURE__\s*\*\//g)?.length ?? 0).toBeGreaterThan(20);
  });

  it("loads dist/index.mjs, Node's ESM entry, as a re-export of the CommonJS build", () => {
    expect(readFileSync(join(root, 'dist', 'index.mjs'), 'utf8')).toMatch(
      /^import \{ createRequire \} from 'node:module';\nconst cjs = createRequire\(import\.meta\.url\)\('\.\/index\.js'\);\nexport const \{\n(  \w+,\n)+\} = cjs;\n$/,
    );
    expect(readFileSync(join(root, 'dist', 'index.d.mts'), 'utf8')).toBe("export * from './index.js';\n");
  });
});
