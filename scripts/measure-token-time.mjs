// `node scripts/measure-token-time.mjs`: µs per call of verifyWebhookToken for a 43-character and a
// 1,000-character expected token, against right guesses, guesses wrong in the first or last
// character, and short guesses (median of 21 runs). The numbers in docs/security.md come from it.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, '.tmp', 'measure-token-time.mjs');
await build({ entryPoints: [join(root, 'src', 'security', 'verifyWebhookToken.ts')], outfile, bundle: true, format: 'esm', platform: 'neutral', logLevel: 'error' });
const { verifyWebhookToken } = await import(pathToFileURL(outfile).href);

function microseconds(call, ms) {
  let calls = 0;
  const started = performance.now();
  const end = started + ms;
  while (performance.now() < end) {
    for (let i = 0; i < 50; i++) call();
    calls += 50;
  }
  return ((performance.now() - started) * 1000) / calls;
}

for (const length of [43, 1000]) {
  const expected = 'k'.repeat(length);
  const guesses = {
    right: 'k'.repeat(length),
    'first character wrong': `x${'k'.repeat(length - 1)}`,
    'last character wrong': `${'k'.repeat(length - 1)}x`,
    '1 character': 'k',
    '43 characters': 'x'.repeat(43),
  };
  const row = [];
  for (const [name, guess] of Object.entries(guesses)) {
    const runs = Array.from({ length: 21 }, () => microseconds(() => verifyWebhookToken(guess, expected), 10)).sort((a, b) => a - b);
    row.push(`${name} ${runs[10].toFixed(2)} µs`);
  }
  console.log(`expected token of ${length} characters: ${row.join('; ')}`);
}
