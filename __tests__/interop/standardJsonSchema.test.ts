import type { StandardJSONSchemaV1 as PublishedJsonSpec, StandardSchemaV1 as PublishedSpec } from '@standard-schema/spec';
import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020';
import { Appointment, Client, standardJsonSchema, toJsonSchema } from '../../src';
import { invalidFixtures, textOf, validFixtures } from '../support/fixtures';

// Compile-time: the result satisfies both published interfaces, and infers the codec's type.
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;
const both: PublishedJsonSpec & PublishedSpec = standardJsonSchema(Appointment);
const infers: Equals<PublishedJsonSpec.InferOutput<ReturnType<typeof standardJsonSchema<Appointment>>>, Appointment> = true;

const schema = standardJsonSchema(Appointment);

describe('standardJsonSchema', () => {
  it('is a Standard Schema that validates as the codec does', () => {
    expect(infers).toBe(true);
    expect(both['~standard'].vendor).toBe('timetap-webhooks');
    expect(schema['~standard'].version).toBe(1);
    expect(schema['~standard'].validate({ calendarid: 1 })).toEqual({ value: { calendarid: 1 } });
    expect(schema['~standard'].validate({ calendarid: 'x' })).toEqual(Appointment['~standard'].validate({ calendarid: 'x' }));
  });

  it('gives toJsonSchema(codec) for draft-2020-12, for input and output alike', () => {
    const { jsonSchema } = standardJsonSchema(Client)['~standard'];
    expect(jsonSchema.input({ target: 'draft-2020-12' })).toEqual(toJsonSchema(Client));
    expect(jsonSchema.output({ target: 'draft-2020-12' })).toEqual(toJsonSchema(Client));
  });

  it('gives a draft-07 schema (definitions) that accepts and rejects the fixtures as the 2020-12 one does', () => {
    const draft07 = schema['~standard'].jsonSchema.input({ target: 'draft-07' });
    expect(draft07.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(JSON.stringify(draft07)).not.toContain('$defs');
    const validate07 = new Ajv({ strict: true }).compile(draft07);
    const validate2020 = new Ajv2020({ strict: true }).compile(schema['~standard'].jsonSchema.output({ target: 'draft-2020-12' }));
    const bodies = [...validFixtures(), ...invalidFixtures()].flatMap((f) => {
      try {
        return [JSON.parse(textOf(f.bytes)) as unknown];
      } catch {
        return [];
      }
    });
    expect(bodies.length).toBeGreaterThan(50);
    let accepted = 0;
    for (const body of bodies) {
      expect(validate07(body)).toBe(validate2020(body));
      if (validate2020(body)) accepted++;
    }
    expect(accepted).toBeGreaterThan(10);
    expect(accepted).toBeLessThan(bodies.length);
  });

  it('throws for a target it does not support, as the spec asks', () => {
    expect(() => schema['~standard'].jsonSchema.input({ target: 'openapi-3.0' })).toThrow('not supported');
  });
});
