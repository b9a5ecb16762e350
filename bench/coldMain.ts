/**
 * `npm run bench -- --cold`: only the cold start of `npm run bench` (bench/coldStart.ts), for
 * working on what the package costs to load. BENCH_COLD_RUNS fresh processes per row (default 15).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { coldStart, coldStartReport } from './coldStart';

const root = process.cwd();
const value = Number(process.env.BENCH_COLD_RUNS);
const runs = Number.isInteger(value) && value > 0 ? value : 15;
const body = readFileSync(join(root, 'fixtures', 'valid', 'documented-example.json'), 'utf8');
const cold = await coldStart(root, join(root, '.tmp', 'bench', 'cold'), body, runs);
process.stdout.write(`Node ${process.version}\n\n${coldStartReport(cold, runs).join('\n')}\n`);
