import * as driftWalkModule from '../../src/decode/driftWalk';
import * as scanTreeModule from '../../src/decode/scanTree';
import { parseAppointmentWebhook, type ParseAppointmentWebhookOptions } from '../../src/decode/parseAppointmentWebhook';
import type { DecodeWarning } from '../../src/decode/DecodeWarning';
import type { WebhookDecodeError } from '../../src/decode/WebhookDecodeError';

function leftOf(body: unknown, options?: ParseAppointmentWebhookOptions): WebhookDecodeError {
  const result = parseAppointmentWebhook(body, options);
  if (result._tag !== 'Left') throw new Error('expected a Left');
  return result.left;
}

describe('parseAppointmentWebhook error messages', () => {
  it('words every kind of error for a human, without values', () => {
    expect(leftOf('').message).toBe('The request body is empty: TimeTap always sends a JSON appointment.');
    expect(leftOf(undefined)).toEqual({
      _tag: 'EmptyBody',
      message: 'No body (undefined): the body parser probably skipped it; check which Content-Types it reads.',
    });
    expect(leftOf(null).message).toBe('The request body is empty: TimeTap always sends a JSON appointment.');
    expect(leftOf(new Map()).message).toBe(
      'Cannot decode a Map: pass the body as a string, a Buffer/Uint8Array, an ArrayBuffer or a parsed plain object.',
    );
    expect(leftOf('{"calendarid":1}', { maxBytes: 10 }).message).toBe('The body is 16 bytes, more than the limit of 10 bytes (maxBytes).');
    expect(leftOf(Uint8Array.from([0x7b, 0xff])).message).toBe('The body is not valid UTF-8 (first bad byte at offset 1).');
    expect(leftOf('{"calendarid": 1').message).toBe('The body is not valid JSON: unexpected end of input at line 1, column 17.');
    expect(leftOf('{\n "a": 1,\n "b": x}').message).toBe('The body is not valid JSON: unexpected character at line 3, column 7.');
    expect(leftOf('{"calendarid":1,"client":{"__proto__":{}}}').message).toBe(
      'The body has a "__proto__" key at client.__proto__, which could pollute object prototypes; refused.',
    );
    expect(leftOf({ calendarid: 1, price: NaN }).message).toBe('The body holds a value JSON cannot carry (NaN) at price.');
    expect(leftOf('{"calendarid":1,"x":[1e400]}').message).toBe('The body holds a value JSON cannot carry (Infinity) at x[0].');
    expect(leftOf('{"calendarid":1,"extra":[[1]]}', { maxDepth: 2 }).message).toBe(
      'The body nests deeper than 2 levels (at extra[0]); TimeTap bodies nest about 5.',
    );
    expect(leftOf('{"calendarid":1}', { maxDepth: 0 }).message).toBe('The body nests deeper than 0 levels; TimeTap bodies nest about 5.');
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error('jon@castleblack.mil'); } });
    expect(leftOf(hostile)).toEqual({ _tag: 'InternalError', message: 'Decoding failed unexpectedly; the body was not accepted.' });
  });

  it('counts and lists the issues of an InvalidPayload, at most five of them', () => {
    expect(leftOf('[]').message).toBe('The body is not a TimeTap appointment (1 problem): (root): expected Appointment, received array.');
    expect(leftOf({ calendarid: 1, startTime: '8', note: 5 }).message).toBe(
      'The body is not a TimeTap appointment (2 problems): startTime: expected HHmm time (integer 0-2400, minutes < 60) | null, received string; note: expected string | null, received number.',
    );
    const five = leftOf({ calendarid: 1, note: 1, status: 1, createduser: 1, modifieduser: 1, cancelUser: 1 });
    expect(five.message).toMatch(/^The body is not a TimeTap appointment \(5 problems\): .*cancelUser: expected string \| null, received number\.$/);
    expect(five.message).not.toContain('more');
    const seven = leftOf({ calendarid: 1, note: 1, status: 1, createduser: 1, modifieduser: 1, cancelUser: 1, cancelReason: 1, joinURL: 1 });
    expect(seven.message).toMatch(/^The body is not a TimeTap appointment \(7 problems\): .*; and 2 more\.$/);
    expect(seven.message.match(/expected/g)).toHaveLength(5);
    expect(seven.message).not.toContain('cancelReason');
    expect(seven._tag === 'InvalidPayload' && seven.issues).toHaveLength(7);
  });
});

