import { Kind, Type, TypeRegistry, type TSchema } from '@sinclair/typebox';
import { TypeCompiler, type TypeCheck } from '@sinclair/typebox/compiler';
import { AppointmentShape, ID_KEYS, type Leaf, type Node, type Shape } from './shape';

/**
 * Baseline: the appointment tree of `shape.ts` as TypeBox 0.34 types, compiled with
 * `TypeCompiler.Compile` (TypeBox at its fastest). Written the way a TypeBox user would:
 * `Type.Object` (unknown keys allowed, TypeBox's default), `Type.Optional(Type.Union([X,
 * Type.Null()]))` per key, `Type.Integer` with the safe range for ids. The HHmm rule "minutes below
 * 60" has no JSON Schema keyword, so it is a registered custom kind (`Hhmm`), which the compiled
 * check calls. The appointment is the object intersected with "`calendarid` or `calendarId` is an
 * integer".
 *
 * Note: TypeBox's compiler, like ajv, generates code with `new Function`, which Cloudflare Workers
 * and strict CSP forbid (TypeBox's `Value.Check` interprets the schema instead, slower). The bench
 * times the compiled check.
 */

const MAX = Number.MAX_SAFE_INTEGER;

if (!TypeRegistry.Has('Hhmm')) {
  TypeRegistry.Set('Hhmm', (_schema, value) => typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 2400 && value % 100 < 60);
}

const leaves: Record<Leaf, TSchema> = {
  id: Type.Integer({ minimum: -MAX, maximum: MAX }),
  hhmm: Type.Unsafe<number>({ [Kind]: 'Hhmm', type: 'integer', minimum: 0, maximum: 2400 }),
  number: Type.Number({ minimum: -MAX, maximum: MAX }),
  timestamp: Type.Union([Type.String(), Type.Number({ minimum: -MAX, maximum: MAX })]),
  string: Type.String(),
  boolean: Type.Boolean(),
  unknown: Type.Unknown(),
  record: Type.Record(Type.String(), Type.Unknown()),
  array: Type.Array(Type.Unknown()),
  fieldValues: Type.Union([Type.String(), Type.Array(Type.Union([Type.String(), Type.Null()]))]),
};

const objects = new Map<Shape, TSchema>();

/** The TypeBox type of one node of the shape (not nullable: object keys add `Type.Null()`). */
export function typeboxNode(node: Node): TSchema {
  if (typeof node === 'string') return leaves[node];
  if ('arrayOf' in node) return Type.Array(typeboxNode(node.arrayOf));
  return typeboxObject(node.object);
}

function typeboxObject(shape: Shape): TSchema {
  let schema = objects.get(shape);
  if (schema === undefined) {
    const props: Record<string, TSchema> = {};
    for (const [key, node] of Object.entries(shape)) props[key] = Type.Optional(Type.Union([typeboxNode(node), Type.Null()]));
    schema = Type.Object(props);
    objects.set(shape, schema);
  }
  return schema;
}

/** The appointment: every key optional and nullable, `calendarid` or `calendarId` an integer. */
export const AppointmentTypeBox = Type.Intersect([
  typeboxObject(AppointmentShape),
  Type.Union(ID_KEYS.map((key) => Type.Object({ [key]: Type.Integer() }))),
]);

/** The compiled check of the appointment. */
export const AppointmentTypeBoxCheck: TypeCheck<typeof AppointmentTypeBox> = TypeCompiler.Compile(AppointmentTypeBox);

/** A compiled check of one node, for the schema-equivalence test. */
export function compileTypeboxNode(node: Node): TypeCheck<TSchema> {
  return TypeCompiler.Compile(typeboxNode(node));
}
