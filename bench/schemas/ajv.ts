import Ajv, { _, type AnySchemaObject, type Options, type ValidateFunction } from 'ajv';
import * as shapes from './shape';
import type { Leaf, Node, Shape } from './shape';

/**
 * Baseline: the appointment tree of `shape.ts` as one JSON Schema, compiled by ajv 8 (default
 * options: it stops at the first error). Written the way a JSON Schema author would: each nested
 * object (Client, Staff, CustomField, ...) is a `$defs` entry used through `$ref` (ajv then compiles
 * one function per definition; inlining the whole tree into a single function made the validator
 * about 4× slower, the bench uses ajv at its best). Unknown keys are allowed (no
 * `additionalProperties`), every key is nullable (`type: [..., 'null']`) and optional, ids are
 * integers within ±(2^53 - 1). The HHmm rule "minutes below 60" has no JSON Schema keyword, so it
 * is a small custom keyword (`hhmm`) whose check ajv inlines in the generated code.
 *
 * Note: ajv compiles with `new Function`, which Cloudflare Workers and strict CSP forbid unless you
 * precompile with ajv's standalone mode; the timings are of the compiled function either way.
 */

const MAX = Number.MAX_SAFE_INTEGER;

const leaves: Record<Leaf, AnySchemaObject> = {
  id: { type: 'integer', minimum: -MAX, maximum: MAX },
  hhmm: { type: 'integer', minimum: 0, maximum: 2400, hhmm: true },
  number: { type: 'number', minimum: -MAX, maximum: MAX },
  timestamp: { type: ['string', 'number'], minimum: -MAX, maximum: MAX },
  string: { type: 'string' },
  boolean: { type: 'boolean' },
  unknown: {},
  record: { type: 'object' },
  array: { type: 'array' },
  fieldValues: { type: ['string', 'array'], items: { type: ['string', 'null'] } },
};

/** The `$defs` name of each nested object shape (`ClientShape` is `Client`). */
const names = new Map<Shape, string>();
for (const [key, value] of Object.entries(shapes)) {
  if (key.endsWith('Shape') && key !== 'AppointmentShape') names.set(value as Shape, key.slice(0, -'Shape'.length));
}

/** `schema`, also accepting `null` (unconstrained schemas already do). */
function nullable(schema: AnySchemaObject): AnySchemaObject {
  if (schema.$ref !== undefined) return { anyOf: [{ type: 'null' }, schema] };
  if (schema.type === undefined) return schema;
  const types: string[] = Array.isArray(schema.type) ? schema.type : [schema.type];
  return { ...schema, type: [...types, 'null'] };
}

/**
 * The JSON Schema of one node of the shape (not nullable: object properties add `null`), as a
 * self-contained schema (its `$defs` included) so that a single node can be compiled too.
 */
export function ajvSchemaOf(node: Node): AnySchemaObject {
  const defs: Record<string, AnySchemaObject> = {};
  const schema = nodeSchema(node, defs);
  return Object.keys(defs).length === 0 ? schema : { ...schema, $defs: defs };
}

function nodeSchema(node: Node, defs: Record<string, AnySchemaObject>): AnySchemaObject {
  if (typeof node === 'string') return leaves[node];
  // Array elements are not nullable in the codecs (only object keys are).
  if ('arrayOf' in node) return { type: 'array', items: nodeSchema(node.arrayOf, defs) };
  const name = names.get(node.object);
  if (name === undefined) return objectSchema(node.object, defs);
  if (defs[name] === undefined) {
    defs[name] = {}; // reserved first: a definition is built once
    defs[name] = objectSchema(node.object, defs);
  }
  return { $ref: `#/$defs/${name}` };
}

function objectSchema(shape: Shape, defs: Record<string, AnySchemaObject>): AnySchemaObject {
  const properties: Record<string, AnySchemaObject> = {};
  for (const [key, node] of Object.entries(shape)) properties[key] = nullable(nodeSchema(node, defs));
  return { type: 'object', properties };
}

/** The appointment as a JSON Schema: `calendarid` or `calendarId` must be a (non-null) integer. */
export const appointmentJsonSchema: AnySchemaObject = (() => {
  const defs: Record<string, AnySchemaObject> = {};
  return {
    ...objectSchema(shapes.AppointmentShape, defs),
    anyOf: shapes.ID_KEYS.map((key) => ({ required: [key], properties: { [key]: { type: 'integer' } } })),
    $defs: defs,
  };
})();

/** A fresh ajv instance with the `hhmm` keyword, for compiling the appointment or a single node. */
export function createAjv(options: Options = {}): Ajv {
  const ajv = new Ajv({ allowUnionTypes: true, ...options });
  ajv.addKeyword({
    keyword: 'hhmm',
    type: 'number',
    schemaType: 'boolean',
    code(cxt) {
      cxt.fail(_`${cxt.data} % 100 >= 60`);
    },
  });
  return ajv;
}

/** The compiled appointment validator. */
export const validateAppointmentAjv: ValidateFunction = createAjv().compile(appointmentJsonSchema);
