// The esbuild options both size checks measure with (check-size.mjs, check-interop-size.mjs): the
// package as a user's bundler sees it (ESM, minified, tree-shaken), with the peer dependencies and
// the package's own name external (a subpath entry imports the main entry by that name, and dist/
// keeps it external too: tsup.config.ts).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const external = [...Object.keys(pkg.peerDependencies ?? {}), pkg.name].flatMap((name) => [name, `${name}/*`]);

export const sizeBuildOptions = {
  absWorkingDir: root,
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'neutral',
  target: 'es2020',
  minify: true,
  treeShaking: true,
  external,
  logLevel: 'error',
};
