import { resolve } from 'node:path';
import { defineConfig } from 'tsup';

// The store entries import the library's own modules by path (the layer rules); in dist they must
// share the root entry's copies, so that `instanceof TimeTapStoreError` holds for their errors
// and the codecs are not bundled twice: these imports become imports of 'timetap-webhooks'.
const sharedWithRoot = ['src/track/TimeTapStoreError.ts', 'src/codecs/Appointment.ts', 'src/codecs/appointmentId.ts'].map((file) =>
  resolve(__dirname, file).replace(/\.ts$/, ''),
);

// Five entries: the library (ESM + CJS, each with its own type files), the testing toolkit
// (a subpath export, kept out of the main bundle), the PostgreSQL and Redis stores (subpath
// exports; they never import their client, which the caller passes in) and the CLI (CJS, Node only).
// io-ts and fp-ts are peers: tsup leaves dependencies and peerDependencies external.
export default defineConfig([
  {
    // `testing` is `timetap-webhooks/testing`. It imports the library by its package name, kept
    // external, so dist/testing.* reuse dist/index.* (one decoder, one set of codecs) instead of
    // bundling a copy. One config for both: a second config's `clean` would race with this dts build.
    entry: { index: 'src/index.ts', testing: 'src/testing/index.ts' },
    external: ['timetap-webhooks'],
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'es2020',
    platform: 'neutral',
    splitting: false,
    treeshake: true,
  },
  {
    // `timetap-webhooks/postgres` and `timetap-webhooks/redis`. No `clean`: the first config cleans.
    entry: { postgres: 'src/postgres/index.ts', redis: 'src/redis/index.ts' },
    external: ['timetap-webhooks', 'pg', 'redis'],
    format: ['esm', 'cjs'],
    dts: true,
    clean: false,
    sourcemap: true,
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
    target: 'node18',
    platform: 'node',
    splitting: false,
  },
]);
