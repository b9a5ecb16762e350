import { readFileSync } from 'node:fs';
import type { CliIo } from './CliIo';

/** What went wrong, in words, for the file-system error codes a user meets. */
const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a directory',
  ENAMETOOLONG: 'the path is too long',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many open files',
  EAGAIN: 'standard input is not ready (nothing piped in?)',
};

/** Reads a file (or stdin for `-`) as bytes; the decoder handles encoding and size. */
export function readInput(path: string, io: CliIo): Uint8Array | undefined {
  try {
    return io.read !== undefined ? io.read(path) : readFileSync(path === '-' ? 0 : path);
  } catch (e) {
    const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : undefined;
    const reason = (code !== undefined ? REASONS[code] : undefined) ?? 'it could not be read';
    io.err(`Cannot read ${path === '-' ? 'standard input' : path}: ${reason}${code !== undefined ? ` (${code})` : ''}.`);
    return undefined;
  }
}
