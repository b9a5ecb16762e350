// `npm run check:size`: the size budgets, per entry point. Each entry is bundled the way a user's
// bundler sees the package (esbuild, ESM, minified, tree-shaken) with the peer dependencies and
// the package's own name external, gzipped (level 9), and compared with its budget. It reads
// src/ rather than dist/, so it never checks a stale build (tsup emits the same esbuild transform
// of the same modules). The heaviest modules of the main entry (minified bytes, from esbuild's
// metafile) are listed to show where to cut.
//
// - The decoder a receiver ships (`parseAppointmentWebhook` and the codecs it needs, tree-shaken
//   as any bundler does: the package is side-effect free): at most 8.75 KiB, that is 8 KiB plus
//   what the Standard Schema surface, typed option errors, realm-proof input checks and the
//   overflow check cost (measured in docs/performance.md, "The decoder's size").
// - The whole main entry (`.`: every helper, custom fields, times, diffing, tokens, the tracker
//   and the JSON Schema generator): at most 21 KiB.
// - Every other subpath of package.json `exports` (`./testing`, the stores): reported. Its source
//   is `src/<name>/index.ts`; a subpath whose source is missing is listed as skipped.
//
// The budgets exist for cold start on serverless and edge runtimes; `npm run bench` measures the
// `import()` + first decode of the main entry. See docs/performance.md.
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { root, sizeBuildOptions } from './sizeBuildOptions.mjs';

const DECODER_LIMIT = 8.75 * 1024;
const ENTRY_LIMIT = 21 * 1024;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const options = { ...sizeBuildOptions, metafile: true };
const gzip = (result) => gzipSync(result.outputFiles[0].contents, { level: 9 }).byteLength;
const minified = (result) => result.outputFiles[0].contents.byteLength;
const kb = (size) => `${(size / 1024).toFixed(1)} KiB`;

const main = await build({ ...options, entryPoints: [join(root, 'src', 'index.ts')] });
const mainGzipped = gzip(main);

// What a receiver that imports only the decoder ships (the package is side-effect free, so
// bundlers drop the rest).
const decoderOnly = await build({
  ...options,
  stdin: { contents: "export { parseAppointmentWebhook } from './src/index';", resolveDir: root, loader: 'ts' },
});
const decoderGzipped = gzip(decoderOnly);

console.log(`decoder (parseAppointmentWebhook, tree-shaken): ${decoderGzipped} B gzipped, ${kb(decoderGzipped)} (limit ${DECODER_LIMIT} B)`);
console.log(`main entry "." (src/index.ts): ${minified(main)} B minified, ${mainGzipped} B gzipped, ${kb(mainGzipped)} (limit ${ENTRY_LIMIT} B)`);

for (const subpath of Object.keys(pkg.exports ?? {})) {
  if (subpath === '.' || subpath === './package.json') continue;
  const name = subpath.replace(/^\.\//, '');
  const source = join('src', name, 'index.ts');
  if (!existsSync(join(root, source))) {
    console.log(`subpath entry "${subpath}": skipped, ${source} is missing`);
    continue;
  }
  const result = await build({ ...options, entryPoints: [join(root, source)] });
  const gzipped = gzip(result);
  console.log(`subpath entry "${subpath}" (${source}): ${minified(result)} B minified, ${gzipped} B gzipped, ${kb(gzipped)} (reported, no budget)`);
}

const [, meta] = Object.entries(main.metafile.outputs)[0];
const modules = Object.entries(meta.inputs)
  .map(([path, { bytesInOutput }]) => [relative(root, join(root, path)), bytesInOutput])
  .sort((a, b) => b[1] - a[1]);
console.log('heaviest modules of the main entry (minified bytes in the bundle):');
for (const [path, size] of modules.slice(0, 10)) console.log(`  ${String(size).padStart(6)}  ${path}`);

let failed = false;
if (decoderGzipped > DECODER_LIMIT) {
  console.error(`check:size FAILED: the decoder is ${decoderGzipped} B > ${DECODER_LIMIT} B gzipped.`);
  failed = true;
}
if (mainGzipped > ENTRY_LIMIT) {
  console.error(`check:size FAILED: the main entry is ${mainGzipped} B > ${ENTRY_LIMIT} B gzipped.`);
  failed = true;
}
if (failed) process.exit(1);
console.log(`check:size OK (decoder ${DECODER_LIMIT - decoderGzipped} B to spare, main entry ${ENTRY_LIMIT - mainGzipped} B to spare)`);
