// `npm run check:size`: the size budget of the main entry (issue 6). Bundles src/index.ts the way
// a user's bundler sees the package (esbuild, ESM, minified, tree-shaken) with the peers io-ts and
// fp-ts external, gzips it (level 9) and fails above the budget. It reads src/ rather than dist/,
// so it never checks a stale build (tsup emits the same esbuild transform of the same modules).
// The heaviest modules (minified bytes, from esbuild's metafile) are listed to show where to cut.
import { build } from 'esbuild';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const LIMIT = 8 * 1024;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const options = {
  absWorkingDir: root,
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'neutral',
  target: 'es2020',
  minify: true,
  treeShaking: true,
  external: ['io-ts', 'io-ts/*', 'fp-ts', 'fp-ts/*'],
  metafile: true,
  logLevel: 'error',
};
const gzip = (output) => gzipSync(output.contents, { level: 9 }).byteLength;

const result = await build({ ...options, entryPoints: [join(root, 'src', 'index.ts')] });
const output = result.outputFiles[0];
const minified = output.contents.byteLength;
const gzipped = gzip(output);

// For information: what a receiver that imports only the decoder ships (the package is
// side-effect free, so bundlers drop the rest).
const decoderOnly = await build({
  ...options,
  stdin: { contents: "export { parseAppointmentWebhook } from './src/index';", resolveDir: root, loader: 'ts' },
});
const [, meta] = Object.entries(result.metafile.outputs)[0];
const modules = Object.entries(meta.inputs)
  .map(([path, { bytesInOutput }]) => [relative(root, join(root, path)), bytesInOutput])
  .sort((a, b) => b[1] - a[1]);

console.log(`main entry (src/index.ts): ${minified} B minified, ${gzipped} B gzipped (limit ${LIMIT} B gzipped)`);
console.log(`for information, parseAppointmentWebhook alone (tree-shaken): ${gzip(decoderOnly.outputFiles[0])} B gzipped`);
console.log('heaviest modules (minified bytes in the bundle):');
for (const [path, size] of modules.slice(0, 10)) console.log(`  ${String(size).padStart(6)}  ${path}`);
if (gzipped > LIMIT) {
  console.error(`check:size FAILED: ${gzipped} B > ${LIMIT} B gzipped. Trim the heaviest modules above.`);
  process.exit(1);
}
console.log(`check:size OK (${LIMIT - gzipped} B to spare)`);
