import { parseAppointmentWebhook, type WebhookDecodeError } from '../../src';
import { expectedInvalidNames, invalidFixtures, textOf } from '../support/fixtures';

const fixtures = invalidFixtures();

/** Where an error points, whatever its kind. */
function pathOf(error: WebhookDecodeError): string | undefined {
  if (error._tag === 'InvalidPayload') return error.issues[0]?.path;
  return 'path' in error ? error.path : undefined;
}

describe('fixtures/invalid', () => {
  it('has an expectation for every file and a file for every expectation', () => {
    expect(fixtures.map((f) => f.name)).toEqual(expectedInvalidNames());
  });

  describe.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
    const expected = fixture.expected!;

    it('gives the expected error tag and path', () => {
      const result = parseAppointmentWebhook(fixture.bytes);
      expect(result._tag).toBe('Left');
      if (result._tag !== 'Left') return;
      expect(result.left._tag).toBe(expected.tag);
      if (expected.path !== undefined) expect(pathOf(result.left)).toBe(expected.path);
      if (expected.line !== undefined) expect(result.left).toMatchObject({ line: expected.line, column: expected.column });
      if (expected.key !== undefined) expect(result.left).toHaveProperty('key', expected.key);
      if (expected.limit !== undefined) expect(result.left).toHaveProperty('limit', expected.limit);
      if (expected.received !== undefined) {
        expect(result.left._tag === 'InvalidPayload' && result.left.issues.map((i) => i.received)).toEqual([expected.received]);
      }
    });

    it('gives the same error from a Uint8Array and an ArrayBuffer as from a Buffer', () => {
      const copy = new Uint8Array(fixture.bytes);
      expect(parseAppointmentWebhook(copy)).toEqual(parseAppointmentWebhook(fixture.bytes));
      expect(parseAppointmentWebhook(copy.buffer)).toEqual(parseAppointmentWebhook(fixture.bytes));
    });

    it('gives the same kind of error at the same path once parsed into an object', () => {
      if (expected.tag === 'InvalidEncoding') return; // bytes only
      let parsed: unknown;
      try {
        parsed = JSON.parse(textOf(fixture.bytes));
      } catch {
        return; // syntax and emptiness have no parsed form
      }
      if (typeof parsed !== 'object' || parsed === null) return; // `null` and scalars are not objects
      const fromText = parseAppointmentWebhook(textOf(fixture.bytes));
      const fromObject = parseAppointmentWebhook(parsed);
      if (fromText._tag !== 'Left' || fromObject._tag !== 'Left') throw new Error('expected two Lefts');
      expect([fromObject.left._tag, pathOf(fromObject.left)]).toEqual([fromText.left._tag, pathOf(fromText.left)]);
    });

    it('gives the same error from a string as from bytes', () => {
      if (expected.tag === 'InvalidEncoding') return; // a string cannot carry bytes that are not UTF-8
      expect(parseAppointmentWebhook(textOf(fixture.bytes))).toEqual(parseAppointmentWebhook(fixture.bytes));
    });

    it('never puts a value from the body into the error', () => {
      const result = parseAppointmentWebhook(fixture.bytes);
      const printed = JSON.stringify(result);
      for (const secret of ['Ava', 'Liam', 'example.org', 'isAdmin', 'Lindqvist', '10909125.5', 'caf']) {
        expect(printed).not.toContain(secret);
      }
      for (const value of stringValues(fixture.bytes)) expect(printed).not.toContain(value);
    });
  });
});

/** Every string value of a JSON body longer than 3 characters that is not also one of its keys. */
function stringValues(bytes: Buffer): string[] {
  let root: unknown;
  try {
    root = JSON.parse(textOf(bytes));
  } catch {
    return [];
  }
  const keys = new Set<string>();
  const values: string[] = [];
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node === 'string') values.push(node);
    else if (typeof node === 'object' && node !== null) {
      for (const [key, child] of Object.entries(node)) {
        keys.add(key);
        stack.push(child);
      }
    }
  }
  return values.filter((v) => v.length > 3 && !keys.has(v));
}
