import { parseAppointmentWebhook, type WebhookDecodeError } from '../../src';
import { expectedInvalidNames, invalidFixtures, textOf } from '../support/fixtures';

const fixtures = invalidFixtures();

/** Where an error points, whatever its kind. */
function pathOf(error: WebhookDecodeError): string | undefined {
  if (error._tag === 'InvalidPayload') return error.issues[0]?.path;
  return 'path' in error ? error.path : undefined;
}

/** The fixture parsed into an object, when it has such a form (not bytes that are not UTF-8, not broken JSON, not a scalar). */
function objectForm(fixture: (typeof fixtures)[number]): object | undefined {
  if (fixture.expected?.tag === 'InvalidEncoding') return undefined;
  try {
    const parsed: unknown = JSON.parse(textOf(fixture.bytes));
    return typeof parsed === 'object' && parsed !== null ? parsed : undefined;
  } catch {
    return undefined;
  }
}

const withObjectForm = fixtures.filter((f) => objectForm(f) !== undefined);
const withTextForm = fixtures.filter((f) => f.expected?.tag !== 'InvalidEncoding');

describe('fixtures/invalid, in every form', () => {
  it('has an object form for every fixture but broken bytes, broken or empty text and scalars', () => {
    const without = fixtures.filter((f) => objectForm(f) === undefined);
    expect(without.map((f) => [f.name, f.expected?.tag])).toEqual(
      without.map((f) => [f.name, expect.stringMatching(/^(InvalidEncoding|InvalidJson|EmptyBody|InvalidPayload)$/)]),
    );
    expect(withObjectForm.length).toBeGreaterThan(fixtures.length / 2);
  });

  it.each(withObjectForm.map((f) => [f.name, f] as const))('%s gives the same kind of error at the same path once parsed into an object', (_name, fixture) => {
    const fromText = parseAppointmentWebhook(textOf(fixture.bytes));
    const fromObject = parseAppointmentWebhook(objectForm(fixture));
    const summary = (r: typeof fromText): unknown[] => (r._tag === 'Left' ? [r.left._tag, pathOf(r.left)] : ['Right']);
    expect(summary(fromObject)).toEqual(summary(fromText));
    expect(fromText._tag).toBe('Left');
  });

  it.each(withTextForm.map((f) => [f.name, f] as const))('%s gives the same error from a string as from bytes', (_name, fixture) => {
    expect(parseAppointmentWebhook(textOf(fixture.bytes))).toEqual(parseAppointmentWebhook(fixture.bytes));
  });
});

describe('fixtures/invalid', () => {
  it('has an expectation for every file and a file for every expectation', () => {
    expect(fixtures.map((f) => f.name)).toEqual(expectedInvalidNames());
  });

  describe.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
    const expected = fixture.expected!;

    it('gives the expected error tag and path', () => {
      const result = parseAppointmentWebhook(fixture.bytes);
      const error = result._tag === 'Left' ? result.left : undefined;
      const actual: Record<string, unknown> = {
        tag: error?._tag,
        path: error === undefined ? undefined : pathOf(error),
        line: error !== undefined && 'line' in error ? error.line : undefined,
        column: error !== undefined && 'column' in error ? error.column : undefined,
        key: error !== undefined && 'key' in error ? error.key : undefined,
        limit: error !== undefined && 'limit' in error ? error.limit : undefined,
        received: error?._tag === 'InvalidPayload' && error.issues.length === 1 ? error.issues[0]?.received : undefined,
      };
      // Only the facts the expectation file states are compared, every one of them.
      const stated = Object.fromEntries(Object.keys(expected).map((key) => [key, actual[key]]));
      expect(stated).toEqual(expected);
    });

    it('gives the same error from a Uint8Array and an ArrayBuffer as from a Buffer', () => {
      const copy = new Uint8Array(fixture.bytes);
      expect(parseAppointmentWebhook(copy)).toEqual(parseAppointmentWebhook(fixture.bytes));
      expect(parseAppointmentWebhook(copy.buffer)).toEqual(parseAppointmentWebhook(fixture.bytes));
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
