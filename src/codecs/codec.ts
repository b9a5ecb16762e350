import * as t from 'io-ts';
import { standardSchema, type StandardSchemaProps } from './standardSchema';

/**
 * Shared building blocks of the codecs: leaf codecs (ids, HHmm times, timestamps, open enums),
 * and `object`, which turns one declaration of props into an io-ts codec with a fast check in
 * front: a table of the modelled keys, each with a judge of its values, built once from the props.
 */

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** `true` for a number that survived `JSON.parse` exactly: finite and within ±(2^53 − 1). */
export function isJsonNumber(u: unknown): u is number {
  return typeof u === 'number' && u <= MAX_SAFE && u >= -MAX_SAFE;
}

/** The codecs made by {@link leaf}: their `validate` accepts exactly what their `is` does. */
const leaves = new WeakSet<t.Mixed>();

/** A leaf codec: the values `is` accepts, kept as they are. */
export function leaf<A>(name: string, is: (u: unknown) => u is A): t.Type<A, A, unknown> {
  const codec = new t.Type<A, A, unknown>(name, is, (u, c) => (is(u) ? t.success(u) : t.failure(u, c)), t.identity);
  leaves.add(codec);
  return codec;
}

/** A JSON number that survived `JSON.parse` exactly: finite and within ±(2^53 − 1). */
export const JsonNumber = leaf('number', isJsonNumber);

/** An id: an integer TimeTap and `JSON.parse` agree on (a safe integer). */
export const SafeId = leaf('safe integer', Number.isSafeInteger as (u: unknown) => u is number);

/** `true` for an HHmm wall-clock integer: 0–2400, minutes below 60 (`800` is 08:00). */
export function isHhmm(u: unknown): u is number {
  return typeof u === 'number' && u >= 0 && u <= 2400 && u % 1 === 0 && u % 100 < 60;
}

/** An HHmm wall-clock time as TimeTap sends it: an unpadded integer, `800` = 08:00, `2400` = end of day. */
export const Hhmm = leaf('HHmm time (integer 0-2400, minutes < 60)', isHhmm);

/** `true` for a timestamp as sent: a string, or a number {@link JsonNumber} accepts. */
export function isTimestamp(u: unknown): u is string | number {
  return typeof u === 'string' || isJsonNumber(u);
}

/** A timestamp as sent: a string (ISO or zone-less) or epoch milliseconds. Never converted here. */
export const Timestamp = leaf('timestamp (string | number)', isTimestamp);

/**
 * An open enumeration: the known values type-check and autocomplete, any other string still
 * decodes (TimeTap adds values without notice). `known` feeds the `UnknownEnumValue` warning.
 */
export class OpenEnumType<K extends string> extends t.Type<K | (string & {}), string, unknown> {
  readonly _tag = 'OpenEnumType' as const;
  readonly known: ReadonlySet<string>;
  constructor(name: string, known: ReadonlyArray<K>) {
    super(name, t.string.is, t.string.validate, t.identity);
    this.known = new Set<string>(known);
  }
  /** This codec as a Standard Schema v1: pass it to any Standard Schema consumer. */
  get '~standard'(): StandardSchemaProps<K | (string & {})> {
    return standardSchema(this);
  }
}

/** `T | null`, named the way errors print it. */
export function nullable<C extends t.Mixed>(codec: C): t.UnionC<[C, t.NullC]> {
  return t.union([codec, t.null], `${codec.name} | null`);
}

/**
 * An array of `codec`, named for errors: `t.array` with io-ts's own answers and errors, less the
 * work for elements `codec` accepts as they are ({@link acceptsAsIs}), which are not validated.
 */
export function arrayOf<C extends t.Mixed>(codec: C): t.ArrayC<C> {
  const plain = t.array(codec, `Array<${codec.name}>`);
  const accepts = acceptsAsIs(codec);
  const validate: t.Validate<unknown, Array<t.TypeOf<C>>> = (u, c) => {
    const array = t.UnknownArray.validate(u, c);
    if (array._tag === 'Left') return array;
    const us = array.right;
    let errors: t.ValidationError[] | undefined;
    for (let i = 0; i < us.length; i++) {
      const value = us[i];
      if (accepts(value)) continue;
      const result = codec.validate(value, t.appendContext(c, String(i), codec, value));
      if (result._tag === 'Right') {
        // As for objects (see `partialOf`): a codec that changed a value would make io-ts copy the array.
        if (result.right !== value) return plain.validate(u, c);
      } else {
        errors ??= [];
        for (const error of result.left) errors.push(error);
      }
    }
    return errors === undefined ? t.success(us) : t.failures(errors);
  };
  return new t.ArrayType(plain.name, plain.is, validate, plain.encode, codec);
}

