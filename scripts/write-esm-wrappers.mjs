#!/usr/bin/env node
// Part of `npm run build`, after tsup: Node's ESM entry points. Each re-exports, by name, the
// CommonJS file next to it, and its type file re-exports that file's types: Node runs one copy of
// the code whether a user `require`s or `import`s the package (a `TimeTapWebhookError` from one is
// an instance for the other), and the types ship once. Bundlers take dist/*.module.mjs instead
// (the `module` and `import` conditions in package.json's exports). See docs/performance.md,
// "What the package ships".
//
// The names are listed, not `export *`: from Node 23 on, `export *` of a CommonJS module also
// re-exports a key named "module.exports".
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const require = createRequire(join(dist, 'index.js'));
for (const name of ['index', 'testing', 'postgres', 'redis']) {
  const names = Object.keys(require(`./${name}.js`)).sort();
  if (names.length === 0) throw new Error(`dist/${name}.js exports nothing`);
  // Loaded with require, not `export … from`: Node would scan the whole CommonJS source for its
  // export names before an ES module may import it, which costs more than running it. Only the
  // main entry's wrapper does so: it is Node's alone (bundlers take index.module.mjs), and it is
  // the large file. The subpaths' wrappers, which bundlers take too, keep `export … from`, which
  // every bundler resolves whatever its platform (no `node:module`); their files are small.
  const body =
    name !== 'index'
      ? `export {\n${names.map((n) => `  ${n},\n`).join('')}} from './${name}.js';\n`
      : `import { createRequire } from 'node:module';\nconst cjs = createRequire(import.meta.url)('./${name}.js');\nexport const {\n${names.map((n) => `  ${n},\n`).join('')}} = cjs;\n`;
  writeFileSync(join(dist, `${name}.mjs`), body);
  writeFileSync(join(dist, `${name}.d.mts`), `export * from './${name}.js';\n`);
}
