import { defineConfig } from 'tsup';

// Three entries: the library (ESM + CJS, each with its own type files), the testing toolkit
// (a subpath export, kept out of the main bundle) and the CLI (CJS, Node only).
// io-ts and fp-ts are peers: tsup leaves dependencies and peerDependencies external.
export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
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
