// `node bench/decodeCases.mjs`: bundles bench/decodeCases.ts (with the library straight from src/)
// into .tmp/bench/decodeCases.mjs with esbuild, as bench/run.mjs does for bench/main.ts, and runs it.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const outfile = join(root, '.tmp', 'bench', 'decodeCases.mjs');
await build({
  entryPoints: [join(root, 'bench', 'decodeCases.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: false,
  logLevel: 'error',
});
await import(pathToFileURL(outfile).href);
