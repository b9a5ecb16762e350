import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES } from '../support/fixtures';

// The built command (dist/cli.js) in a real process: what only a process shows (the pipe closing
// under it, the version written in at build time).
const root = join(__dirname, '..', '..');
const cliPath = join(root, 'dist', 'cli.js');
let dir = '';

/** A body whose summary and diff are far longer than a pipe's buffer (64 KiB), so writing blocks until the reader reads or leaves. */
function bigBodies(): { before: string; after: string } {
  const booked = JSON.parse(readFileSync(join(FIXTURES, 'valid', 'booked.json'), 'utf8')) as Record<string, unknown>;
  const fields = (answer: string): unknown[] =>
    Array.from({ length: 2000 }, (_, i) => ({ schedulerPreferenceFieldDefnId: 900000 + i, label: `Question ${i}`, dataType: 'TXT', value: `${answer} ${i}` }));
  const before = join(dir, 'before.json');
  const after = join(dir, 'after.json');
  writeFileSync(before, JSON.stringify({ ...booked, fields: fields('first answer') }));
  writeFileSync(after, JSON.stringify({ ...booked, fields: fields('second answer') }));
  return { before, after };
}

/** Runs the CLI with stdout piped, reads the first line, then closes the pipe (as `| head -1` does). */
function firstLineThenClose(args: string[]): Promise<{ firstLine: string; code: number | null; signal: string | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let firstLine = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const end = stdout.indexOf('\n');
      if (end !== -1 && firstLine === '') {
        firstLine = stdout.slice(0, end);
        child.stdout.destroy();
      }
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ firstLine, code, signal, stderr }));
  });
}

beforeAll(() => {
  if (!existsSync(cliPath)) throw new Error('dist/cli.js is missing: run `npm run build` first (npm test does)');
  dir = mkdtempSync(join(tmpdir(), 'timetap-webhooks-cli-'));
});

afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

describe('timetap-webhooks (dist/cli.js in a process)', () => {
  it('stops quietly when the reader closes the pipe (| head -1): no EPIPE stack trace', async () => {
    const { before, after } = bigBodies();
    for (const args of [
      ['inspect', '--show-personal', before],
      ['diff', '--all', before, after],
    ]) {
      const run = await firstLineThenClose(args);
      expect({ args, firstLine: run.firstLine, code: run.code, signal: run.signal, stderr: run.stderr }).toEqual({
        args,
        firstLine: args[0] === 'inspect' ? 'Appointment 88410237' : 'Appointment 88410237: updated',
        code: 0,
        signal: null,
        stderr: '',
      });
    }
  });

  it("prints package.json's version for --version", () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(execFileSync(process.execPath, [cliPath, '--version'], { encoding: 'utf8' })).toBe(`timetap-webhooks ${version}\n`);
  });
});
