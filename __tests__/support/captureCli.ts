import { readFileSync } from 'node:fs';
import { runCli } from '../../src/cli/runCli';

/** Runs the CLI with an injected io: output and errors captured as text, `-` read from `stdin`. */
export function captureCli(args: string[], stdin?: Uint8Array): { code: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(args, {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    read: (path) => (path === '-' && stdin !== undefined ? stdin : readFileSync(path)),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
