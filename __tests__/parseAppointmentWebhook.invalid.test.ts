import { parseAppointmentWebhook, type WebhookDecodeError } from '../src';
import { expectedInvalidNames, invalidFixtures, textOf } from './support/fixtures';

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
    });
  });
});
