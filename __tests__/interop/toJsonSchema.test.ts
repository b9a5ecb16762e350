import Ajv2020 from 'ajv/dist/2020';
import fc from 'fast-check';
import * as t from 'io-ts';
import * as api from '../../src';
import { Appointment, appointmentJsonSchema, toJsonSchema } from '../../src';
import { GuardedType, Hhmm, JsonNumber, OpenEnumType, SafeId, Timestamp } from '../../src/codecs/codec';

const ajv = new Ajv2020({ strict: true, allErrors: true });
const MAX = Number.MAX_SAFE_INTEGER;

/** Every codec the package root exports, by name. */
const codecs = (Object.entries(api) as Array<[string, unknown]>).filter((entry): entry is [string, t.Mixed] => entry[1] instanceof t.Type);

/** A schema for one leaf codec, compiled on its own (its `$defs` entry, through the Appointment schema). */
function leafValidator(name: string): (u: unknown) => boolean {
  const validate = ajv.compile({ $ref: `#/$defs/${name}`, $defs: (appointmentJsonSchema as { $defs: object }).$defs });
  return (u) => validate(u) as boolean;
}

/** Numbers on and around every edge the leaf codecs have. */
const edgeNumbers = [
  -MAX - 1, -MAX, -(2 ** 60), -1, -0.5, -0, 0, 0.5, 1, 1.5, 59, 60, 99, 100, 159, 160, 800, 800.5, 959, 960, 2359, 2360, 2399,
  2400, 2400.5, 2401, 2459, 2500, MAX - 1, MAX, MAX + 1, 2 ** 60, 1e308, -1e308, 5e-324,
];

describe('toJsonSchema', () => {
  describe('leaf types, checked against the leaf codecs', () => {
    it.each([
      ['Hhmm', Hhmm],
      ['SafeId', SafeId],
      ['JsonNumber', JsonNumber],
      ['Timestamp', Timestamp],
    ] as const)('%s accepts exactly what the codec accepts', (name, codec) => {
      const validate = leafValidator(name);
      const values: unknown[] = [...edgeNumbers, '', '800', '2026-01-01T08:00:00Z', null, true, [], {}, [800]];
      for (const value of values) expect([value, validate(value)]).toEqual([value, codec.is(value)]);
      fc.assert(fc.property(fc.oneof(fc.integer({ min: -300, max: 2700 }), fc.double({ noNaN: true, noDefaultInfinity: true })), (n) => validate(n) === codec.is(n)));
    });

    it('Hhmm: every integer and half from -100 to 2500 is accepted exactly when it is a wall-clock time', () => {
      const validate = leafValidator('Hhmm');
      let accepted = 0;
      for (let n = -100; n <= 2500; n += 0.5) {
        expect([n, validate(n)]).toEqual([n, Hhmm.is(n)]);
        if (validate(n)) accepted++;
      }
      expect(accepted).toBe(24 * 60 + 1); // 00:00 to 23:59, and 2400
    });
  });

  describe.each(codecs)('of %s', (name, codec) => {
    const schema = toJsonSchema(codec);
    const validate = ajv.compile(schema);

    it('is draft 2020-12 JSON that ajv compiles in strict mode', () => {
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
    });

    it('accepts and rejects what the codec does, on generated values', () => {
      const props = codec instanceof GuardedType ? Object.keys(codec.props) : [];
      const dictionary = fc.dictionary(fc.constantFrom(...props, 'other'), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 });
      // An Appointment needs an id: give half the generated objects one (which a generated key may still override).
      const withId = fc.tuple(dictionary, fc.boolean()).map(([d, id]) => (id ? { calendarid: 1, ...d } : d));
      const value = codec === Appointment ? withId : props.length > 0 ? dictionary : fc.jsonValue({ maxDepth: 1 });
      let accepted = 0;
      fc.assert(
        fc.property(value, (u) => {
          expect(validate(u)).toBe(codec.is(u));
          if (codec.is(u)) accepted++;
        }),
        { numRuns: 300 },
      );
      expect(accepted).toBeGreaterThan(0);
    });

    if (codec instanceof GuardedType) {
      it('makes every modelled key optional and nullable, and allows other keys', () => {
        // An Appointment keeps one id: calendarId while calendarid is null, and the other way round.
        const id = codec === Appointment ? { calendarid: 1 } : {};
        const otherId = codec === Appointment ? { calendarId: 1 } : {};
        expect(validate(id)).toBe(true);
        for (const key of Object.keys(codec.props)) {
          expect([key, validate({ ...(key === 'calendarid' ? otherId : id), [key]: null })]).toEqual([key, true]);
        }
        expect(validate({ ...id, notModelled: { any: ['thing'] } })).toBe(true);
        expect(schema.additionalProperties).toBe(true);
      });
    }

    if (codec instanceof OpenEnumType) {
      it(`lists the known values of ${name} as examples and accepts any string`, () => {
        const defs = schema.$defs as Record<string, { examples: unknown }>;
        expect(defs[name]?.examples).toEqual([...codec.known]);
        expect(validate('NOT_KNOWN_YET')).toBe(true);
        expect(validate(1)).toBe(false);
      });
    }
  });

  it('requires calendarid or calendarId in an Appointment (at least one, not null), as the decoder does', () => {
    const validate = ajv.compile(toJsonSchema(Appointment));
    const ids = [undefined, null, 1, 'x'] as const;
    for (const a of ids) {
      for (const b of ids) {
        const body = { ...(a === undefined ? {} : { calendarid: a }), ...(b === undefined ? {} : { calendarId: b }) };
        expect([body, validate(body)]).toEqual([body, Appointment.is(body)]);
      }
    }
    expect(toJsonSchema(Appointment).anyOf).toEqual([
      { required: ['calendarid'], properties: { calendarid: { not: { type: 'null' } } } },
      { required: ['calendarId'], properties: { calendarId: { not: { type: 'null' } } } },
    ]);
  });

  it('refuses a codec it cannot describe exactly, rather than describe it loosely', () => {
    expect(() => toJsonSchema(t.number)).toThrow('no JSON Schema is generated for the codec number');
    expect(() => toJsonSchema(t.type({ a: t.string }))).toThrow(/no JSON Schema/);
  });

  it('makes a new object each call', () => {
    expect(toJsonSchema(Appointment)).not.toBe(toJsonSchema(Appointment));
  });
});