/**
 * The fast check of an object codec. `closed: false` accepts only what io-ts accepts, for any
 * input (it reads every modelled key io-ts would find, hidden ones included). A closed check, meant for plain JSON data (what
 * `JSON.parse` returns, or an object the decoder's safety scan passed), reads only the keys the
 * object holds; it also fails for containers inside keys of undocumented type and for numbers
 * that overflowed to Infinity there, so a body that passes it cannot nest deeper than the schema
 * through modelled keys. `closed: true` also fails for keys the codec does not model (then no key
 * can be `__proto__`); given a list instead, a closed check lets an object holding such keys pass
 * when its modelled keys do, and lists what of them needs a safety look (see {@link Closed}).
 */
export type ObjectCheck = (u: unknown, closed: Closed) => boolean;

/**
 * How a fast check treats keys: `false` open (io-ts's answer), `true` closed with no unknown key
 * allowed, or a list: closed, and each value the check did not look inside is pushed onto it,
 * followed by its key (`''` for an array element), for the caller to judge: the value of a key a
 * codec does not model, unless it is a finite scalar under a name other than `__proto__` and
 * `constructor`, and a value found invalid that is not such a scalar, where the check did not
 * walk into it. With a list, objects and arrays are read to their end, and each value found
 * invalid where an object codec stands is pushed too, followed by `null` (see
 * {@link decodeKnowingInvalid}); an object the check walked and found invalid is pushed last,
 * after what was found inside it.
 */
export type Closed = boolean | unknown[];

/** While {@link decodeKnowingInvalid} runs: the values its closed check found invalid. */
let knownInvalid: ReadonlySet<unknown> | undefined;

/** `true` when an object codec's `validate` accepts `u` without its full io-ts fallback: `u` passes the fast `check`, or was not noted invalid. */
function passesAsIs(check: ObjectCheck, u: unknown): boolean {
  return knownInvalid === undefined ? check(u, false) : !knownInvalid.has(u);
}

/**
 * A codec under which a value can drift from what the codecs know: an object codec (keys it does
 * not model) or an open enumeration (values outside its list).
 */
export type Drifting = GuardedType<t.Props, unknown> | OpenEnumType<string>;

/** The codecs under which a value of `type` can drift, once `T | null` and arrays are unwrapped: often none. */
function driftingOf(type: t.Mixed, out: Drifting[]): Drifting[] {
  if (type instanceof t.UnionType) for (const member of type.types as t.Mixed[]) driftingOf(member, out);
  else if (type instanceof t.ArrayType) driftingOf(type.type as t.Mixed, out);
  else if (type instanceof GuardedType || type instanceof OpenEnumType) out.push(type);
  return out;
}

/**
 * The modelled keys of the object codec whose fast check is `check`, each with the codecs under
 * which its value can drift: what the drift report follows (a key with none is passed over).
 */
export function driftingKeys(check: ObjectCheck): ReadonlyMap<string, ReadonlyArray<Drifting>> {
  return (tables.get(check) as Table).drifting; // (every object codec's check has a table)
}

/**
 * An object codec whose `is` and `validate` run its fast `check` first and fall back to plain
 * io-ts only when the check fails, so the answers and the errors are io-ts's own while a valid
 * body costs one pass of plain property checks. Unknown keys are kept (no `t.exact`): decoding is
 * lossless. `props` lists the modelled keys, for introspection and drift reports; `requireOneOf`
 * the keys of which one must hold a value (none when empty).
 */
