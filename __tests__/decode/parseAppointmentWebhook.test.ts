import { left } from 'fp-ts/lib/Either.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DEFAULT_MAX_BYTES,
  TimeTapWebhookError,
  parseAppointmentWebhook,
  parseAppointmentWebhookOrThrow,
  type DecodeWarning,
} from '../../src';
import { FIXTURES, invalidFixtures, readValid, textOf } from '../support/fixtures';

const booked = textOf(readValid('booked.json'));

function leftOf(body: unknown, options?: Parameters<typeof parseAppointmentWebhook>[1]) {
  const result = parseAppointmentWebhook(body, options);
  if (result._tag !== 'Left') throw new Error('expected a Left');
  return result.left;
}

describe('parseAppointmentWebhook', () => {
  describe('inputs', () => {
    it('accepts a string, a Buffer, a Uint8Array, an ArrayBuffer and a parsed object', () => {
      const buffer = Buffer.from(booked);
      const uint8 = new Uint8Array(buffer);
      const arrayBuffer = uint8.buffer.slice(uint8.byteOffset, uint8.byteOffset + uint8.byteLength);
      const expected = JSON.parse(booked) as unknown;
      for (const body of [booked, buffer, uint8, arrayBuffer, JSON.parse(booked) as unknown]) {
        expect(parseAppointmentWebhook(body)).toEqual({ _tag: 'Right', right: expected });
      }
    });

    it('returns the very object it was given when the body is already parsed (lossless, nothing copied)', () => {
      const parsed = JSON.parse(booked) as object;
      const result = parseAppointmentWebhook(parsed);
      expect(result._tag === 'Right' && result.right).toBe(parsed);
    });

    it('accepts objects without a prototype', () => {
      const body = Object.assign(Object.create(null) as object, { calendarid: 7 });
      expect(parseAppointmentWebhook(body)._tag).toBe('Right');
    });

    it('skips a UTF-8 byte order mark, in bytes and in text', () => {
      const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"calendarid":1}')]);
      expect(parseAppointmentWebhook(withBom)._tag).toBe('Right');
      expect(parseAppointmentWebhook('\uFEFF{"calendarid":1}')._tag).toBe('Right');
    });

    it('skips one byte order mark only, the same in bytes and in text', () => {
      const twice = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]), Buffer.from('{"calendarid":1}')]);
      const fromText = parseAppointmentWebhook('\uFEFF\uFEFF{"calendarid":1}');
      expect(fromText).toMatchObject({ _tag: 'Left', left: { _tag: 'InvalidJson', line: 1, column: 1, offset: 0 } });
      expect(parseAppointmentWebhook(twice)).toEqual(fromText);
      expect(parseAppointmentWebhook(new Uint8Array(twice).buffer)).toEqual(fromText);
    });

    it.each([
      ['undefined', undefined],
      ['null', null],
      ['an empty string', ''],
      ['whitespace', ' \n\t '],
      ['zero bytes', new Uint8Array(0)],
      ['an empty ArrayBuffer', new ArrayBuffer(0)],
      ['a byte order mark alone', '\uFEFF'],
    ])('calls %s an EmptyBody', (_what, body) => {
      expect(leftOf(body)._tag).toBe('EmptyBody');
    });

    it.each([
      ['a number', 42, 'number'],
      ['a boolean', true, 'boolean'],
      ['a function', () => 1, 'function'],
      ['a symbol', Symbol('x'), 'symbol'],
      ['a bigint', BigInt(1), 'bigint'],
      ['a Date', new Date(0), 'Date'],
      ['a Map', new Map(), 'Map'],
      ['a class instance', new (class Delivery {})(), 'Delivery'],
      ['another typed array', new Uint16Array(2), 'Uint16Array'],
    ])('calls %s an UnsupportedInput and names it', (_what, body, received) => {
      expect(leftOf(body)).toMatchObject({ _tag: 'UnsupportedInput', received });
    });

    it('treats a parsed array or scalar JSON text as an InvalidPayload at the root', () => {
      for (const body of [[{ calendarid: 1 }], 'null', '42', '"text"', 'true', '[]']) {
        expect(leftOf(body)).toMatchObject({ _tag: 'InvalidPayload', issues: [{ path: '' }] });
      }
    });
  });

  describe('maxBytes', () => {
    it('defaults to 1 MiB', () => {
      expect(DEFAULT_MAX_BYTES).toBe(1048576);
      const padded = `{"calendarid":1,"note":"${'x'.repeat(DEFAULT_MAX_BYTES)}"}`;
      expect(leftOf(padded)).toMatchObject({ _tag: 'PayloadTooLarge', limit: DEFAULT_MAX_BYTES, size: padded.length });
    });

    it('counts UTF-8 bytes, not UTF-16 units', () => {
      const body = '{"calendarid":1,"note":"ééé"}'; // 29 characters, 32 bytes
      expect(Buffer.byteLength(body)).toBe(32);
      expect(parseAppointmentWebhook(body, { maxBytes: 32 })._tag).toBe('Right');
      expect(leftOf(body, { maxBytes: 31 })).toMatchObject({ _tag: 'PayloadTooLarge', limit: 31, size: 32 });
      const emoji = '{"calendarid":1,"note":"😀"}'; // a surrogate pair is 4 bytes
      expect(leftOf(emoji, { maxBytes: Buffer.byteLength(emoji) - 1 })).toMatchObject({ size: Buffer.byteLength(emoji) });
    });

    it('applies to bytes before decoding them', () => {
      expect(leftOf(Buffer.from(booked), { maxBytes: 100 })).toMatchObject({
        _tag: 'PayloadTooLarge',
        limit: 100,
        size: Buffer.byteLength(booked),
      });
    });

    it('refuses a maxBytes that is not a usable number instead of keeping the default', () => {
      expect(parseAppointmentWebhook('{"calendarid":1}', { maxBytes: Number.NaN })).toMatchObject({ left: { _tag: 'InvalidOptions', option: 'maxBytes', received: 'NaN' } });
      expect(parseAppointmentWebhook('{"calendarid":1}', { maxBytes: -5 })).toMatchObject({ left: { _tag: 'InvalidOptions', option: 'maxBytes', received: 'negative number' } });
    });
  });

  describe('text that is not JSON', () => {
    it('points at the fault of the documented example with line and column', () => {
      const verbatim = readFileSync(join(FIXTURES, 'invalid', 'documented-example-verbatim.txt'), 'utf8');
      const error = leftOf(verbatim);
      expect(error).toMatchObject({ _tag: 'InvalidJson', line: 1, column: 410, offset: 409 });
      // The fault is the "}" after the trailing comma that closes "client".
      expect(verbatim.slice(400, 410)).toBe('tment.", }');
      expect(verbatim[409]).toBe('}');
    });

    it('agrees with the position V8 reports for every invalid-JSON fixture', () => {
      for (const fixture of invalidFixtures()) {
        if (fixture.expected?.tag !== 'InvalidJson') continue;
        const text = textOf(fixture.bytes);
        let message = '';
        try {
          JSON.parse(text);
        } catch (e) {
          message = String(e);
        }
        // V8 names a position, or says the input ended (the offset is then the text's length), or
        // names the unexpected token (the character at the offset).
        const m = /position (\d+)/.exec(message);
        const token = /Unexpected token '(.)'/.exec(message);
        const error = leftOf(text);
        const offset = error._tag === 'InvalidJson' ? error.offset : -1;
        const seen = m ? offset : /end of JSON input/.test(message) ? offset : token ? text[offset] : undefined;
        const v8 = m ? Number(m[1]) : /end of JSON input/.test(message) ? text.length : token ? token[1] : 'a message V8 did not use to give';
        expect([fixture.name, error._tag, seen]).toEqual([fixture.name, 'InvalidJson', v8]);
      }
    });

    it('counts lines across line breaks', () => {
      expect(leftOf('{\n  "calendarid": 1,\n  "note": oops\n}')).toMatchObject({ _tag: 'InvalidJson', line: 3, column: 11 });
    });

    it('reports the end of the input when the text stops early', () => {
      expect(leftOf('{"calendarid": 1')).toMatchObject({ _tag: 'InvalidJson', line: 1, column: 17, offset: 16 });
    });

    it('does not quote the text in its message', () => {
      const error = leftOf('{"email":"jon@castleblack.mil",}');
      expect(error.message).not.toContain('castleblack');
    });
  });

  describe('InvalidPayload', () => {
    it('reports one issue per path with the expected type and the JSON type received, never the value', () => {
      const error = leftOf({
        calendarid: 'abc',
        client: { emailAddress: 5, firstName: 'Jon' },
        fields: [{ schedulerPreferenceFieldDefnId: 1, fieldValues: ['Please select', 7] }, 'x'],
        startTime: 960,
      });
      expect(error).toEqual({
        _tag: 'InvalidPayload',
        message: expect.any(String) as unknown,
        issues: [
          { path: 'calendarid', expected: 'safe integer | null', received: 'string' },
          { path: 'startTime', expected: 'HHmm time (integer 0-2400, minutes < 60) | null', received: 'number' },
          { path: 'fields[0].fieldValues[1]', expected: 'string | null', received: 'number' },
          { path: 'fields[1]', expected: 'CustomField', received: 'string' },
          { path: 'client.emailAddress', expected: 'string | null', received: 'number' },
        ],
      });
      expect(JSON.stringify(error)).not.toMatch(/abc|Jon|Please select/);
    });

    it('requires an id under either spelling and accepts either alone', () => {
      expect(leftOf({ status: 'OPEN' })).toMatchObject({
        issues: [{ path: 'calendarid', expected: 'safe integer (calendarid or calendarId is required)', received: 'undefined' }],
      });
      expect(leftOf({ calendarid: null, calendarId: null })._tag).toBe('InvalidPayload');
      expect(parseAppointmentWebhook({ calendarId: 5 })._tag).toBe('Right');
      expect(parseAppointmentWebhook({ calendarid: 5, calendarId: null })._tag).toBe('Right');
    });

    it('refuses numbers JSON.parse could not keep exactly', () => {
      expect(leftOf('{"calendarid": 9007199254740993}')).toMatchObject({ issues: [{ path: 'calendarid', received: 'unsafe integer' }] });
      expect(leftOf('{"calendarid": 1, "price": 1e400}')).toMatchObject({ _tag: 'NonJsonValue', path: 'price', found: 'Infinity' });
      expect(leftOf('{"calendarid": 1, "updateSequence": -1e300}')).toMatchObject({ issues: [{ path: 'updateSequence' }] });
    });

    it('refuses a number that does not fit a double wherever it stands, from text, bytes and objects alike', () => {
      const bodies: ReadonlyArray<readonly [string, string]> = [
        ['{"calendarid":1,"extra":1e400}', 'extra'],
        ['{"calendarid":1,"price":-1e400}', 'price'],
        ['{"calendarid":1,"fieldDataMap":{"a":"x","b":1.8e308}}', 'fieldDataMap.b'],
        ['{"calendarid":1,"reason":{"reasonId":5,"extendedValue":2e308}}', 'reason.extendedValue'],
        // Keys whose codec takes any scalar (undocumented types, open arrays): the fast path must not let it by.
        ['{"calendarid":1,"fields":[{"schedulerPreferenceFieldDefnId":5,"extendedValue":1e999}]}', 'fields[0].extendedValue'],
        ['{"calendarid":1,"client":{"fields":[{"schedulerPreferenceFieldDefnId":5,"depAction":-1e999}]}}', 'client.fields[0].depAction'],
        ['{"calendarid":1,"fields":[{"schedulerPreferenceFieldDefnId":5,"depFields":[1,1e999]}]}', 'fields[0].depFields[1]'],
        ['{"calendarid":1,"x":{"y":[0,{"z":9E+999}]}}', 'x.y[1].z'],
        [`{"calendarid":1,"extra":${'9'.repeat(400)}}`, 'extra'],
      ];
      for (const [text, path] of bodies) {
        const fromText = parseAppointmentWebhook(text);
        expect(fromText).toEqual(left(expect.objectContaining({ _tag: 'NonJsonValue', path, found: 'Infinity' })));
        expect(parseAppointmentWebhook(new TextEncoder().encode(text))).toEqual(fromText);
        expect(parseAppointmentWebhook(JSON.parse(text))).toEqual(fromText);
      }
      // Numbers that fit, in exponent notation or very long, still decode.
      for (const text of ['{"calendarid":1,"extra":1e308,"price":1.5E+2}', `{"calendarid":1,"extra":0.${'1'.repeat(400)}e-400}`]) {
        expect(parseAppointmentWebhook(text)._tag).toBe('Right');
      }
    });

    it('accepts HHmm times from 0 to 2400 with minutes below 60 and refuses the rest', () => {
      for (const ok of [0, 5, 59, 800, 1730, 2359, 2400]) {
        expect(parseAppointmentWebhook({ calendarid: 1, startTime: ok })._tag).toBe('Right');
      }
      for (const bad of [60, 960, 2401, 2460, -1, 800.5, '800']) {
        expect(leftOf({ calendarid: 1, startTime: bad })).toMatchObject({ issues: [{ path: 'startTime' }] });
      }
    });

    it('keeps unknown enumeration values and unknown keys', () => {
      const result = parseAppointmentWebhook({ calendarid: 1, status: 'ON_HOLD', location: { locationType: 'Virtual' }, x: 1 });
      expect(result).toEqual({ _tag: 'Right', right: { calendarid: 1, status: 'ON_HOLD', location: { locationType: 'Virtual' }, x: 1 } });
    });

    it('accepts null and absence for every modelled key but the id', () => {
      const nulls = textOf(readValid('nulls-everywhere.json'));
      expect(parseAppointmentWebhook(nulls)._tag).toBe('Right');
    });
  });

  describe('warnings', () => {
    it('reports unknown fields and unknown enumeration values, in document order, without values', () => {
      const warnings: DecodeWarning[] = [];
      const result = parseAppointmentWebhook(
        '{"calendarid":1,"status":"ON_HOLD","newKey":{"a":1},"client":{"pronouns":"x"},"fields":[{"dataType":"Maya Okafor"}]}',
        { onWarning: (w) => warnings.push(w) },
      );
      expect(result._tag).toBe('Right');
      expect(warnings).toEqual([
        expect.objectContaining({ _tag: 'UnknownEnumValue', path: 'status', enum: 'AppointmentStatus', valueClass: 'ON_HOLD' }),
        expect.objectContaining({ _tag: 'UnknownField', path: 'newKey' }),
        expect.objectContaining({ _tag: 'UnknownField', path: 'client.pronouns' }),
        expect.objectContaining({ _tag: 'UnknownEnumValue', path: 'fields[0].dataType', enum: 'CustomFieldDataType', valueClass: 'other string' }),
      ]);
      expect(JSON.stringify(warnings)).not.toContain('Maya');
    });

    it('reports nothing for a known body', () => {
      const onWarning = jest.fn();
      parseAppointmentWebhook(booked, { onWarning });
      expect(onWarning).not.toHaveBeenCalled();
    });

    it('reports duplicate keys only when asked, keeping the last value', () => {
      const body = '{"calendarid":1,"note":"a","client":{"firstName":"A","firstName":"B"},"note":"b"}';
      const plain: DecodeWarning[] = [];
      parseAppointmentWebhook(body, { onWarning: (w) => plain.push(w) });
      expect(plain).toEqual([]);
      const asked: DecodeWarning[] = [];
      const result = parseAppointmentWebhook(body, { onWarning: (w) => asked.push(w), detectDuplicateKeys: true });
      expect(asked.map((w) => [w._tag, w.path])).toEqual([
        ['DuplicateKey', 'client.firstName'],
        ['DuplicateKey', 'note'],
      ]);
      expect(result._tag === 'Right' && result.right).toMatchObject({ note: 'b', client: { firstName: 'B' } });
    });

    it('turns unknown fields into an InvalidPayload with unknownFields: reject', () => {
      expect(leftOf({ calendarid: 1, extra: 1, client: { more: 2 } }, { unknownFields: 'reject' })).toMatchObject({
        _tag: 'InvalidPayload',
        issues: [{ path: 'extra' }, { path: 'client.more' }],
      });
      expect(parseAppointmentWebhook(booked, { unknownFields: 'reject' })._tag).toBe('Right');
    });

    it('ignores an onWarning that throws', () => {
      const result = parseAppointmentWebhook({ calendarid: 1, extra: 1 }, {
        onWarning: () => {
          throw new Error('logging is down');
        },
      });
      expect(result._tag).toBe('Right');
    });
  });

  it('answers every options value with a result, never a throw: no options, or InvalidOptions naming the bad one', () => {
    // The function catches everything, so "does not throw" alone cannot fail: the answers are checked.
    expect(parseAppointmentWebhook('{"calendarid":1,"x":1}', null as never)).toEqual({ _tag: 'Right', right: { calendarid: 1, x: 1 } });
    const cases: ReadonlyArray<readonly [unknown, string]> = [
      [5, 'options'],
      ['x', 'options'],
      [{ maxDepth: 'deep' }, 'maxDepth'],
      [{ onWarning: 5 }, 'onWarning'],
    ];
    for (const [options, option] of cases) {
      expect(parseAppointmentWebhook('{"calendarid":1,"x":1}', options as never)).toMatchObject({ _tag: 'Left', left: { _tag: 'InvalidOptions', option } });
    }
    const throwing = new Proxy({}, { get: () => { throw new Error('trap'); } });
    expect(parseAppointmentWebhook('{"calendarid":1}', throwing as never)).toMatchObject({ _tag: 'Left', left: { _tag: 'InternalError' } });
  });
});

describe('parseAppointmentWebhookOrThrow', () => {
  it('returns the appointment', () => {
    expect(parseAppointmentWebhookOrThrow('{"calendarid":10390617}')).toEqual({ calendarid: 10390617 });
  });

  it('throws a TimeTapWebhookError carrying the decode error', () => {
    let thrown: unknown;
    try {
      parseAppointmentWebhookOrThrow('{"calendarid":"x"}');
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(TimeTapWebhookError);
    expect(thrown).toBeInstanceOf(Error);
    const error = thrown as TimeTapWebhookError;
    expect(error.name).toBe('TimeTapWebhookError');
    expect(error.error).toMatchObject({ _tag: 'InvalidPayload', issues: [{ path: 'calendarid' }] });
    expect(error.message).toBe(error.error.message);
  });
});