describe('parseAppointmentWebhook options', () => {
  it('takes undefined and null as no options, 0 as a real maxBytes and Infinity as no limit', () => {
    for (const options of [undefined, null]) {
      expect(parseAppointmentWebhook('{"calendarid":1}', options as never)).toEqual({ _tag: 'Right', right: { calendarid: 1 } });
    }
    expect(leftOf('{}', { maxBytes: 0 })).toMatchObject({ _tag: 'PayloadTooLarge', limit: 0, size: 2 });
    expect(parseAppointmentWebhook('{"calendarid":1}', { maxBytes: Infinity, maxDepth: Infinity })._tag).toBe('Right');
  });

  it('refuses an invalid option as InvalidOptions, a Left naming the option, never a silent default nor a throw', () => {
    const cases: ReadonlyArray<readonly [unknown, string, string]> = [
      [{ maxBytes: -1 }, 'maxBytes', 'negative number'],
      [{ maxBytes: '10' }, 'maxBytes', 'string'],
      [{ maxBytes: NaN }, 'maxBytes', 'NaN'],
      [{ maxBytes: 1.5 }, 'maxBytes', 'fraction'],
      [{ maxBytes: null }, 'maxBytes', 'null'],
      [{ maxDepth: -1 }, 'maxDepth', 'negative number'],
      [{ maxDepth: '10' }, 'maxDepth', 'string'],
      [{ maxDepth: NaN }, 'maxDepth', 'NaN'],
      [{ maxDepth: -Infinity }, 'maxDepth', 'negative number'],
      [{ unknownFields: 'rejct' }, 'unknownFields', 'string'],
      [{ detectDuplicateKeys: 'yes' }, 'detectDuplicateKeys', 'string'],
      [{ onWarning: 'log' }, 'onWarning', 'string'],
      [5, 'options', 'number'],
      ['x', 'options', 'string'],
      [Object.assign(() => undefined, { maxBytes: 1 }), 'options', 'function'],
    ];
    for (const [options, option, received] of cases) {
      // The body is valid and the error the same whatever the body: options are checked first.
      for (const body of ['{"calendarid":1}', '', { calendarid: 'x' }]) {
        const error = leftOf(body, options as ParseAppointmentWebhookOptions);
        expect(error).toEqual({ _tag: 'InvalidOptions', message: expect.stringContaining(option) as unknown, option, expected: expect.any(String) as unknown, received });
      }
    }
    expect(leftOf('{}', { maxBytes: -1 }).message).toBe('The option maxBytes must be a non-negative integer or Infinity (received: negative number).');
  });

  it('with unknownFields: reject, refuses each unknown key with a value-free issue, and only unknown keys', () => {
    expect(leftOf('{"calendarid":1,"zoom":{"id":"x"},"client":{"pronouns":"they"}}', { unknownFields: 'reject' })).toEqual({
      _tag: 'InvalidPayload',
      message: expect.stringContaining('(2 problems)') as unknown,
      issues: [
        { path: 'zoom', expected: 'no such key (unknownFields: reject)', received: 'key' },
        { path: 'client.pronouns', expected: 'no such key (unknownFields: reject)', received: 'key' },
      ],
    });
    // An unknown enumeration value is drift, not an unknown key: it still decodes.
    expect(parseAppointmentWebhook('{"calendarid":1,"status":"ON_HOLD"}', { unknownFields: 'reject' })._tag).toBe('Right');
    expect(parseAppointmentWebhook('{"calendarid":1,"zoom":1}', { unknownFields: 'keep' })._tag).toBe('Right');
    // A misspelt value is a bug in the caller's code, not a silent 'keep'.
    expect(leftOf('{"calendarid":1,"zoom":1}', { unknownFields: 'REJECT' as 'reject' })).toMatchObject({ _tag: 'InvalidOptions', option: 'unknownFields' });
  });

  it('words a duplicate key warning with its path', () => {
    const warnings: DecodeWarning[] = [];
    parseAppointmentWebhook('{"calendarid":1,"note":"a","note":"b"}', { detectDuplicateKeys: true, onWarning: (w) => warnings.push(w) });
    expect(warnings).toEqual([
      { _tag: 'DuplicateKey', message: 'The key note appears more than once; the last value was kept.', path: 'note' },
    ]);
  });

  it('reports duplicate keys only for text, and only when detectDuplicateKeys is exactly true', () => {
    const warnings: DecodeWarning[] = [];
    const onWarning = (w: DecodeWarning): void => {
      warnings.push(w);
    };
    parseAppointmentWebhook('{"calendarid":1,"note":"a","note":"b"}', { detectDuplicateKeys: 'yes' as unknown as boolean, onWarning });
    parseAppointmentWebhook({ calendarid: 1, note: 'b' }, { detectDuplicateKeys: true, onWarning });
    expect(warnings).toEqual([]);
  });

  it('delivers every warning even when the callback throws on the first', () => {
    const seen: string[] = [];
    parseAppointmentWebhook('{"calendarid":1,"a":1,"b":2}', {
      onWarning: (w) => {
        seen.push(w.path);
        throw new Error('logging is down');
      },
    });
    expect(seen).toEqual(['a', 'b']);
  });
});

