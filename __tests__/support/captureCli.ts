import { readFileSync } from 'node:fs';
import { runCli } from '../../src/cli/runCli';

function run(args: string[], stdin?: Uint8Array) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(args, {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    read: (path) => (path === '-' && stdin !== undefined ? stdin : readFileSync(path)),
  });
  return { code, text: () => ({ out: out.join('\n'), err: err.join('\n') }) };
}

/** Runs the CLI with an injected io: output and errors captured as text, `-` read from `stdin`. */
export function captureCli(args: string[], stdin?: Uint8Array): { code: number; out: string; err: string } {
  const { code, text } = run(args, stdin);
  if (typeof code !== 'number') throw new Error(`${args[0] ?? ''} runs asynchronously: use captureCliAsync`);
  return { code, ...text() };
}

/** {@link captureCli} for commands that answer a promise of their exit code (`replay`). */
export async function captureCliAsync(args: string[], stdin?: Uint8Array): Promise<{ code: number; out: string; err: string }> {
  const { code, text } = run(args, stdin);
  return { code: await code, ...text() };
}