export class GuardedType<P extends t.Props, A> extends t.Type<A, A, unknown> {
  readonly _tag = 'GuardedType' as const;
  constructor(
    name: string,
    readonly props: P,
    /**
     * The fast check (see {@link ObjectCheck}), built from `props` and `requireOneOf`. It never
     * accepts what io-ts rejects; what it rejects, io-ts judges (an array with holes, say, which
     * io-ts's `is` accepts and its `validate` refuses).
     */
    readonly check: ObjectCheck,
    /** Plain io-ts, behind the check: it gives the answer and the errors of `validate` without trying the check first. */
    readonly full: t.Type<A, A, unknown>,
    readonly requireOneOf: ReadonlyArray<keyof P & string> = [],
  ) {
    super(
      name,
      (u): u is A => check(u, false) || full.is(u),
      (u, c) => (passesAsIs(check, u) ? t.success(u as A) : full.validate(u, c)),
      t.identity,
    );
  }
  /** This codec as a Standard Schema v1: pass it to any Standard Schema consumer. */
  get '~standard'(): StandardSchemaProps<A> {
    return standardSchema(this);
  }
}

/** Optional-and-nullable versions of props, as `t.partial` wants them. */
type Nullables<P extends t.Props> = { [K in keyof P]: t.UnionC<[P[K], t.NullC]> };

function nullables<P extends t.Props>(props: P): Nullables<P> {
  const out: Record<string, t.Mixed> = {};
  for (const key of Object.keys(props)) out[key] = nullable(props[key] as t.Mixed);
  return out as Nullables<P>;
}

/** io-ts codecs whose `validate` accepts exactly what their `is` does, and returns the value it was given. */
const IS_IS_VALIDATE: ReadonlyArray<abstract new (...args: never[]) => t.Mixed> = [
  t.StringType,
  t.NumberType,
  t.BooleanType,
  t.NullType,
  t.UnknownType,
  t.AnyDictionaryType,
  OpenEnumType,
];

/**
 * A test that answers `true` only where `codec.validate` would return `success(u)` with no
 * error: never a wrong `true`; a `false` just means "ask `validate`". It allocates nothing.
 */
function acceptsAsIs(codec: t.Mixed): (u: unknown) => boolean {
  if (codec instanceof GuardedType) return (u) => passesAsIs(codec.check, u);
  if (codec instanceof t.ArrayType) {
    const item = acceptsAsIs(codec.type as t.Mixed);
    return (u) => {
      if (!Array.isArray(u)) return false;
      for (let i = 0; i < u.length; i++) if (!item(u[i])) return false;
      return true;
    };
  }
  if (codec instanceof t.UnionType) {
    const members = (codec.types as t.Mixed[]).map(acceptsAsIs);
    return (u) => {
      for (const accepts of members) if (accepts(u)) return true;
      return false;
    };
  }
  if (leaves.has(codec) || IS_IS_VALIDATE.some((kind) => codec instanceof kind)) return (u) => codec.is(u);
  return () => false;
}

/**
 * `t.partial(nullables(props), name)` with io-ts's own answers and errors, less the work whose
 * result io-ts throws away: an absent key (its errors are dropped) and a value `null` or one the
 * key's codec accepts as it is ({@link acceptsAsIs}) are not validated, so nothing is allocated
 * for them. Every other key is validated as `t.partial` does, with the same context.
 */
function partialOf<P extends t.Props>(name: string, props: P): t.Type<ObjectOf<P>, ObjectOf<P>, unknown> {
  const plain = t.partial(nullables(props), name);
  const keys = Object.keys(plain.props);
  const types = keys.map((key) => plain.props[key] as t.Mixed);
  const accepts = keys.map((key) => acceptsAsIs(props[key] as t.Mixed));
  const validate: t.Validate<unknown, ObjectOf<P>> = (u, c) => {
    const record = t.UnknownRecord.validate(u, c);
    if (record._tag === 'Left') return record;
    const o = record.right;
    let errors: t.ValidationError[] | undefined;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      const value = o[key];
      if (value == null || (accepts[i] as (u: unknown) => boolean)(value)) continue;
      const type = types[i] as t.Mixed;
      const result = type.validate(value, t.appendContext(c, key, type, value));
      if (result._tag === 'Right') {
        // Every codec here gives back the value it was given; one that did not would make io-ts copy the object.
        if (result.right !== value) return plain.validate(u, c) as t.Validation<ObjectOf<P>>;
      } else {
        errors ??= [];
        for (const error of result.left) errors.push(error);
      }
    }
    return errors === undefined ? t.success(o as ObjectOf<P>) : t.failures(errors);
  };
  return new t.PartialType(name, plain.is, validate, plain.encode, plain.props) as unknown as t.Type<ObjectOf<P>, ObjectOf<P>, unknown>;
}

