// `npm run bench`: bundles bench/main.ts (with the library straight from src/, unminified, and
// zod, ajv, TypeBox, io-ts, fp-ts) into .tmp/bench/main.mjs with esbuild, then runs it.
// Arguments are passed on (`npm run bench -- --quick`); `--cold` runs only the cold start (bench/coldMain.ts).
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const entry = process.argv.includes('--cold') ? 'coldMain' : 'main';
const outfile = join(root, '.tmp', 'bench', `${entry}.mjs`);
await build({
  entryPoints: [join(root, 'bench', `${entry}.ts`)],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: false,
  external: ['esbuild'],
  logLevel: 'error',
});
await import(pathToFileURL(outfile).href);
