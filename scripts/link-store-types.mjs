#!/usr/bin/env node
// Runs after tsup (`npm run build`). The type files of the store entries (dist/postgres.d.ts and
// dist/redis.d.ts; their .d.mts wrappers come after, from scripts/write-esm-wrappers.mjs) import the shared types (AppointmentStore, …) from a
// chunk that tsup's type bundler writes beside them, a private copy of declarations the root entry
// already exports. Point those imports at 'timetap-webhooks' instead, as the JavaScript of these
// entries does, and delete the chunks: one declaration of each type, and no private file a user's
// declaration emit could have to name.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const entries = ['postgres', 'redis'].map((name) => `${name}.d.ts`);
const rootTypes = readFileSync(join(dist, 'index.d.ts'), 'utf8');
const chunkImport = /^import \{ ([^}]+) \} from '\.\/([^']+)\.(m?js)';$/gm;
const used = new Set();

for (const entry of entries) {
  const file = join(dist, entry);
  if (!existsSync(file)) throw new Error(`link-store-types: dist/${entry} is missing`);
  const text = readFileSync(file, 'utf8').replace(chunkImport, (_line, specifiers, chunk, ext) => {
    const chunkFile = `${chunk}.d.${ext === 'mjs' ? 'mts' : 'ts'}`;
    used.add(chunkFile);
    // The chunk ends with `export type { AppointmentStore as A };`: the local names behind the aliases.
    const chunkText = readFileSync(join(dist, chunkFile), 'utf8');
    const aliases = new Map();
    for (const [, list] of chunkText.matchAll(/^export (?:type )?\{ ([^}]+) \};$/gm)) {
      for (const part of list.split(',')) {
        const [local, alias = local] = part.trim().split(/\s+as\s+/);
        aliases.set(alias, local);
      }
    }
    const names = specifiers.split(',').map((part) => {
      const [imported, local = imported] = part.trim().split(/\s+as\s+/);
      const exported = aliases.get(imported);
      if (exported === undefined) throw new Error(`link-store-types: ${chunkFile} does not export ${imported}`);
      if (!new RegExp(`\\b${exported}\\b`).test(rootTypes)) throw new Error(`link-store-types: the root entry does not export ${exported}`);
      return exported === local ? exported : `${exported} as ${local}`;
    });
    return `import { ${names.join(', ')} } from 'timetap-webhooks';`;
  });
  writeFileSync(file, text);
}

// Delete the chunks no other type file imports.
const others = readdirSync(dist)
  .filter((f) => /\.d\.m?ts$/.test(f) && !used.has(f))
  .map((f) => readFileSync(join(dist, f), 'utf8'));
for (const chunk of used) {
  if (others.some((text) => text.includes(chunk.replace(/\.d\.m?ts$/, '')))) continue;
  rmSync(join(dist, chunk));
}
process.stdout.write(`link-store-types: ${entries.join(', ')} import the shared types from 'timetap-webhooks'\n`);
