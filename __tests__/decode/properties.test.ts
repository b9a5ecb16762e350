import fc from 'fast-check';
import { Appointment } from '../../src/codecs/Appointment';
import { parseAppointmentWebhook, type ParseAppointmentWebhookOptions } from '../../src/decode/parseAppointmentWebhook';
import type { WebhookDecodeError } from '../../src/decode/WebhookDecodeError';
import { textOf, validFixtures } from '../support/fixtures';

// Every property runs 1,000 times. Byte mutations of fixtures/valid run
// 1,000 times per fixture for "never throws", and 1,000 times in all (a fixture picked at random
// for each run) for the slower check that every input form agrees.
const RUNS = { numRuns: 1000 };

const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();
const fixtures = validFixtures();

/** Errors that only one form of a body can produce. */
const TEXT_ONLY = new Set<WebhookDecodeError['_tag']>(['EmptyBody', 'InvalidEncoding', 'InvalidJson', 'PayloadTooLarge']);

function decodesWithoutThrowing(body: unknown, options?: ParseAppointmentWebhookOptions): ReturnType<typeof parseAppointmentWebhook> {
  let result: ReturnType<typeof parseAppointmentWebhook> | undefined;
  expect(() => {
    result = parseAppointmentWebhook(body, options);
  }).not.toThrow();
  expect(['Left', 'Right']).toContain(result?._tag);
  if (result?._tag === 'Left') {
    expect(typeof result.left._tag).toBe('string');
    expect(typeof result.left.message).toBe('string');
    expect(result.left._tag).not.toBe('InternalError'); // nothing in these inputs should reach the guard
  }
  return result!;
}

/**
 * Decodes one JSON text in every form a framework may hand over and checks they agree: the text
 * forms exactly; the parsed object by `_tag` and error (a number that overflows to `Infinity`
 * included: every form refuses it as `NonJsonValue`).
 */
function checkFormsAgree(bytes: Uint8Array): boolean {
  const copy = new Uint8Array(bytes);
  const fromBytes = decodesWithoutThrowing(copy);
  expect(parseAppointmentWebhook(Buffer.from(copy))).toEqual(fromBytes);
  expect(parseAppointmentWebhook(copy.buffer)).toEqual(fromBytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(copy);
  } catch {
    expect(fromBytes).toMatchObject({ _tag: 'Left', left: { _tag: 'InvalidEncoding' } });
    return false;
  }
  expect(parseAppointmentWebhook(text)).toEqual(fromBytes);

  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    expect(fromBytes._tag === 'Left' && TEXT_ONLY.has(fromBytes.left._tag)).toBe(true);
    return false;
  }
  if (fromBytes._tag === 'Right') expect(fromBytes.right).toEqual(parsed); // lossless
  if (typeof parsed !== 'object' || parsed === null) return false; // `null` or a scalar is not an object body
  const fromObject = decodesWithoutThrowing(parsed);
  expect(fromObject._tag).toBe(fromBytes._tag);
  if (fromObject._tag === 'Right') {
    expect(fromObject.right).toBe(parsed); // the object itself, untouched
    return true;
  }
  expect(fromObject.left).toEqual((fromBytes as { left: WebhookDecodeError }).left);
  return true;
}

/** A random edit of a byte string: flip bits of, insert before, or delete the byte at an offset. */
type Edit = { readonly kind: 'flip' | 'insert' | 'delete'; readonly at: number; readonly byte: number };
const edit: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom<Edit['kind']>('flip', 'insert', 'delete'),
  at: fc.nat(),
  byte: fc.integer({ min: 0, max: 255 }),
});
const edits = fc.array(edit, { minLength: 1, maxLength: 8 });
/** Bytes JSON is made of, so more mutants stay parseable. */
const jsonByte = fc.constantFrom(...Buffer.from('{}[],:"\\0123456789-+.eE tfnul_\n'));