describe('parseAppointmentWebhook clean path', () => {
  afterEach(() => jest.restoreAllMocks());
  const nestsFive = '{"calendarid":1,"reason":{"customFieldForm":{"customFields":[{"fieldLabel":"x"}]}}}';

  it('does not scan a text body whose every key is modelled (one pass, no second walk)', () => {
    const scan = jest.spyOn(scanTreeModule, 'scanTree');
    expect(parseAppointmentWebhook(nestsFive)._tag).toBe('Right');
    expect(parseAppointmentWebhook(nestsFive, { maxDepth: 5 })._tag).toBe('Right');
    expect(scan).not.toHaveBeenCalled();
  });

  it('scans, of a text body with unknown keys, only the containers those keys hold', () => {
    const scan = jest.spyOn(scanTreeModule, 'scanTree');
    expect(parseAppointmentWebhook('{"calendarid":1,"zoom":1}')._tag).toBe('Right');
    expect(scan).not.toHaveBeenCalled();
    const body = '{"calendarid":1,"client":{"firstName":"Ada","meeting":{"provider":"zoom"}},"fields":[{"label":"x","tags":[1]}]}';
    expect(parseAppointmentWebhook(body)._tag).toBe('Right');
    const scanned = scan.mock.calls.map(([value]) => value);
    expect(scanned).toHaveLength(2);
    expect(scanned).toEqual(expect.arrayContaining([{ provider: 'zoom' }, [1]]));
  });

  it('scans whole object inputs, limits below the schema depth, and text bodies with a problem', () => {
    const scan = jest.spyOn(scanTreeModule, 'scanTree');
    parseAppointmentWebhook({ calendarid: 1 });
    expect(scan).toHaveBeenCalledTimes(1);
    expect(leftOf(nestsFive, { maxDepth: 4 })).toMatchObject({ _tag: 'TooDeep', limit: 4, path: 'reason.customFieldForm.customFields[0]' });
    expect(scan).toHaveBeenCalledTimes(2);
    expect(leftOf('{"calendarid":1,"zoom":1e400}')).toMatchObject({ _tag: 'NonJsonValue', path: 'zoom' });
    expect(scan).toHaveBeenLastCalledWith(expect.objectContaining({ zoom: Infinity }), 64, true);
  });

  it('reports unsafe values under unknown keys as the full scan does, at any depth', () => {
    const cases: Array<[string, { maxDepth?: number }, Record<string, unknown>]> = [
      ['{"calendarid":1,"client":{"x":{"a":1e400}}}', {}, { _tag: 'NonJsonValue', path: 'client.x.a', found: 'Infinity' }],
      ['{"calendarid":1,"fields":[{"x":-1e400}]}', {}, { _tag: 'NonJsonValue', path: 'fields[0].x', found: 'Infinity' }],
      ['{"calendarid":1,"__proto__":1}', {}, { _tag: 'ForbiddenKey', path: '__proto__', key: '__proto__' }],
      ['{"calendarid":1,"client":{"x":[{"__proto__":{}}]}}', {}, { _tag: 'ForbiddenKey', path: 'client.x[0].__proto__' }],
      ['{"calendarid":1,"staff":{"constructor":{"prototype":{}}}}', {}, { _tag: 'ForbiddenKey', path: 'staff.constructor', key: 'constructor' }],
      ['{"calendarid":1,"x":[[[[1]]]]}', { maxDepth: 4 }, { _tag: 'TooDeep', limit: 4, path: 'x[0][0][0]' }],
      ['{"calendarid":1,"reason":{"customFieldForm":{"customFields":[{"x":[[[1]]]}]}}}', { maxDepth: 7 }, { _tag: 'TooDeep', limit: 7, path: 'reason.customFieldForm.customFields[0].x[0][0]' }],
      ['{"calendarid":1,"client":{"x":{"y":"z"}},"startTime":2500}', {}, { _tag: 'InvalidPayload' }],
    ];
    for (const [text, options, error] of cases) expect([text, leftOf(text, options)]).toEqual([text, expect.objectContaining(error)]);
    // The same nesting within the limit decodes, unknown keys kept.
    const within = parseAppointmentWebhook('{"calendarid":1,"reason":{"customFieldForm":{"customFields":[{"x":[[[1]]]}]}}}', { maxDepth: 8 });
    expect(within._tag === 'Right' && within.right.reason?.customFieldForm?.customFields?.[0]).toEqual({ x: [[[1]]] });
    expect(parseAppointmentWebhook('{"calendarid":1,"x":[[[[1]]]]}', { maxDepth: 5 })._tag).toBe('Right');
  });

  it('walks for drift only when someone listens or rejects', () => {
    const walk = jest.spyOn(driftWalkModule, 'driftWalk');
    parseAppointmentWebhook('{"calendarid":1,"zoom":1}');
    parseAppointmentWebhook('{"calendarid":1,"zoom":1}', { detectDuplicateKeys: true });
    expect(walk).not.toHaveBeenCalled();
    parseAppointmentWebhook('{"calendarid":1,"zoom":1}', { unknownFields: 'reject' });
    parseAppointmentWebhook('{"calendarid":1,"zoom":1}', { onWarning: () => undefined });
    expect(walk).toHaveBeenCalledTimes(2);
  });
});
