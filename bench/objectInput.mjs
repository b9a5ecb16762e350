// Bundles bench/objectInput.ts (the library straight from src/) with esbuild and runs it.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const outfile = join(root, '.tmp', 'bench', 'objectInput.mjs');
await build({ entryPoints: [join(root, 'bench', 'objectInput.ts')], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'error' });
await import(pathToFileURL(outfile).href);