describe('appointmentJsonSchema', () => {
  it('is toJsonSchema(Appointment)', () => {
    expect(appointmentJsonSchema).toEqual(toJsonSchema(Appointment));
  });

  it('has the same keywords in the same order, and serialises and clones as the generated schema', () => {
    const generated = toJsonSchema(Appointment);
    expect(Object.keys(appointmentJsonSchema)).toEqual(Object.keys(generated));
    expect(JSON.stringify(appointmentJsonSchema)).toBe(JSON.stringify(generated));
    expect(structuredClone(appointmentJsonSchema)).toEqual(generated);
    expect({ ...appointmentJsonSchema }).toEqual(generated);
  });

  it('gives the same object each time a keyword is read', () => {
    expect(appointmentJsonSchema.$defs).toBe(appointmentJsonSchema.$defs);
    expect(appointmentJsonSchema.properties).toBe(appointmentJsonSchema.properties);
  });

  it('defines each nested object once and refers to it (Staff serves staff and professional)', () => {
    const properties = appointmentJsonSchema.properties as Record<string, { anyOf: unknown[] }>;
    expect(properties.staff?.anyOf[0]).toEqual({ $ref: '#/$defs/Staff' });
    expect(properties.professional?.anyOf[0]).toEqual({ $ref: '#/$defs/Staff' });
    expect(Object.keys(appointmentJsonSchema.$defs as object).sort()).toEqual(
      [
        'AppointmentStatus', 'AppointmentSubStatus', 'Client', 'CustomField', 'CustomFieldDataType', 'CustomFieldMode',
        'DateFactory', 'FieldData', 'Hhmm', 'JsonNumber', 'LegacyCustomFieldData', 'LegacyCustomFieldForm', 'LegacyFormField',
        'Location', 'LocationType', 'Office', 'Reason', 'ReasonType', 'SafeId', 'Staff', 'TimeZone', 'Timestamp',
      ].sort(),
    );
  });
});
