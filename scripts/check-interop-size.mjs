// `node scripts/check-interop-size.mjs`: what the interop surface costs a receiver that imports only
// the decoder, measured on the sources (esbuild, ESM, minified, tree-shaken, the peers external,
// gzip level 9: sizeBuildOptions from sizeBuildOptions.mjs), since it swaps a source module for a
// stub; check-size.mjs measures the published build. Two budgets, both enforced:
// - every codec's `~standard` (Standard Schema v1) adds at most 1 KB gzipped to the decoder: the
//   decoder is bundled as it is, and again with the Standard Schema module replaced by a stub;
// - the JSON Schema generator is not in the decoder at all (tree-shaken away), and is reported
//   for those who import it.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { root, sizeBuildOptions } from './sizeBuildOptions.mjs';

const STANDARD_SCHEMA_LIMIT = 1024;

/** Replaces src/codecs/standardSchema.ts by a stub: the decoder as it would be without `~standard`. */
const withoutStandardSchema = {
  name: 'without-standard-schema',
  setup(b) {
    b.onResolve({ filter: /\/standardSchema$/ }, () => ({ path: 'standardSchema-stub', namespace: 'stub' }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export function standardSchema() { return undefined; }', loader: 'js' }));
  },
};

async function bundle(contents, plugins = []) {
  const result = await build({ ...sizeBuildOptions, plugins, stdin: { contents, resolveDir: root, loader: 'ts' } });
  const text = result.outputFiles[0].text;
  return { text, gzipped: gzipSync(result.outputFiles[0].contents, { level: 9 }).byteLength };
}

const decoderEntry = "export { parseAppointmentWebhook } from './src/index';";
const decoder = await bundle(decoderEntry);
const bare = await bundle(decoderEntry, [withoutStandardSchema]);
const standardCost = decoder.gzipped - bare.gzipped;
const withJsonSchema = await bundle("export { parseAppointmentWebhook, appointmentJsonSchema, toJsonSchema } from './src/index';");
const generatorCost = withJsonSchema.gzipped - decoder.gzipped;
const generatorInDecoder = decoder.text.includes('json-schema.org');

console.log(`decoder (parseAppointmentWebhook, tree-shaken): ${decoder.gzipped} B gzipped`);
console.log(`  of which Standard Schema (~standard on every codec): ${standardCost} B (limit ${STANDARD_SCHEMA_LIMIT} B)`);
console.log(`  JSON Schema generator in it: ${generatorInDecoder ? 'yes' : 'no (tree-shaken away)'}`);
console.log(`decoder + appointmentJsonSchema + toJsonSchema: ${withJsonSchema.gzipped} B gzipped (the generator adds ${generatorCost} B)`);

let failed = false;
if (!decoder.text.includes('timetap-webhooks')) {
  console.error('check-interop-size FAILED: the decoder bundle has no ~standard (vendor name missing): the measurement is wrong.');
  failed = true;
}
if (standardCost > STANDARD_SCHEMA_LIMIT) {
  console.error(`check-interop-size FAILED: Standard Schema adds ${standardCost} B > ${STANDARD_SCHEMA_LIMIT} B gzipped.`);
  failed = true;
}
if (generatorInDecoder || !withJsonSchema.text.includes('json-schema.org')) {
  console.error('check-interop-size FAILED: the JSON Schema generator must be in the bundle that imports it, and only there.');
  failed = true;
}
if (failed) process.exit(1);
console.log('check-interop-size OK');