/** The decoded type of an object codec built by `object`: every key optional and nullable. */
export type ObjectOf<P extends t.Props> = { [K in keyof P]?: t.TypeOf<P[K]> | null };

/** Keys of which at least one must hold a value that is not `null`. */
export interface RequireOneOf<P extends t.Props> {
  /** The spellings; a value missing from all of them is reported at the first. */
  readonly keys: readonly [keyof P & string, ...(keyof P & string)[]];
  /** The type reported when all of them are missing (its name is the issue's `expected`). */
  readonly type: t.Mixed;
}

/**
 * An object codec in which every key is optional and nullable (the wire posture: TimeTap omits
 * empty keys, the docs show `null`), with its fast `check` in front (see {@link GuardedType}).
 * `required`, when given, asks for at least one of several keys.
 */
export function object<P extends t.Props>(name: string, props: P, required?: RequireOneOf<P>): GuardedType<P, ObjectOf<P>> {
  const check = objectCheck(props, required?.keys ?? []);
  const partial = partialOf(name, props);
  if (required === undefined) return new GuardedType(name, props, check, partial);
  const [reportedKey] = required.keys;
  const hasOne = (value: Record<string, unknown>): boolean => holdsOneOf(value, required.keys);
  const full = new t.Type<ObjectOf<P>, ObjectOf<P>, unknown>(
    name,
    (u): u is ObjectOf<P> => partial.is(u) && hasOne(u as Record<string, unknown>),
    (u, c) => {
      const result = partial.validate(u, c);
      if (result._tag === 'Left') return result;
      return hasOne(result.right as Record<string, unknown>)
        ? result
        : t.failure(undefined, c.concat({ key: reportedKey, type: required.type, actual: undefined }));
    },
    t.identity,
  );
  return new GuardedType(name, props, check, full, required.keys);
}

// ---------------------------------------------------------------------------------------------
// The fast checks. Each object codec gets a table of its modelled keys, each with a *judge* of
// its values; `null` and `undefined` always pass (every key is optional and nullable). A check
// walks the keys the object holds (`for…in`, which also meets inherited enumerable keys: only a
// polluted prototype has any, and they count as unknown keys, or are judged when modelled, as a
// property read would meet them) and looks each up; the keys it does not hold are not read. An
// open check then also reads, as io-ts does, the modelled keys of an object that could hide some
// from that walk. (A key that `Object.prototype` itself holds, not enumerable, is seen by no
// walk: only a polluted prototype has one, and then every object reads it anyway.)

/**
 * How a check judges one value that is neither `undefined` nor `null` (a key's value, or an array
 * element): `true` when valid. Closed, a judge also refuses containers and infinities where the
 * schema does not say what is inside; given a list, it notes what it finds (see {@link Closed}).
 */
type Judge = (v: unknown, closed: Closed) => boolean;

/** A plain (non-array) object, as `t.UnknownRecord` sees it. */
export function isRecord(u: unknown): u is Record<string, unknown> {
  return typeof u === 'object' && u !== null && !Array.isArray(u);
}

/** The judges of strings (`t.string` and every open enumeration) and of booleans: the check tests them inline. */
const isString = t.string.is;
const isBoolean = t.boolean.is;

/** What a judge walks into: objects (1: an object codec), arrays (2: an array codec), or both (3: a union of them). */
const WALKS = new WeakMap<Judge, number>();

/** `judge`, noted as walking into the values it is given whose kind `walks` tells. */
function walking(judge: Judge, walks: number): Judge {
  WALKS.set(judge, walks);
  return judge;
}

/** `true` when `judge` walked into `v` (and noted what it found inside), so a failure there needs no look at all of `v`. */
function walkedInto(judge: Judge, v: unknown): boolean {
  return ((WALKS.get(judge) ?? 0) & (Array.isArray(v) ? 2 : isRecord(v) ? 1 : 0)) !== 0;
}

