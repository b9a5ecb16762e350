// `npm run bench:stores`: bundles bench/stores.ts (the library from src/, the test servers from
// __tests__/support) into .tmp/bench/stores.cjs with esbuild, npm packages left to node_modules,
// then runs it. Arguments are passed on (`npm run bench:stores -- --quick`).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, '.tmp', 'bench', 'stores.cjs');
await build({
  entryPoints: [join(root, 'bench', 'stores.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  logLevel: 'error',
  plugins: [
    {
      name: 'library-from-sources',
      setup(b) {
        b.onResolve({ filter: /^timetap-webhooks(\/testing)?$/ }, (args) => ({
          path: join(root, 'src', args.path === 'timetap-webhooks' ? 'index.ts' : 'testing/index.ts'),
        }));
      },
    },
  ],
});
const run = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 1);
