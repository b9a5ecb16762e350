import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

// What `npm run build` writes to dist/ (each file is justified in docs/performance.md, "What the
// package ships"):
//
//   index.js, testing.js          CommonJS: `require`, and Node's `import` through the wrappers
//   index.d.ts, testing.d.ts      the types (one copy)
//   index.mjs, testing.mjs        Node's `import`: ESM wrappers that re-export the CommonJS build
//   index.d.mts, testing.d.mts    their types: a one-line re-export of index.d.ts / testing.d.ts
//   index.module.mjs,             bundlers (the `module` condition): real ESM that imports
//   testing.module.mjs            fp-ts's ESM build, as io-ts's ESM build does
//   postgres.js, redis.js         the stores (CommonJS); they import the library by its name
//   postgres.d.ts, redis.d.ts     their types (scripts/link-store-types.mjs points them at the library)
//   postgres.mjs, redis.mjs,      Node's and bundlers' `import`: wrappers, as for index.mjs
//   postgres.d.mts, redis.d.mts
//   cli.js                        the `timetap-webhooks` command; it requires ./index.js
//
// No source maps: the code is not minified (names and structure survive, a stack trace is
// readable as it is) and maps without the TypeScript sources would point at files nobody has.

// The store entries import the library's own modules by path (the layer rules); in dist they must
// share the root entry's copies, so that `instanceof TimeTapStoreError` holds for their errors
// and the codecs are not bundled twice: these imports become imports of 'timetap-webhooks'.
const sharedWithRoot = ['src/track/TimeTapStoreError.ts', 'src/codecs/Appointment.ts', 'src/codecs/appointmentId.ts'].map((file) =>
  resolve(__dirname, file).replace(/\.ts$/, ''),
);

// io-ts and fp-ts are peers: tsup leaves dependencies and peerDependencies external.

const shared: Options = {
  entry: { index: 'src/index.ts', testing: 'src/testing/index.ts' },
  // `testing` is `timetap-webhooks/testing`: it imports the library by its package name, kept
  // external, so the testing files reuse the main entry (one decoder, one set of codecs).
  external: ['timetap-webhooks'],
  sourcemap: false,
  target: 'es2020',
  platform: 'neutral',
  splitting: false,
  treeshake: true,
};

// Node loads ESM only when files say so; fp-ts/es6 is extension-less ESM in a CommonJS package,
// which Node cannot load, but bundlers can. The bundler build therefore imports
// `fp-ts/es6/<Module>` (the copy io-ts's ESM build uses: one fp-ts in a bundle), while Node keeps
// the CommonJS build, as it does for io-ts itself.
const fpTsEsm = {
  name: 'fp-ts-es6',
  setup(build: { onResolve: (options: { filter: RegExp }, callback: (args: { path: string }) => { path: string; external: true }) => void }) {
    build.onResolve({ filter: /^fp-ts\/lib\/[A-Za-z]+\.js$/ }, (args) => ({
      path: args.path.replace(/^fp-ts\/lib\/([A-Za-z]+)\.js$/, 'fp-ts/es6/$1'),
      external: true,
    }));
  },
};

// The command line imports the library by its package name; in dist/ that is the CommonJS entry
// next to it, so the CLI ships no second copy of the decoder. An import that leaves src/cli by a
// relative path would bundle one: the build refuses it.
interface ResolveArgs {
  readonly path: string;
  readonly importer: string;
}
type ResolveResult = { path: string; external: true } | { errors: Array<{ text: string }> } | undefined;
const libraryNextDoor = {
  name: 'library-next-door',
  setup(build: { onResolve: (options: { filter: RegExp }, callback: (args: ResolveArgs) => ResolveResult) => void }) {
    build.onResolve({ filter: /^timetap-webhooks$/ }, () => ({ path: './index.js', external: true }));
    build.onResolve({ filter: /^\.\.\// }, (args) =>
      /[\\/]src[\\/]cli[\\/]/.test(args.importer)
        ? { errors: [{ text: `${args.path}: the CLI imports the library from 'timetap-webhooks' (export it from src/index.ts), so dist/cli.js reuses dist/index.js` }] }
        : undefined,
    );
  },
};

export default defineConfig([
  {
    ...shared,
    format: ['cjs'],
    dts: true,
    // One `clean`: a second config's would race with this one's type build. The type build
    // removes every other declaration file, so scripts/write-esm-wrappers.mjs writes the .mjs and
    // .d.mts wrappers after tsup (`npm run build` runs both).
    clean: true,
  },
  {
    ...shared,
    format: ['esm'],
    outExtension: () => ({ js: '.module.mjs' }),
    dts: false,
    // Left to the plugin below, which keeps them external under their ESM path.
    noExternal: [/^fp-ts\//],
    esbuildPlugins: [fpTsEsm],
  },
  {
    // `timetap-webhooks/postgres` and `timetap-webhooks/redis`. No `clean`: the first config cleans.
    entry: { postgres: 'src/postgres/index.ts', redis: 'src/redis/index.ts' },
    // CommonJS only, like the main entry: scripts/write-esm-wrappers.mjs writes their .mjs wrappers,
    // so Node's `import` and `require` share one copy of the library (and one TimeTapStoreError).
    external: ['timetap-webhooks', 'pg', 'redis'],
    format: ['cjs'],
    dts: true,
    clean: false,
    sourcemap: false,
    target: 'es2020',
    platform: 'neutral',
    splitting: false,
    treeshake: true,
    esbuildPlugins: [
      {
        name: 'share-with-root-entry',
        setup(build) {
          build.onResolve({ filter: /^\.\.?\// }, (args) => {
            const target = resolve(args.resolveDir, args.path).replace(/\.(ts|js)$/, '');
            return sharedWithRoot.includes(target) ? { path: 'timetap-webhooks', external: true } : undefined;
          });
        },
      },
    ],
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['cjs'],
    dts: false,
    sourcemap: false,
    target: 'node20',
    platform: 'node',
    splitting: false,
    esbuildPlugins: [libraryNextDoor],
    // `timetap-webhooks --version` (src/cli/packageVersion.ts).
    define: { TIMETAP_WEBHOOKS_VERSION: JSON.stringify(version) },
  },
]);