/** The judge of the values of one codec, built once: a leaf's own `is`, or a function over the judges of its parts. */
function judgeOf(codec: t.Mixed): Judge {
  if (codec instanceof GuardedType) {
    const table = tables.get(codec.check) as Table; // (every object codec's check has one)
    return walking((v, closed) => checkTable(v, closed, table) || noted(v, closed), 1);
  }
  if (codec === t.unknown) return isUnknown;
  if (codec === t.UnknownRecord) return isOpenRecord;
  if (codec === t.UnknownArray) return walking((v, closed) => isArrayOf(v, isUnknown, closed), 2);
  if (codec instanceof t.ArrayType) {
    const item = judgeOf(codec.type as t.Mixed);
    return walking((v, closed) => isArrayOf(v, item, closed), 2);
  }
  if (codec instanceof t.UnionType) {
    const members = (codec.types as t.Mixed[]).map(judgeOf);
    const union: Judge = (v, closed) => {
      for (const member of members) if (member(v, closed)) return true;
      return false;
    };
    return walking(union, members.reduce((walks, member) => walks | (WALKS.get(member) ?? 0), 0));
  }
  // A leaf: strings, booleans, `null`, numbers, ids, HHmm times, timestamps, open enumerations.
  return codec.is;
}

/** In a list, `v` found invalid by `judge`, under `key`: listed for a safety look when `judge` did not look inside it. */
function refused(closed: unknown[], judge: Judge, v: unknown, key: string): void {
  if (!isScalar(v) && !walkedInto(judge, v)) closed.push(v, key);
}

/** `false`, with `u` noted invalid when `closed` is a list (see {@link decodeKnowingInvalid}). */
function noted(u: unknown, closed: Closed): false {
  if (typeof closed === 'object') closed.push(u, null);
  return false;
}

/** The modelled keys of an object codec and their judges, for its fast check. */
interface Table {
  readonly keys: ReadonlyArray<string>;
  readonly judges: ReadonlyArray<Judge>;
  readonly byKey: ReadonlyMap<string, Judge>;
  /** Each key with the codecs under which its value can drift (see {@link driftingKeys}). */
  readonly drifting: ReadonlyMap<string, ReadonlyArray<Drifting>>;
  /** Keys of which one must hold a value (none when empty). */
  readonly oneOf: ReadonlyArray<string>;
  /**
   * The keys of the last object checked, in order, with their judges: objects of one codec in
   * one body mostly hold the same keys in the same order, so a key is found by comparing it with
   * the one that stood there last time, before any lookup.
   */
  readonly lastKeys: string[];
  readonly lastJudges: Judge[];
}

/** The table behind each object codec's fast check. */
const tables = new WeakMap<ObjectCheck, Table>();

/** The fast check of an object codec with these props (see {@link ObjectCheck}); `oneOf`: keys of which one must hold a value. */
function objectCheck(props: t.Props, oneOf: ReadonlyArray<string>): ObjectCheck {
  const keys = Object.keys(props);
  const judges = keys.map((key) => judgeOf(props[key] as t.Mixed));
  const byKey = new Map(keys.map((key, i) => [key, judges[i] as Judge]));
  const drifting = new Map(keys.map((key) => [key, driftingOf(props[key] as t.Mixed, [])]));
  const table: Table = { keys, judges, byKey, drifting, oneOf, lastKeys: [], lastJudges: [] };
  const check: ObjectCheck = (u, closed) => checkTable(u, closed, table);
  tables.set(check, table);
  return check;
}

/** `true` when one of `keys` holds a value (not `null`, not `undefined`). */
function holdsOneOf(u: Record<string, unknown>, keys: ReadonlyArray<string>): boolean {
  for (const key of keys) if (u[key] != null) return true;
  return false;
}

/** `judge(v, closed)`, with the commonest leaves (strings, booleans, ids, numbers, timestamps) tested inline. */
function passesJudge(judge: Judge, v: unknown, closed: Closed): boolean {
  if (judge === isString) return typeof v === 'string';
  if (judge === isBoolean) return typeof v === 'boolean';
  if (judge === SafeId.is) return Number.isSafeInteger(v);
  if (judge === isJsonNumber) return isJsonNumber(v);
  if (judge === isTimestamp) return isTimestamp(v);
  return judge(v, closed);
}

/**
 * `true` when `u` shows every key a property read could find on it to `for…in`: a plain or
 * null-prototype object without non-enumerable keys (the modelled keys are no names of
 * `Object.prototype`). Then the keys `for…in` met are all the modelled keys it holds.
 */
function showsAllKeys(u: object): boolean {
  const proto: unknown = Object.getPrototypeOf(u);
  return (proto === Object.prototype || proto === null) && Object.keys(u).length === Object.getOwnPropertyNames(u).length;
}

