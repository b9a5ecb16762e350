// The esbuild options the size checks measure with (check-size.mjs, check-interop-size.mjs): the
// package as a user's bundler sees it (ESM, minified, tree-shaken), with the peer dependencies
// external.
//
// - `consumerBuildOptions` + `installedPackage`: the PUBLISHED build. dist/ and package.json are
//   copied into a temporary project's node_modules, and an entry there imports the package by its
//   name, so esbuild resolves it through package.json's `exports` (the `module` condition, that is
//   dist/index.module.mjs) exactly as in a user's project. A copy, not a link: through a link,
//   esbuild would apply this repository's tsconfig `paths`, which point the name at src/. The
//   peers are external and as free of side effects as their package.json says (peersExternal).
// - `sizeBuildOptions`: the sources (src/), with the package's own name external (a subpath
//   entry imports the main entry by that name). What a module costs, and the Standard Schema
//   surface measured by swapping one source module for a stub (check-interop-size.mjs).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const peers = Object.keys(pkg.peerDependencies ?? {}).flatMap((name) => [name, `${name}/*`]);

const common = {
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'neutral',
  target: 'es2020',
  minify: true,
  treeShaking: true,
  logLevel: 'error',
};

export const sizeBuildOptions = {
  ...common,
  absWorkingDir: root,
  external: [...peers, pkg.name, `${pkg.name}/*`],
};

/** The newest modification time under `dir`, in milliseconds. */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/**
 * A temporary project with the built package installed (dist/ and package.json copied into its
 * node_modules). Throws when dist/ is missing or older than src/ or package.json: the checks
 * measure what `npm run build` wrote, so they must not measure a stale build.
 */
export function installedPackage() {
  const built = join(root, 'dist', 'index.module.mjs');
  if (!existsSync(built)) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
  const builtAt = statSync(built).mtimeMs;
  if (newest(join(root, 'src')) > builtAt || statSync(join(root, 'package.json')).mtimeMs > builtAt) {
    throw new Error('dist/ is older than src/ or package.json: run `npm run build` first (npm test does)');
  }
  const project = mkdtempSync(join(tmpdir(), 'timetap-webhooks-size-'));
  const installed = join(project, 'node_modules', pkg.name);
  mkdirSync(installed, { recursive: true });
  cpSync(join(root, 'dist'), join(installed, 'dist'), { recursive: true });
  cpSync(join(root, 'package.json'), join(installed, 'package.json'));
  return { project, name: pkg.name, remove: () => rmSync(project, { recursive: true, force: true }) };
}

/**
 * The peers stay external, and keep what their own package.json says of side effects (io-ts and
 * fp-ts declare `"sideEffects": false`): a user's bundler that bundles them drops an import of
 * theirs that nothing uses, and so does this measurement. Without it, esbuild keeps every
 * external import statement of a module it includes, with all its names, used or not.
 */
export const peersExternal = {
  name: 'peers-external',
  setup(build) {
    const names = Object.keys(pkg.peerDependencies ?? {});
    const sideEffectFree = new Map(
      names.map((name) => {
        const manifest = join(root, 'node_modules', name, 'package.json');
        return [name, existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).sideEffects === false];
      }),
    );
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      const name = names.find((peer) => args.path === peer || args.path.startsWith(`${peer}/`));
      return name === undefined ? undefined : { path: args.path, external: true, sideEffects: !sideEffectFree.get(name) };
    });
  },
};

/** Options that bundle an entry of `project` (from `installedPackage`) as a user's esbuild would. */
export function consumerBuildOptions(project) {
  return { ...common, absWorkingDir: project, plugins: [peersExternal] };
}
