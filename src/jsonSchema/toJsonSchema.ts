import * as t from 'io-ts';
import { GuardedType, Hhmm, JsonNumber, OpenEnumType, SafeId, Timestamp } from '../codecs/codec';
import type { JsonSchema } from './JsonSchema';

const MAX = Number.MAX_SAFE_INTEGER;
const DRAFT_2020_12 = 'https://json-schema.org/draft/2020-12/schema';
const NULL: JsonSchema = { type: 'null' };

/** `anyOf` the members, or `{}` (anything) when one member already accepts anything. */
function anyOf(members: JsonSchema[]): JsonSchema {
  return members.some((member) => Object.keys(member).length === 0) ? {} : { anyOf: members };
}

/** 08:00 is `800`: an integer 0–2400 whose last two digits are minutes (below 60). One range per hour. */
function hhmmRanges(): JsonSchema[] {
  const ranges: JsonSchema[] = [];
  for (let hour = 0; hour < 24; hour++) ranges.push({ minimum: hour * 100, maximum: hour * 100 + 59 });
  ranges.push({ const: 2400 });
  return ranges;
}

/** The schemas of the leaf codecs, keyed by the name of their `$defs` entry. */
function leafSchema(codec: t.Decoder<unknown, unknown>): [string, JsonSchema] | undefined {
  const description = codec.name;
  if (codec === SafeId) return ['SafeId', { description, type: 'integer', minimum: -MAX, maximum: MAX }];
  if (codec === JsonNumber) return ['JsonNumber', { description, type: 'number', minimum: -MAX, maximum: MAX }];
  if (codec === Hhmm) return ['Hhmm', { description, type: 'integer', anyOf: hhmmRanges() }];
  if (codec === Timestamp) {
    return ['Timestamp', { description, anyOf: [{ type: 'string' }, { type: 'number', minimum: -MAX, maximum: MAX }] }];
  }
  return undefined;
}

/** A value each leaf accepts, to probe which keys alone satisfy an object codec. */
function sampleOf(codec: t.Decoder<unknown, unknown>): unknown {
  if (codec === t.string || codec instanceof OpenEnumType) return '';
  if (codec === t.boolean) return false;
  if (codec === SafeId || codec === JsonNumber || codec === Hhmm || codec === Timestamp) return 0;
  return undefined;
}

/**
 * The keys that are required "at least one of" by an object codec: when the codec rejects `{}`,
 * the keys that alone (with a valid value, and not with `null`) make it accept. Read from the
 * codec itself, so a schema can never miss a rule the decoder applies.
 */
function atLeastOneOf(codec: GuardedType<t.Props, unknown>): string[] {
  if (codec.is({})) return [];
  const keys = Object.keys(codec.props).filter((key) => {
    const sample = sampleOf(codec.props[key] as t.Mixed);
    return sample !== undefined && codec.is({ [key]: sample }) && !codec.is({ [key]: null });
  });
  if (keys.length === 0) throw new Error(`toJsonSchema: ${codec.name} requires keys in a way JSON Schema is not generated for`);
  return keys;
}

class Generator {
  readonly defs: Record<string, JsonSchema> = {};
  private readonly names = new Map<unknown, string>();

  /** A `$ref` to the `$defs` entry of `codec`, made on first use. */
  private ref(codec: unknown, name: string, make: () => JsonSchema): JsonSchema {
    let key = this.names.get(codec);
    if (key === undefined) {
      key = name;
      for (let n = 2; key in this.defs; n++) key = `${name}${n}`;
      this.names.set(codec, key);
      this.defs[key] = {}; // reserved before `make`, which may refer to it
      this.defs[key] = make();
    }
    return { $ref: `#/$defs/${key}` };
  }

  object(codec: GuardedType<t.Props, unknown>): JsonSchema {
    const properties: Record<string, JsonSchema> = {};
    for (const key of Object.keys(codec.props)) {
      properties[key] = anyOf([this.schema(codec.props[key] as t.Mixed), NULL]);
    }
    const schema: Record<string, unknown> = { title: codec.name, type: 'object', properties, additionalProperties: true };
    const required = atLeastOneOf(codec);
    if (required.length > 0) {
      schema.anyOf = required.map((key) => ({ required: [key], properties: { [key]: { not: NULL } } }));
    }
    return schema;
  }

  schema(codec: t.Decoder<unknown, unknown>): JsonSchema {
    const leaf = leafSchema(codec);
    if (leaf !== undefined) return this.ref(codec, leaf[0], () => leaf[1]);
    if (codec === t.string) return { type: 'string' };
    if (codec === t.boolean) return { type: 'boolean' };
    if (codec === t.null) return NULL;
    if (codec === t.unknown) return {};
    if (codec === t.UnknownRecord) return { type: 'object' };
    if (codec === t.UnknownArray) return { type: 'array' };
    if (codec instanceof OpenEnumType) {
      return this.ref(codec, codec.name, () => ({
        title: codec.name,
        description: 'An open enumeration: the examples are the values known today; any other string is accepted too.',
        type: 'string',
        examples: [...codec.known],
      }));
    }
    if (codec instanceof GuardedType) return this.ref(codec, codec.name, () => this.object(codec));
    if (codec instanceof t.ArrayType) return { type: 'array', items: this.schema(codec.type as t.Mixed) };
    if (codec instanceof t.UnionType) return anyOf((codec.types as t.Mixed[]).map((member) => this.schema(member)));
    throw new Error(`toJsonSchema: no JSON Schema is generated for the codec ${codec.name}`);
  }
}

/**
 * The JSON Schema (draft 2020-12) of a codec, generated from its declaration: it accepts exactly
 * what the codec accepts. Every modelled key is optional and may be `null`; other keys are allowed
 * (`additionalProperties: true`: decoding is lossless); ids are integers within ±(2^53 − 1); numbers
 * are finite within the same range; HHmm times are integers 0–2400 with minutes below 60; open
 * enumerations accept any string and list the known values as `examples`; `Appointment` requires
 * `calendarid` or `calendarId` (at least one, not `null`). Object codecs, open enumerations and leaf
 * types are `$defs` entries, referred to with `$ref`. A new object each call.
 *
 * @example
 * ```ts
 * import Ajv2020 from 'ajv/dist/2020';
 * import { toJsonSchema, Client } from 'timetap-webhooks';
 *
 * const validateClient = new Ajv2020({ strict: true }).compile(toJsonSchema(Client));
 * validateClient({ clientId: 7, emailAddress: 'ada@example.com' }); // true
 * validateClient({ clientId: 'seven' }); // false
 * ```
 */
export function toJsonSchema(codec: t.Decoder<unknown, unknown>): JsonSchema {
  const generator = new Generator();
  const root = codec instanceof GuardedType ? generator.object(codec) : generator.schema(codec);
  const schema: Record<string, unknown> = { $schema: DRAFT_2020_12, ...root };
  if (Object.keys(generator.defs).length > 0) schema.$defs = generator.defs;
  return schema;
}