function mutate(original: Uint8Array, changes: ReadonlyArray<Edit>): Uint8Array {
  const bytes = Array.from(original);
  for (const change of changes) {
    const at = bytes.length === 0 ? 0 : change.at % bytes.length;
    if (change.kind === 'flip' && bytes.length > 0) bytes[at] = (bytes[at] as number) ^ (change.byte || 1);
    else if (change.kind === 'insert') bytes.splice(at, 0, change.byte);
    else bytes.splice(at, 1);
  }
  return Uint8Array.from(bytes);
}

/** Random options, including an onWarning that throws now and then. */
const options: fc.Arbitrary<ParseAppointmentWebhookOptions> = fc.record(
  {
    maxBytes: fc.oneof(fc.nat({ max: 100_000 }), fc.constant(Number.NaN), fc.constant(-1)),
    maxDepth: fc.oneof(fc.nat({ max: 80 }), fc.constant(Number.NaN)),
    unknownFields: fc.constantFrom<'keep' | 'reject'>('keep', 'reject'),
    detectDuplicateKeys: fc.boolean(),
    onWarning: fc.boolean().map((throws) => (throws ? () => { throw new Error('callback'); } : () => undefined)),
  },
  { requiredKeys: [] },
);

/** Objects shaped like appointments: an id and modelled keys holding arbitrary JSON. */
const modelledKey = fc.constantFrom(...Object.keys(Appointment.props));
const appointmentLike = fc
  .tuple(
    fc.oneof(fc.integer(), fc.constant(9007199254740993), fc.double(), fc.string()),
    fc.dictionary(fc.oneof(modelledKey, fc.string({ maxLength: 8 })), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 6 }),
  )
  .map(([calendarid, rest]) => ({ calendarid, ...rest }));

