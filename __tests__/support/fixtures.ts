import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The repository's fixtures folder. */
export const FIXTURES = join(__dirname, '..', '..', 'fixtures');

/** Every valid body in fixtures/valid/, as raw bytes, with its name. */
export function validFixtures(): ReadonlyArray<{ readonly name: string; readonly bytes: Buffer }> {
  const dir = join(FIXTURES, 'valid');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((name) => ({ name, bytes: readFileSync(join(dir, name)) }));
}

/** The text of a body, without a UTF-8 byte order mark (what JSON.parse needs). */
export function textOf(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** One valid fixture's bytes by file name. */
export function readValid(name: string): Buffer {
  return readFileSync(join(FIXTURES, 'valid', name));
}

/** Expected outcome of one file in fixtures/invalid/. */
export interface InvalidExpectation {
  readonly tag: string;
  readonly path?: string;
  readonly line?: number;
  readonly column?: number;
  /** `ForbiddenKey`: the key refused. */
  readonly key?: string;
  /** `TooDeep`: the depth limit. */
  readonly limit?: number;
  /** `InvalidPayload`: the JSON type its issue received (`'unsafe integer'`, `'non-finite number'`, ...). */
  readonly received?: string;
}

/** Every file of fixtures/invalid/ with its expectation from fixtures/invalid.expected.json. */
export function invalidFixtures(): ReadonlyArray<{ readonly name: string; readonly bytes: Buffer; readonly expected: InvalidExpectation | undefined }> {
  const expectations = JSON.parse(readFileSync(join(FIXTURES, 'invalid.expected.json'), 'utf8')) as Record<string, InvalidExpectation>;
  const dir = join(FIXTURES, 'invalid');
  return readdirSync(dir)
    .sort()
    .map((name) => ({ name, bytes: readFileSync(join(dir, name)), expected: expectations[name] }));
}

/** The expectation file's own list of names (to check it names no file that is missing). */
export function expectedInvalidNames(): ReadonlyArray<string> {
  return Object.keys(JSON.parse(readFileSync(join(FIXTURES, 'invalid.expected.json'), 'utf8')) as object).sort();
}
