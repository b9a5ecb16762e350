import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

// Every ```ts block the README, docs/security.md and the framework guides show is compiled, strict, against the
// BUILT package (dist/ and package.json, installed in a project outside this repository), in an
// ESM project (`"type": "module"`, module nodenext) and in a CommonJS one. A block preceded by
// `<!-- file: name.ts -->` is written under that name, so `import … from './timetap-webhook.js'`
// in a "Run it" block finds the guide's handler; the others are snippet1.ts, snippet2.ts, …

const root = join(__dirname, '..', '..');
const DOCS = ['README.md', 'docs/security.md', ...readdirSync(join(root, 'docs', 'frameworks')).filter((f) => f.endsWith('.md')).map((f) => `docs/frameworks/${f}`)];

interface Snippet {
  readonly doc: string;
  readonly file: string;
  readonly code: string;
}

function snippets(doc: string): Snippet[] {
  const text = readFileSync(join(root, doc), 'utf8');
  const found: Snippet[] = [];
  for (const match of text.matchAll(/((?:<!--[^\n]*-->\n)*)```ts\n([\s\S]*?)\n```/g)) {
    const named = /<!-- file: (\S+\.ts) -->/.exec(match[1] ?? '')?.[1];
    found.push({ doc, file: named ?? `snippet${found.length + 1}.ts`, code: match[2] ?? '' });
  }
  return found;
}

const all = DOCS.flatMap(snippets);
let work = '';

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'index.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
  work = mkdtempSync(join(tmpdir(), 'timetap-webhooks-snippets-'));
  // node_modules: the built package as npm installs it, and this repository's other packages.
  const modules = join(work, 'node_modules');
  mkdirSync(join(modules, 'timetap-webhooks'), { recursive: true });
  cpSync(join(root, 'dist'), join(modules, 'timetap-webhooks', 'dist'), { recursive: true });
  cpSync(join(root, 'package.json'), join(modules, 'timetap-webhooks', 'package.json'));
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (entry.startsWith('.') || entry === 'timetap-webhooks') continue;
    symlinkSync(join(root, 'node_modules', entry), join(modules, entry), 'dir');
  }
  for (const [system, type] of [['esm', 'module'], ['cjs', 'commonjs']] as const) {
    const project = join(work, system);
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: `snippets-${system}`, private: true, type }));
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          target: 'ES2022',
          lib: ['ES2022', 'DOM'],
          module: 'nodenext',
          moduleResolution: 'nodenext',
          types: ['node'],
          skipLibCheck: true,
          experimentalDecorators: true,
        },
        include: ['**/*.ts'],
      }),
    );
    for (const { doc, file, code } of all) {
      const dir = join(project, basename(doc, '.md'));
      mkdirSync(dir, { recursive: true });
      if (existsSync(join(dir, file))) throw new Error(`${doc} names two blocks ${file}`);
      writeFileSync(join(dir, file), `${code}\n`);
    }
  }
});

afterAll(() => {
  if (work !== '') rmSync(work, { recursive: true, force: true });
});

function tsc(system: 'esm' | 'cjs'): string {
  try {
    execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.'], { cwd: join(work, system), encoding: 'utf8', stdio: 'pipe' });
    return '';
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    return `${stdout ?? ''}${stderr ?? ''}` || String(error);
  }
}

describe('the code blocks of the README and the framework guides', () => {
  it('are found: the quick start, every guide handler and every "run it" block', () => {
    const files = all.map((s) => `${s.doc}:${s.file}`);
    for (const guide of ['express', 'fastify', 'hono', 'nestjs']) {
      expect(files).toContain(`docs/frameworks/${guide}.md:timetap-webhook.ts`);
      expect(files).toContain(`docs/frameworks/${guide}.md:main.ts`);
    }
    expect(files).toEqual(expect.arrayContaining(['docs/frameworks/nestjs.md:app.module.ts', 'README.md:timetap-webhook.ts', 'README.md:main.ts']));
  });

  it.each(['esm', 'cjs'] as const)('compile, strict, against the built package in a %s project (module nodenext)', (system) => {
    expect(tsc(system)).toBe('');
  });
});
