// `npm run bench`: bundles bench/main.ts (with the library straight from src/, unminified, and
// zod, ajv, TypeBox, io-ts, fp-ts) into .tmp/bench/main.mjs with esbuild, then runs it.
// Arguments are passed on (`npm run bench -- --quick`). One flag picks another script instead:
//   --cold           only the cold start (bench/coldMain.ts)
//   --decode-cases   the decoder alone on text bodies, paired with JSON.parse (bench/decodeCases.ts)
//   --object-input   the decoder on parsed objects, with its parts and floors (bench/objectInput.ts)
// (`node bench/run.mjs --decode-cases` skips the build of dist/ that `npm run bench` does first.)
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const scripts = { '--cold': 'coldMain', '--decode-cases': 'decodeCases', '--object-input': 'objectInput' };
const entry = Object.entries(scripts).find(([flag]) => process.argv.includes(flag))?.[1] ?? 'main';
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
  // The peers as a bundler resolves them for an app: their ES module builds (io-ts's `module`
  // field; fp-ts's `lib/` subpaths mapped to `es6/`, as the package's own ES module build maps
  // them), so calls into them are direct bindings, not CommonJS interop getters.
  mainFields: ['module', 'main'],
  plugins: [
    {
      name: 'fp-ts-es6',
      setup(build) {
        build.onResolve({ filter: /^fp-ts\/lib\/[A-Za-z]+\.js$/ }, (args) =>
          build.resolve(args.path.replace(/^fp-ts\/lib\/([A-Za-z]+)\.js$/, 'fp-ts/es6/$1.js'), { kind: args.kind, resolveDir: args.resolveDir }),
        );
      },
    },
  ],
  logLevel: 'error',
});
await import(pathToFileURL(outfile).href);
