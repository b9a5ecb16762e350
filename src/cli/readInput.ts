import { readFileSync } from 'node:fs';
import type { CliIo } from './CliIo';

/** Reads a file (or stdin for `-`) as bytes; the decoder handles encoding and size. */
export function readInput(path: string, io: CliIo): Uint8Array | undefined {
  try {
    return io.read !== undefined ? io.read(path) : readFileSync(path === '-' ? 0 : path);
  } catch (e) {
    const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : 'error';
    io.err(`Cannot read ${path === '-' ? 'standard input' : path} (${code}).`);
    return undefined;
  }
}
