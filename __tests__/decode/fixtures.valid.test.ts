import { parseAppointmentWebhook, findUnknownFields, type DecodeWarning } from '../../src';
import { textOf, validFixtures } from '../support/fixtures';

const fixtures = validFixtures();

describe('fixtures/valid', () => {
  it('holds the three TimeTap payloads, the documented example and the written scenarios', () => {
    const names = fixtures.map((f) => f.name);
    for (const required of [
      'booked.json', 'rescheduled.json', 'cancelled.json', 'documented-example.json', 'class-booking.json',
      'minimal-id-only.json', 'nulls-everywhere.json', 'rest-calendarId-staff.json', 'unknown-extra-fields.json',
    ]) {
      expect(names).toContain(required);
    }
  });

  describe.each(fixtures.map((f) => [f.name, f.bytes] as const))('%s', (_name, bytes) => {
    const text = textOf(bytes);

    it('decodes from bytes and the decoded value deep-equals the JSON it came from (lossless)', () => {
      const result = parseAppointmentWebhook(bytes);
      expect(result._tag).toBe('Right');
      if (result._tag === 'Right') expect(result.right).toEqual(JSON.parse(text));
    });

    it('decodes from text, from an ArrayBuffer and from a parsed object to the same value', () => {
      const fromText = parseAppointmentWebhook(text);
      const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
      const fromArrayBuffer = parseAppointmentWebhook(copy);
      const parsed: unknown = JSON.parse(text);
      const fromObject = parseAppointmentWebhook(parsed);
      expect(fromText).toEqual(fromArrayBuffer);
      expect(fromObject).toEqual(fromText);
    });

    it('leaves a parsed input object untouched', () => {
      const parsed: unknown = JSON.parse(text);
      const before = JSON.stringify(parsed);
      parseAppointmentWebhook(parsed, { onWarning: () => undefined });
      expect(JSON.stringify(parsed)).toBe(before);
    });

    it('reports unknown keys exactly as findUnknownFields lists them', () => {
      const warnings: DecodeWarning[] = [];
      parseAppointmentWebhook(text, { onWarning: (w) => warnings.push(w) });
      const unknown = warnings.filter((w) => w._tag === 'UnknownField').map((w) => w.path);
      expect(unknown).toEqual(findUnknownFields(JSON.parse(text)));
    });
  });

  it('models every key of the real-shaped bodies (no unknown-field warnings)', () => {
    for (const { name, bytes } of fixtures) {
      if (name === 'unknown-extra-fields.json') continue;
      expect([name, findUnknownFields(JSON.parse(textOf(bytes)))]).toEqual([name, []]);
    }
  });

  it('keeps and reports the keys of unknown-extra-fields.json', () => {
    const body = fixtures.find((f) => f.name === 'unknown-extra-fields.json');
    expect(body).toBeDefined();
    const value = JSON.parse(textOf(body!.bytes)) as Record<string, unknown>;
    expect(findUnknownFields(value)).toEqual([
      'client.pronouns',
      'professional.calendarColor',
      'reason.bufferMinutes',
      'fields[0].conditionalLogic',
      'meetingProvider',
      'tags',
    ].sort((a, b) => pathOrder(value, a) - pathOrder(value, b)));
    const decoded = parseAppointmentWebhook(value);
    expect(decoded._tag === 'Right' && decoded.right).toMatchObject({ meetingProvider: { name: 'Zoom' }, tags: ['vip', 'first-visit'] });
  });
});

/** Document order of a top-level key (the paths above are reported in document order). */
function pathOrder(value: Record<string, unknown>, path: string): number {
  const top = path.split(/[.[]/)[0] as string;
  return Object.keys(value).indexOf(top);
}
