// `npm run check:size`: the size budgets, per entry point, measured on the PUBLISHED build. Each
// entry is imported by the package's name from a temporary project that has dist/ installed, and
// bundled the way a user's bundler does it (esbuild, ESM, minified, tree-shaken, resolved through
// package.json's `exports`), with the peer dependencies external, gzipped (level 9) and compared
// with its budget. Needs `npm run build` first (`npm test` builds before it runs this); a dist/
// older than src/ is refused.
//
// - The decoder a receiver ships (`export { parseAppointmentWebhook } from 'timetap-webhooks'`,
//   tree-shaken as any bundler does: the package is side-effect free): at most 8.5 KiB.
// - The whole main entry (`.`: every helper, custom fields, times, diffing, tokens, the tracker
//   and the JSON Schema generator): at most 21 KiB.
// - Nothing but the decoder in the decoder's bundle. dist/index.module.mjs is one file, so a
//   bundler can drop what the decoder does not use only statement by statement (tsup.config.ts
//   marks each top-level initializer pure). The same import bundled from src/, where whole
//   modules drop, is the reference: a string in the bundle from dist/ that the one from src/ lacks
//   is code of another module that survived (a table, a frozen constant), and fails the check.
// - Every other subpath of package.json `exports` (`./testing`, the stores): reported, the main
//   entry external.
// - What importing one constant ships (`DEFAULT_MAX_BYTES`): reported, the floor under any import.
//
// The heaviest modules of the main entry (minified bytes, from esbuild's metafile on src/) are
// listed to show where to cut. The budgets exist for cold start on serverless and edge runtimes;
// `npm run bench` measures the `import()` + first decode of the main entry. See
// docs/performance.md.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import ts from 'typescript';
import { consumerBuildOptions, installedPackage, peersExternal, root, sizeBuildOptions } from './sizeBuildOptions.mjs';

const DECODER_LIMIT = 8.5 * 1024;
const ENTRY_LIMIT = 21 * 1024;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const gzip = (result) => gzipSync(result.outputFiles[0].contents, { level: 9 }).byteLength;
const minified = (result) => result.outputFiles[0].contents.byteLength;
const kb = (size) => `${(size / 1024).toFixed(1)} KiB`;
/** The string and template literals of a bundle (TypeScript's parser), less its import specifiers. */
function strings(result) {
  const file = ts.createSourceFile('bundle.js', result.outputFiles[0].text, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const found = new Set();
  const visit = (node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node)) found.add(JSON.stringify(node.text));
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

const failures = [];
let decoderGzipped = 0;
let mainGzipped = 0;
const { project, name, remove } = installedPackage();
try {
  // For a subpath entry: its imports of the main entry stay external (esbuild's `external` would
  // take the subpaths with the name).
  const mainExternal = {
    name: 'main-entry-external',
    setup(b) {
      b.onResolve({ filter: new RegExp(`^${name}$`) }, (args) => (args.importer.includes('node_modules') ? { path: name, external: true } : undefined));
    },
  };
  const fromDist = (contents, plugins = []) => {
    const options = consumerBuildOptions(project);
    return build({ ...options, plugins: [...plugins, ...options.plugins], metafile: true, stdin: { contents, resolveDir: project, loader: 'js' } });
  };
  /** The dist files a bundle was built from (relative to the installed package). */
  const inputs = (result) => Object.keys(result.metafile.inputs).flatMap((path) => /node_modules\/timetap-webhooks\/(.*)$/.exec(path.replace(/\\/g, '/'))?.[1] ?? []);

  const decoder = await fromDist(`export { parseAppointmentWebhook } from '${name}';`);
  decoderGzipped = gzip(decoder);
  const main = await fromDist(`export * from '${name}';`);
  mainGzipped = gzip(main);
  for (const [label, result] of [['decoder', decoder], ['main entry', main]]) {
    if (inputs(result).join() !== 'dist/index.module.mjs') failures.push(`the ${label} was bundled from ${inputs(result).join(', ') || 'nothing in dist/'}, not dist/index.module.mjs: the measurement is wrong`);
  }
  console.log(`decoder (parseAppointmentWebhook, tree-shaken, from dist/index.module.mjs): ${minified(decoder)} B minified, ${decoderGzipped} B gzipped, ${kb(decoderGzipped)} (limit ${DECODER_LIMIT} B)`);
  console.log(`main entry "." (dist/index.module.mjs): ${minified(main)} B minified, ${mainGzipped} B gzipped, ${kb(mainGzipped)} (limit ${ENTRY_LIMIT} B)`);

  // The reference: the same import from src/, where bundlers drop whole unused modules.
  const reference = await build({ ...sizeBuildOptions, external: [name, `${name}/*`], plugins: [peersExternal], stdin: { contents: "export { parseAppointmentWebhook } from './src/index';", resolveDir: root, loader: 'ts' } });
  const referenceStrings = strings(reference);
  const foreign = [...strings(decoder)].filter((s) => !referenceStrings.has(s));
  console.log(`  the same import bundled from src/: ${gzip(reference)} B gzipped; strings only in the bundle from dist/: ${foreign.length === 0 ? 'none' : foreign.join(', ')}`);
  if (foreign.length > 0) failures.push(`the decoder bundled from dist/ carries code of other modules (strings the bundle from src/ lacks: ${foreign.slice(0, 10).join(', ')}): mark their top-level statements pure or make them tree-shakable`);

  const floor = await fromDist(`export { DEFAULT_MAX_BYTES } from '${name}';`);
  console.log(`one constant (DEFAULT_MAX_BYTES) from dist/: ${minified(floor)} B minified, ${gzip(floor)} B gzipped (reported)`);

  for (const subpath of Object.keys(pkg.exports ?? {})) {
    if (subpath === '.' || subpath === './package.json') continue;
    const result = await fromDist(`export * from '${name}/${subpath.replace(/^\.\//, '')}';`, [mainExternal]);
    console.log(`subpath entry "${subpath}" (${inputs(result).join(', ')}): ${minified(result)} B minified, ${gzip(result)} B gzipped, ${kb(gzip(result))} (the main entry external; reported, no budget)`);
  }
} finally {
  remove();
}

const sources = await build({ ...sizeBuildOptions, metafile: true, entryPoints: [join(root, 'src', 'index.ts')] });
const [, meta] = Object.entries(sources.metafile.outputs)[0];
const modules = Object.entries(meta.inputs)
  .map(([path, { bytesInOutput }]) => [relative(root, join(root, path)), bytesInOutput])
  .sort((a, b) => b[1] - a[1]);
console.log('heaviest modules of the main entry (minified bytes in a bundle of src/index.ts):');
for (const [path, size] of modules.slice(0, 10)) console.log(`  ${String(size).padStart(6)}  ${path}`);

if (decoderGzipped > DECODER_LIMIT) failures.push(`the decoder is ${decoderGzipped} B > ${DECODER_LIMIT} B gzipped`);
if (mainGzipped > ENTRY_LIMIT) failures.push(`the main entry is ${mainGzipped} B > ${ENTRY_LIMIT} B gzipped`);
for (const failure of failures) console.error(`check:size FAILED: ${failure}.`);
if (failures.length > 0) process.exit(1);
console.log(`check:size OK (decoder ${DECODER_LIMIT - decoderGzipped} B to spare, main entry ${ENTRY_LIMIT - mainGzipped} B to spare)`);
