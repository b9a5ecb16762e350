import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';
import ts from 'typescript';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

// What `npm run build` writes to dist/ (each file is justified in docs/performance.md, "What the
// package ships"):
//
//   index.js, testing.js          CommonJS: `require`, and Node's `import` through the wrappers
//   index.d.ts, testing.d.ts      the types (one copy)
//   index.mjs, testing.mjs        Node's `import`: ESM wrappers that re-export the CommonJS build
//                                 (testing.mjs is also what bundlers get: the testing toolkit is
//                                 for Node test runners, so it has no bundler build of its own)
//   index.d.mts, testing.d.mts    their types: a one-line re-export of index.d.ts / testing.d.ts
//   index.module.mjs              bundlers (the `module` and `import` conditions): real ESM that
//                                 imports fp-ts's ESM build, as io-ts's ESM build does
//   postgres.js, redis.js         the stores (CommonJS); they import the library by its name
//   postgres.d.ts, redis.d.ts     their types (scripts/link-store-types.mjs points them at the library)
//   postgres.mjs, redis.mjs,      Node's and bundlers' `import`: wrappers, as for index.mjs
//   postgres.d.mts, redis.d.mts
//   cli.js                        the `timetap-webhooks` command; it requires ./index.js
//
// The code is minified: the tarball is what every install downloads, and what a user reads is the
// types (index.d.ts keeps every TSDoc comment). The errors users see name themselves in strings
// (TimeTapWebhookError's and TimeTapStoreError's `name`, the CLI's messages), never through a
// class or function name a minifier renames. The bundlers' build (index.module.mjs) must keep its
// `/* @__PURE__ */` annotations, which a user's bundler needs to drop what the user does not
// import (markTopLevelPure below); esbuild drops them when it removes whitespace, so esbuild
// minifies its syntax and names, and Terser compresses and removes the whitespace (the CommonJS
// build of the main entry and the testing toolkit goes the same way, for the extra bytes).
// No source maps: maps without the TypeScript sources would point at files nobody has, and
// shipping the sources would double the tarball. Failures are values (a `_tag`, a `message`, a
// path), not stack traces, so minified frames cost little when reading a report.

// The store entries import the library's own modules by path (the layer rules); in dist they must
// share the root entry's copies, so that `instanceof TimeTapStoreError` holds for their errors
// and the codecs are not bundled twice: these imports become imports of 'timetap-webhooks'.
const sharedWithRoot = ['src/track/TimeTapStoreError.ts', 'src/codecs/Appointment.ts', 'src/codecs/appointmentId.ts'].map((file) =>
  resolve(__dirname, file).replace(/\.ts$/, ''),
);

// io-ts and fp-ts are peers: tsup leaves dependencies and peerDependencies external.

const shared: Options = {
  // `testing` is `timetap-webhooks/testing`: it imports the library by its package name, kept
  // external, so the testing files reuse the main entry (one decoder, one set of codecs).
  external: ['timetap-webhooks'],
  sourcemap: false,
  target: 'es2020',
  platform: 'neutral',
  splitting: false,
  treeshake: true,
};
const entries = { index: 'src/index.ts', testing: 'src/testing/index.ts' };

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

// The package is side-effect free ("sideEffects": false): importing a module runs nothing a user
// could miss, so a bundler may drop every module whose exports go unused. In dist/ the modules are
// one file, where that promise has to be restated statement by statement: each call and `new` a
// top-level declaration evaluates when the module loads (building a codec, freezing a table,
// creating a TextEncoder) is marked `/* @__PURE__ */`, and a bundler drops it when nothing uses
// its result. Calls inside functions run later and are left alone. A top-level statement run for
// its effect would break "sideEffects": false, so the build refuses one. What cannot be marked (a
// property read, a spread, a template) stays in every bundle: write such a value as a call or a
// literal (`npm run check:size` fails when one carries another module's strings into the decoder).
type LoadResult = { contents: string; loader: 'ts' } | { errors: Array<{ text: string }> };
const markTopLevelPure = {
  name: 'mark-top-level-pure',
  setup(build: { onLoad: (options: { filter: RegExp }, callback: (args: { path: string }) => LoadResult) => void }) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const file = ts.createSourceFile(args.path, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      const starts = new Set<number>();
      const visit = (node: ts.Node): void => {
        if (ts.isFunctionLike(node) || ts.isClassLike(node)) return;
        if (ts.isCallExpression(node) || ts.isNewExpression(node)) starts.add(node.getStart(file));
        ts.forEachChild(node, visit);
      };
      for (const statement of file.statements) {
        if (ts.isVariableStatement(statement)) {
          for (const declaration of statement.declarationList.declarations) if (declaration.initializer) visit(declaration.initializer);
        } else if (ts.isExpressionStatement(statement)) {
          const { line } = file.getLineAndCharacterOfPosition(statement.getStart(file));
          return { errors: [{ text: `${args.path}:${line + 1}: a top-level statement run for its effect; the package declares "sideEffects": false` }] };
        }
      }
      let contents = source;
      for (const start of [...starts].sort((a, b) => b - a)) {
        if (/@__PURE__\s*\*\/\s*$/.test(contents.slice(Math.max(0, start - 24), start))) continue;
        contents = `${contents.slice(0, start)}/* @__PURE__ */ ${contents.slice(start)}`;
      }
      return { contents, loader: 'ts' };
    });
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

// Terser's second pass after esbuild: its compressor (safe transforms only, twice) and whitespace
// removal take about 1.2 KB more off the two main builds' gzipped size than esbuild alone, and it
// keeps the `/* @__PURE__ */` annotations bundlers need to drop unused modules.
const shrink = { compress: { passes: 2 }, mangle: true, format: { comments: false, preserve_annotations: true } };

export default defineConfig([
  {
    ...shared,
    entry: entries,
    format: ['cjs'],
    minifySyntax: true,
    minifyIdentifiers: true,
    minify: 'terser',
    terserOptions: shrink,
    dts: true,
    // One `clean`: a second config's would race with this one's type build. The type build
    // removes every other declaration file, so scripts/write-esm-wrappers.mjs writes the .mjs and
    // .d.mts wrappers after tsup (`npm run build` runs both).
    clean: true,
  },
  {
    ...shared,
    // The main entry only: `timetap-webhooks/testing` is for Node test runners, and every condition
    // of it leads to the CommonJS build (package.json's exports).
    entry: { index: entries.index },
    format: ['esm'],
    outExtension: () => ({ js: '.module.mjs' }),
    dts: false,
    // Left to the plugin below, which keeps them external under their ESM path.
    noExternal: [/^fp-ts\//],
    esbuildPlugins: [fpTsEsm, markTopLevelPure],
    // esbuild minifies the syntax and the names; Terser compresses, removes the whitespace and
    // keeps the `/* @__PURE__ */` annotations, which esbuild drops with the whitespace (see above).
    minifySyntax: true,
    minifyIdentifiers: true,
    minify: 'terser',
    terserOptions: shrink,
  },
  {
    // `timetap-webhooks/postgres` and `timetap-webhooks/redis`. No `clean`: the first config cleans.
    entry: { postgres: 'src/postgres/index.ts', redis: 'src/redis/index.ts' },
    // CommonJS only, like the main entry: scripts/write-esm-wrappers.mjs writes their .mjs wrappers,
    // so Node's `import` and `require` share one copy of the library (and one TimeTapStoreError).
    external: ['timetap-webhooks', 'pg', 'redis'],
    format: ['cjs'],
    minify: true,
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
    minify: true,
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
