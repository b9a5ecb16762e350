import * as t from 'io-ts';
import { AppointmentShape, type Leaf, type Node, type Shape } from './shape';

/**
 * Baseline for context: the appointment tree of `shape.ts` as io-ts codecs written the idiomatic
 * way, with no hand-written guard in front: `t.partial` of `t.union([X, t.null])` per key (unknown
 * keys kept), `t.array`, `t.union`, and `t.brand` for safe integers, HHmm times and the "one id is
 * required" rule. This is how the package's codecs would look without the fast path of
 * `src/codecs/codec.ts` (`GuardedType`).
 */

const MAX = Number.MAX_SAFE_INTEGER;

interface SafeIntBrand {
  readonly SafeInt: unique symbol;
}
interface HhmmBrand {
  readonly Hhmm: unique symbol;
}
interface JsonNumberBrand {
  readonly JsonNumber: unique symbol;
}
interface HasIdBrand {
  readonly HasId: unique symbol;
}

const SafeInt = t.brand(t.number, (n): n is t.Branded<number, SafeIntBrand> => Number.isSafeInteger(n), 'SafeInt');
const Hhmm = t.brand(
  t.number,
  (n): n is t.Branded<number, HhmmBrand> => Number.isInteger(n) && n >= 0 && n <= 2400 && n % 100 < 60,
  'Hhmm',
);
const JsonNumber = t.brand(
  t.number,
  (n): n is t.Branded<number, JsonNumberBrand> => n <= MAX && n >= -MAX,
  'JsonNumber',
);

const leaves: Record<Leaf, t.Mixed> = {
  id: SafeInt,
  hhmm: Hhmm,
  number: JsonNumber,
  timestamp: t.union([t.string, JsonNumber]),
  string: t.string,
  boolean: t.boolean,
  unknown: t.unknown,
  record: t.UnknownRecord,
  array: t.UnknownArray,
  fieldValues: t.union([t.string, t.array(t.union([t.string, t.null]))]),
};

type AnyRecord = Record<string, unknown>;
const objects = new Map<Shape, t.Type<AnyRecord, AnyRecord, unknown>>();

/** The io-ts codec of one node of the shape (not nullable: object keys add `| null`). */
export function iotsNode(node: Node): t.Mixed {
  if (typeof node === 'string') return leaves[node];
  if ('arrayOf' in node) return t.array(iotsNode(node.arrayOf));
  return iotsObject(node.object);
}

function iotsObject(shape: Shape): t.Type<AnyRecord, AnyRecord, unknown> {
  let codec = objects.get(shape);
  if (codec === undefined) {
    const props: t.Props = {};
    for (const [key, node] of Object.entries(shape)) props[key] = t.union([iotsNode(node), t.null]);
    codec = t.partial(props) as t.Type<AnyRecord, AnyRecord, unknown>;
    objects.set(shape, codec);
  }
  return codec;
}

/** The appointment: every key optional and nullable, `calendarid` or `calendarId` required. */
export const AppointmentIdiomatic = t.brand(
  iotsObject(AppointmentShape),
  (a): a is t.Branded<AnyRecord, HasIdBrand> => a.calendarid != null || a.calendarId != null,
  'HasId',
);
