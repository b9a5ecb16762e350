import { defineConfig } from 'tsup';

// Three entries: the library (ESM + CJS, each with its own type files), the testing toolkit
// (a subpath export, kept out of the main bundle) and the CLI (CJS, Node only).
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
    entry: { cli: 'src/cli/main.ts' },
    format: ['cjs'],
    dts: false,
    sourcemap: false,
    target: 'node18',
    platform: 'node',
    splitting: false,
  },
]);
