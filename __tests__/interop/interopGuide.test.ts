import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

// docs/interop.md shows each example of docs/interop/examples/ between marker comments; the
// copies must be exact and each example file must be run by an integration test, so the code a
// reader copies is the code that was tested.

const root = join(__dirname, '..', '..');
const guide = join(root, 'docs', 'interop.md');
const examples = join(root, 'docs', 'interop', 'examples');
const EMBED = /<!-- example: (\S+) [^\n]*-->\n```ts\n([\s\S]*?)\n```\n<!-- end example -->/g;
const text = readFileSync(guide, 'utf8');
const copies = [...text.matchAll(EMBED)].map((m) => ({ file: m[1] ?? '', code: m[2] ?? '' }));

describe('docs/interop.md', () => {
  it('shows every example file of docs/interop/examples/, verbatim', () => {
    expect(copies.map((c) => c.file).sort()).toEqual(readdirSync(examples).map((f) => `examples/${f}`).sort());
    for (const { file, code } of copies) {
      expect({ file, code }).toEqual({ file, code: readFileSync(join(root, 'docs', 'interop', file), 'utf8').replace(/\n$/, '') });
    }
  });

  it('has each example run by an integration test', () => {
    const dir = join(root, '__tests__', 'integration');
    const tests = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    for (const { file } of copies) {
      const imported = tests.includes(`docs/interop/${file.replace(/\.ts$/, '')}'`);
      expect({ file, imported }).toEqual({ file, imported: true });
    }
  });

  it('links only to files that exist', () => {
    for (const [, target] of text.matchAll(/\]\(([^)#\s]+)[^)]*\)/g)) {
      if (target === undefined || /^https?:/.test(target)) continue;
      expect({ target, exists: existsSync(resolve(dirname(guide), target)) }).toEqual({ target, exists: true });
    }
  });
});

describe('the interop size budget (scripts/check-interop-size.mjs)', () => {
  it('holds: Standard Schema adds at most 1 KB gzipped to the decoder, and the JSON Schema generator is not in it', () => {
    const run = spawnSync(process.execPath, ['scripts/check-interop-size.mjs'], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    expect(`${run.stdout}${run.stderr}`).toContain('JSON Schema generator in it: no');
    expect(run.stdout).toContain('check-interop-size OK');
    expect(run.status).toBe(0);
  });
});