/**
 * The check of `u` against `table` (see {@link ObjectCheck}). It walks the keys `u` holds
 * (`for…in`) and judges the modelled ones. Open, when `u` may hide keys from that walk
 * (non-enumerable, or on a prototype of another kind), it then reads every modelled key as
 * io-ts does, so any input gets io-ts's answer.
 */
function checkTable(u: unknown, closed: Closed, table: Table): boolean {
  if (!isRecord(u)) return false;
  if (table.oneOf.length > 0 && !holdsOneOf(u, table.oneOf)) {
    if (typeof closed === 'object') closed.push(u, ''); // refused without a look inside: list it for one
    return false;
  }
  const { byKey, lastKeys, lastJudges } = table;
  let valid = true;
  let place = 0;
  for (const key in u) {
    let judge: Judge | undefined;
    if (lastKeys[place] === key) judge = lastJudges[place];
    else {
      judge = byKey.get(key);
      if (judge !== undefined) {
        lastKeys[place] = key;
        lastJudges[place] = judge;
      }
    }
    place++;
    if (judge === undefined) {
      if (closed === true) return false;
      if (typeof closed === 'object') {
        const v = u[key];
        if (key === '__proto__' || key === 'constructor' || !isScalar(v)) closed.push(v, key);
      }
      continue;
    }
    const v = u[key];
    if (v != null && !passesJudge(judge, v, closed)) {
      if (typeof closed !== 'object') return false;
      valid = false; // a list: read on, so that every invalid value below is noted
      refused(closed, judge, v, key);
    }
  }
  if (closed === false) {
    if (showsAllKeys(u)) return true;
    const { keys, judges } = table;
    for (let i = 0; i < keys.length; i++) {
      const v = u[keys[i] as string];
      if (v != null && !passesJudge(judges[i] as Judge, v, false)) return false;
    }
    return true;
  }
  if (!valid) (closed as unknown[]).push(u, null); // (only a list reads on after an invalid value)
  return valid;
}

/**
 * `codec.full.decode(u)` for a parsed body whose closed check, given `list`, failed after reading
 * the root's keys (the root is noted invalid in `list`): io-ts's answer and errors, but each object
 * codec inside answers at once from the notes rather than running its check again (a value not
 * noted passed it, so io-ts accepts it). Otherwise plain `codec.decode(u)`.
 */
export function decodeKnowingInvalid<P extends t.Props, A>(codec: GuardedType<P, A>, u: unknown, list: ReadonlyArray<unknown>): t.Validation<A> {
  if (list.length === 0) return codec.decode(u); // nothing noted: nothing to tell
  const invalid = new Set<unknown>();
  for (let i = 0; i < list.length; i += 2) if (list[i + 1] === null) invalid.add(list[i]);
  if (!invalid.has(u)) return codec.decode(u);
  knownInvalid = invalid;
  try {
    return codec.full.decode(u);
  } finally {
    knownInvalid = undefined;
  }
}

/**
 * A scalar: what a closed check accepts where the schema does not say what is inside. Not an
 * infinity (what `JSON.parse` makes of a literal too large for a double, `1e400`): a body holding
 * one fails the closed check, and the decoder's safety scan reports it with its path.
 */
function isScalar(u: unknown): boolean {
  return typeof u === 'number' ? u - u === 0 : typeof u !== 'object' || u === null;
}

/** A value of undocumented type (`t.unknown`), not `undefined`: anything, but only a scalar when `closed`. */
function isUnknown(u: unknown, closed: Closed): boolean {
  return !closed || isScalar(u);
}
/**
 * An open record (`t.UnknownRecord`), an object of every kind; when `closed`, holding only
 * scalars and no `__proto__` key (its keys are data, so the closed check must leave that key to
 * the decoder's safety scan).
 */
function isOpenRecord(u: unknown, closed: Closed): boolean {
  if (!isRecord(u)) return false;
  if (closed) for (const key in u) if (key === '__proto__' || !isScalar(u[key])) return false;
  return true;
}
/** An array whose every element passes `judge` (read to its end when `closed` is a list). */
function isArrayOf(u: unknown, judge: Judge, closed: Closed): boolean {
  if (!Array.isArray(u)) return false;
  let valid = true;
  for (let i = 0; i < u.length; i++) {
    if (!judge(u[i], closed)) {
      if (typeof closed !== 'object') return false;
      valid = false;
      refused(closed, judge, u[i], '');
    }
  }
  return valid;
}
