import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

// The layer rules in .dependency-cruiser.cjs, checked against a small tree that breaks each rule
// once: every rule must catch its own bad import (a rule that cannot fail protects nothing), and
// the real src/ must pass them all.

const root = join(__dirname, '..', '..');
const depcruise = join(root, 'node_modules', '.bin', 'depcruise');

interface Violation {
  readonly rule: { readonly name: string };
  readonly from: string;
  readonly to: string;
}

function cruise(cwd: string): ReadonlyArray<Violation> {
  const out = execFileSync(depcruise, ['src', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return (JSON.parse(out) as { summary: { violations: ReadonlyArray<Violation> } }).summary.violations;
}

/** One file per entry: its path under the temporary tree, and its source. */
const badTree: Record<string, string> = {
  'src/index.ts': "export { ok } from './codecs/ok';\n",
  'src/codecs/ok.ts': 'export const ok = 1;\n',
  'src/codecs/importsDecode.ts': "import { d } from '../decode/d';\nexport const x = d;\n",
  'src/decode/d.ts': 'export const d = 1;\n',
  'src/decode/importsTime.ts': "import { t } from '../time/t';\nexport const x = t;\n",
  'src/fields/importsDiff.ts': "import { f } from '../diff/f';\nexport const x = f;\n",
  'src/time/t.ts': 'export const t = 1;\n',
  'src/time/importsFields.ts': "import { g } from '../fields/g';\nexport const x = g;\n",
  'src/fields/g.ts': 'export const g = 1;\n',
  'src/diff/f.ts': 'export const f = 1;\n',
  'src/diff/importsDecode.ts': "import { d } from '../decode/d';\nexport const x = d;\n",
  'src/track/importsDecode.ts': "import { d } from '../decode/d';\nexport const x = d;\n",
  'src/track/importsDiff.ts': "import { f } from '../diff/f';\nexport const x = f;\n",
  'src/security/importsCodecs.ts': "import { ok } from '../codecs/ok';\nexport const x = ok;\n",
  'src/cli/c.ts': 'export const c = 1;\n',
  'src/diff/importsCli.ts': "import { c } from '../cli/c';\nexport const x = c;\n",
  'src/testing/tk.ts': 'export const tk = 1;\n',
  'src/codecs/importsTesting.ts': "import { tk } from '../testing/tk';\nexport const x = tk;\n",
  'src/fields/importsBarrel.ts': "import { ok } from '../index';\nexport const x = ok;\n",
  'src/time/cycleA.ts': "import { b } from './cycleB';\nexport const a = (): number => b();\n",
  'src/time/cycleB.ts': "import { a } from './cycleA';\nexport const b = (): number => a();\n",
  'src/decode/importsNodeFs.ts': "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
  'src/diff/importsUnlistedPackage.ts': "import { z } from 'zod';\nexport const x = z;\n",
  'src/cli/importsNodeFs.ts': "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
  'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler', strict: true } }),
  'package.json': JSON.stringify({ name: 'layer-check', private: true, peerDependencies: {}, devDependencies: {} }),
};

describe('.dependency-cruiser.cjs', () => {
  it('finds no violation in src/', () => {
    expect(cruise(root)).toEqual([]);
  });

  describe('on a tree that breaks every rule once', () => {
    let dir = '';
    let violations: ReadonlyArray<Violation> = [];
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'layers-'));
      for (const [path, text] of Object.entries(badTree)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
      copyFileSync(join(root, '.dependency-cruiser.cjs'), join(dir, '.dependency-cruiser.cjs'));
      violations = cruise(dir);
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    const found = (from: string): ReadonlyArray<string> =>
      violations.filter((v) => v.from === from).map((v) => v.rule.name);

    it.each([
      ['src/codecs/importsDecode.ts', 'codecs-are-the-bottom'],
      ['src/decode/importsTime.ts', 'decode-builds-on-codecs-only'],
      ['src/fields/importsDiff.ts', 'fields-build-on-codecs-only'],
      ['src/time/importsFields.ts', 'time-builds-on-codecs-only'],
      ['src/diff/importsDecode.ts', 'diff-builds-on-codecs-and-time-only'],
      ['src/track/importsDecode.ts', 'track-builds-on-codecs-diff-and-time-only'],
      ['src/security/importsCodecs.ts', 'security-stands-alone'],
      ['src/diff/importsCli.ts', 'nothing-imports-cli'],
      ['src/codecs/importsTesting.ts', 'nothing-imports-testing'],
      ['src/fields/importsBarrel.ts', 'only-the-top-imports-the-barrel'],
      ['src/time/cycleA.ts', 'no-cycles'],
      ['src/decode/importsNodeFs.ts', 'library-has-no-node-builtins'],
      ['src/diff/importsUnlistedPackage.ts', 'peers-and-nothing-else-at-run-time'],
    ])('reports %s as %s', (file, rule) => {
      expect(found(file)).toContain(rule);
    });

    it('lets the command line use Node built-ins', () => {
      expect(found('src/cli/importsNodeFs.ts')).toEqual([]);
    });

    it('lets a capability import a lower one and its own files', () => {
      expect(found('src/codecs/ok.ts')).toEqual([]);
      expect(found('src/track/importsDiff.ts')).toEqual([]);
      expect(found('src/index.ts')).toEqual([]);
    });
  });
});
