// `npm run generate:checks`: writes src/codecs/objectChecks.ts, the fast checks of the object
// codecs, from their props (scripts/objectChecks.ts does the work; esbuild runs it on the sources).
import { build } from 'esbuild';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, '.tmp', 'generate-object-checks.mjs');
const codecs = join(root, 'src', 'codecs');
const target = join(codecs, 'objectChecks.ts');

// The codecs import their checks from the file this script writes, which may be out of date or
// broken while the codecs change. The generator reads only the props, so the run replaces that
// file with placeholders for the checks the codecs import.
const placeholders = {
  name: 'placeholder checks',
  setup(build) {
    build.onLoad({ filter: /src[\\/]codecs[\\/]objectChecks\.ts$/ }, () => {
      const wanted = new Set();
      for (const file of readdirSync(codecs)) {
        const text = readFileSync(join(codecs, file), 'utf8');
        for (const match of text.matchAll(/import \{([^}]*)\} from '\.\/objectChecks'/g)) {
          for (const name of match[1].split(',')) if (name.trim() !== '') wanted.add(name.trim());
        }
      }
      return { contents: [...wanted].map((name) => `export const ${name} = () => false;`).join('\n'), loader: 'ts' };
    });
  },
};
await build({
  stdin: {
    contents: `
      import * as api from './src/index';
      import { GuardedType } from './src/codecs/codec';
      import { generateObjectChecks } from './scripts/objectChecks';
      export function generate(bodies) {
        const roots = Object.values(api).filter((v) => v instanceof GuardedType);
        return generateObjectChecks(roots, bodies.map((body) => [api.Appointment, body]));
      }
    `,
    resolveDir: root,
    loader: 'ts',
  },
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  plugins: [placeholders],
  logLevel: 'error',
});
const { generate } = await import(pathToFileURL(outfile).href);
const valid = join(root, 'fixtures', 'valid');
const bodies = readdirSync(valid)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => JSON.parse(readFileSync(join(valid, file), 'utf8').replace(/^\uFEFF/, '')));
writeFileSync(target, generate(bodies));
console.log('wrote src/codecs/objectChecks.ts');