describe('parseAppointmentWebhook properties', () => {
  afterEach(() => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
  });

  it('never throws on arbitrary values (bigint, Map, Set, Date, typed arrays, sparse arrays, null prototypes, boxed values)', () => {
    const anything = fc.anything({
      withBigInt: true,
      withMap: true,
      withSet: true,
      withDate: true,
      withTypedArray: true,
      withSparseArray: true,
      withNullPrototype: true,
      withObjectString: true,
      withBoxedValues: true,
      withUnicodeString: true,
    });
    const rights: [unknown, unknown][] = [];
    fc.assert(
      fc.property(fc.oneof(anything, appointmentLike), fc.option(options, { nil: undefined }), (body, opts) => {
        const result = decodesWithoutThrowing(body, opts);
        // An object body is returned as is: checked over every Right, and there are Rights.
        if (result._tag === 'Right') rights.push([result.right, body]);
      }),
      RUNS,
    );
    expect(rights.filter(([value, body]) => value !== body)).toEqual([]);
    expect(rights.length).toBeGreaterThan(0);
  });

  it('never throws on arbitrary JSON text, and a Right deep-equals JSON.parse of the text', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 6 }), fc.option(options, { nil: undefined }), (text, opts) => {
        const result = decodesWithoutThrowing(text, opts);
        expect(result._tag === 'Right' ? result.right : 'not decoded').toEqual(result._tag === 'Right' ? JSON.parse(text) : 'not decoded');
      }),
      RUNS,
    );
  });

  it('never throws on arbitrary strings (any UTF-16, lone surrogates included)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) })), (text) => {
        decodesWithoutThrowing(text);
        decodesWithoutThrowing(`{"calendarid":1,"note":${JSON.stringify(text)},${JSON.stringify(text)}:1}`);
      }),
      RUNS,
    );
  });

  it.each(fixtures.map((f) => [f.name, f.bytes] as const))('never throws on byte-level mutations of %s', (_name, bytes) => {
    fc.assert(
      fc.property(edits, fc.array(jsonByte, { maxLength: 3 }), (changes, extra) => {
        const mutant = mutate(bytes, [...changes, ...extra.map((byte, k) => ({ kind: 'insert' as const, at: k * 7919, byte }))]);
        decodesWithoutThrowing(mutant, { detectDuplicateKeys: true, onWarning: () => undefined });
      }),
      RUNS,
    );
  });

  it('gives equal results for string, Buffer, Uint8Array, ArrayBuffer and parsed-object forms of each valid fixture', () => {
    for (const { bytes } of fixtures) checkFormsAgree(bytes);
  });

  it('refuses a number that overflows a double in every form, wherever it is put in a fixture', () => {
    const literals = ['1e400', '-1e400', '1.7976931348623159e308', '9E+999', '-0.5e310', '1'.repeat(310)];
    fc.assert(
      fc.property(fc.constantFrom(...fixtures), fc.nat(), fc.nat(), fc.constantFrom(...literals), ({ bytes }, where, key, literal) => {
        const value = JSON.parse(new TextDecoder().decode(bytes)) as object;
        const containers: object[] = [];
        const stack: unknown[] = [value];
        while (stack.length > 0) {
          const v = stack.pop();
          if (typeof v === 'object' && v !== null) {
            containers.push(v);
            stack.push(...Object.values(v));
          }
        }
        const target = containers[where % containers.length] as Record<string, unknown> | unknown[];
        const scalarKeys = Array.isArray(target) ? [] : Object.keys(target).filter((k) => typeof target[k] !== 'object' || target[k] === null);
        if (Array.isArray(target)) target.splice(key % (target.length + 1), 0, '\u0000overflow');
        else if (key % 2 === 0 && scalarKeys.length > 0) target[scalarKeys[key % scalarKeys.length] as string] = '\u0000overflow'; // a known key
        else target[`k${key % 7}`] = '\u0000overflow';
        const text = JSON.stringify(value).replace('"\\u0000overflow"', literal);
        expect(checkFormsAgree(new TextEncoder().encode(text))).toBe(true);
        const result = parseAppointmentWebhook(text);
        expect(result._tag === 'Left' && result.left._tag).toBe('NonJsonValue');
      }),
      { numRuns: 600 },
    );
  });

  it('gives equal results for every form of mutated fixtures (1,000 runs across all fixtures)', () => {
    let objects = 0;
    fc.assert(
      fc.property(fc.constantFrom(...fixtures), edits, jsonByte, ({ bytes }, changes, byte) => {
        // Edits with JSON's own bytes, so that many mutants still parse (about a fifth do).
        if (checkFormsAgree(mutate(bytes, changes.map((c) => ({ ...c, byte }))))) objects++;
      }),
      RUNS,
    );
    expect(objects).toBeGreaterThan(50);
  });

  it('gives equal results for every form of arbitrary JSON text and of appointment-like bodies', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json({ maxDepth: 4 }), appointmentLike.map((v) => JSON.stringify(v))), (text) => {
        checkFormsAgree(new TextEncoder().encode(text));
      }),
      RUNS,
    );
  });

  it('returns the input itself, unchanged, for appointment-like objects that decode', () => {
    let rights = 0;
    fc.assert(
      fc.property(appointmentLike, (body) => {
        const snapshot = JSON.stringify(body);
        const result = decodesWithoutThrowing(body);
        if (result._tag === 'Right') {
          rights++;
          expect(result.right).toBe(body);
          expect(JSON.stringify(result.right)).toBe(snapshot);
        }
        expect(JSON.stringify(body)).toBe(snapshot); // the input is never mutated
      }),
      RUNS,
    );
    expect(rights).toBeGreaterThan(50); // the generator does reach the decoding path
  });

  it('refuses __proto__ (in any escaped spelling) and constructor.prototype wherever they are put in a body', () => {
    const spellings = fc.constantFrom(
      '__proto__',
      '\\u005f_proto__',
      '\\u005F\\u005Fproto\\u005F\\u005F',
      '__pro\\u0074o__',
      '\\u005f\\u005f\\u0070\\u0072\\u006f\\u0074\\u006f\\u005f\\u005f',
      'constructor',
      '\\u0063onstructor',
    );
    // Places where a key is data (fieldDataMap, extendedValue, depFields), modelled or unknown.
    const places: ReadonlyArray<(entry: string) => string> = [
      (e) => `{"calendarid":1,${e}}`,
      (e) => `{${e},"calendarid":1}`,
      (e) => `{"calendarid":1,"client":{"clientId":2,${e}}}`,
      (e) => `{"calendarid":1,"fieldDataMap":{"966422":"a",${e}}}`,
      (e) => `{"calendarid":1,"fields":[{"label":"x"},{${e}}]}`,
      (e) => `{"calendarid":1,"fields":[{"extendedValue":{${e}}}]}`,
      (e) => `{"calendarid":1,"fields":[{"depFields":[{${e}}]}]}`,
      (e) => `{"calendarid":1,"reason":{"customFieldForm":{"customFields":[{${e}}]}}}`,
      (e) => `{"calendarid":1,"staff":{"timeZoneCode":{${e}}}}`,
      (e) => `{"calendarid":1,"newKey":[[{${e}}]]}`,
      // Inside values the codecs refuse, which the closed check does not walk into.
      (e) => `{"calendarid":1,"note":{${e}}}`,
      (e) => `{"calendarid":1,"client":[{${e}}]}`,
      (e) => `{"calendarid":1,"startTime":2460,"fields":[{"label":[{${e}}]}]}`,
      (e) => `{"calendarid":1,"fieldDataMap":[{${e}}]}`,
      (e) => `{"calendarid":1,"fields":[{"serviceIds":[1,{${e}}]}]}`,
      (e) => `{"calendarid":"x","reason":{"customFieldForm":{"customFields":[null,[{${e}}]]}}}`,
    ];
    fc.assert(
      fc.property(spellings, fc.nat({ max: places.length - 1 }), fc.jsonValue({ maxDepth: 2 }), (key, place, value) => {
        const isConstructor = key.endsWith('onstructor');
        const entry = `"${key}":${isConstructor ? `{"prototype":${JSON.stringify(value)}}` : JSON.stringify(value)}`;
        const text = (places[place] as (entry: string) => string)(entry);
        const expected = { _tag: 'Left', left: { _tag: 'ForbiddenKey', key: isConstructor ? 'constructor' : '__proto__' } };
        expect(decodesWithoutThrowing(text)).toMatchObject(expected);
        expect(decodesWithoutThrowing(JSON.parse(text) as unknown)).toMatchObject(expected);
      }),
      RUNS,
    );
  });

  it('refuses nesting deeper than maxDepth inside a value the codecs refuse, as it does elsewhere', () => {
    const deep = (levels: number): string => `${'['.repeat(levels)}${']'.repeat(levels)}`;
    const places: ReadonlyArray<(value: string) => string> = [
      (v) => `{"calendarid":1,"note":${v}}`,
      (v) => `{"calendarid":1,"client":{"firstName":${v}}}`,
      (v) => `{"calendarid":1,"fields":[{"label":1},{"serviceIds":${v}}]}`,
      (v) => `{"calendarid":1,"seats":"x","fieldDataMap":{"1":${v}}}`,
    ];
    fc.assert(
      fc.property(fc.nat({ max: places.length - 1 }), fc.integer({ min: 1, max: 80 }), fc.integer({ min: 5, max: 70 }), (place, levels, maxDepth) => {
        const text = (places[place] as (value: string) => string)(deep(levels));
        const fromText = decodesWithoutThrowing(text, { maxDepth });
        expect(fromText).toEqual(decodesWithoutThrowing(JSON.parse(text) as unknown, { maxDepth }));
        expect(fromText._tag).toBe('Left');
      }),
      RUNS,
    );
  });

  it('leaves Object.prototype unchanged after decoding polluting bodies', () => {
    fc.assert(
      fc.property(fc.constantFrom('__proto__', '\\u005f_proto__', 'constructor'), fc.jsonValue({ maxDepth: 2 }), (key, value) => {
        const inner = key === 'constructor' ? `{"prototype":${JSON.stringify(value)}}` : JSON.stringify(value);
        decodesWithoutThrowing(`{"calendarid":1,"client":{"${key}":${inner}}}`);
        expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
        expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
      }),
      RUNS,
    );
    expect(textOf(Buffer.from('{}'))).toBe('{}');
  });
});
