import * as t from 'io-ts';
import { standardSchema, type StandardSchemaProps } from './standardSchema';

/**
 * Shared building blocks of the codecs: leaf codecs (ids, HHmm times, timestamps, open enums),
 * `object`, which puts a hand-written guard in front of an idiomatic io-ts codec, and the scoring
 * functions those guards are written with.
 *
 * Every leaf comes as a pair: an io-ts codec (used on the failure path, for error reporting) and a
 * score function for an *optional and nullable* value (used on the hot path). The two must agree;
 * the `codecs` test checks every modelled property of every codec against its guard.
 */

const MAX = Number.MAX_SAFE_INTEGER;

/** `t.string`, under a short local name (the codecs reference it some 200 times). */
export const Str = t.string;
/** `t.boolean`, under a short local name. */
export const Bool = t.boolean;

/** A JSON number that survived `JSON.parse` exactly: finite and within ±(2^53 − 1). */
export const JsonNumber = new t.Type<number, number, unknown>(
  'number',
  (u): u is number => typeof u === 'number' && u <= MAX && u >= -MAX,
  (u, c) => (typeof u === 'number' && u <= MAX && u >= -MAX ? t.success(u) : t.failure(u, c)),
  t.identity,
);

/** An id: an integer TimeTap and `JSON.parse` agree on (a safe integer). */
export const SafeId = new t.Type<number, number, unknown>(
  'safe integer',
  (u): u is number => Number.isSafeInteger(u),
  (u, c) => (Number.isSafeInteger(u) ? t.success(u as number) : t.failure(u, c)),
  t.identity,
);

/** `true` for an HHmm wall-clock integer: 0–2400, minutes below 60 (`800` is 08:00). */
export function isHhmm(u: unknown): u is number {
  return typeof u === 'number' && u >= 0 && u <= 2400 && u % 1 === 0 && u % 100 < 60;
}

/** An HHmm wall-clock time as TimeTap sends it: an unpadded integer, `800` = 08:00, `2400` = end of day. */
export const Hhmm = new t.Type<number, number, unknown>(
  'HHmm time (integer 0-2400, minutes < 60)',
  isHhmm,
  (u, c) => (isHhmm(u) ? t.success(u) : t.failure(u, c)),
  t.identity,
);

/** A timestamp as sent: a string (ISO or zone-less) or epoch milliseconds. Never converted here. */
export const Timestamp = new t.Type<string | number, string | number, unknown>(
  'timestamp (string | number)',
  (u): u is string | number => typeof u === 'string' || JsonNumber.is(u),
  (u, c) => (typeof u === 'string' || JsonNumber.is(u) ? t.success(u) : t.failure(u, c)),
  t.identity,
);

/**
 * An open enumeration: the known values type-check and autocomplete, any other string still
 * decodes (TimeTap adds values without notice). `known` feeds the `UnknownEnumValue` warning.
 */
export class OpenEnumType<K extends string> extends t.Type<K | (string & {}), string, unknown> {
  readonly _tag = 'OpenEnumType' as const;
  readonly known: ReadonlySet<string>;
  constructor(name: string, known: ReadonlyArray<K>) {
    super(
      name,
      (u): u is K | (string & {}) => typeof u === 'string',
      (u, c) => (typeof u === 'string' ? t.success(u) : t.failure(u, c)),
      t.identity,
    );
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
 * An object codec whose `validate` runs a hand-written guard first and falls back to the full
 * io-ts validation only when the guard fails, so the errors are io-ts's own while a valid body
 * costs one pass of plain property checks. Unknown keys are kept (no `t.exact`): decoding is
 * lossless. `props` lists the modelled keys, for introspection and drift reports.
 */
export class GuardedType<P extends t.Props, A> extends t.Type<A, A, unknown> {
  readonly _tag = 'GuardedType' as const;
  constructor(
    name: string,
    readonly props: P,
    /**
     * The hand-written guard. With `closed`, it also fails for keys the codec does not model and
     * for containers inside keys of undocumented type (see `known`).
     */
    readonly check: (u: unknown, closed: boolean) => boolean,
    full: t.Decoder<unknown, A>,
  ) {
    super(
      name,
      (u): u is A => check(u, false),
      (u, c) => (check(u, false) ? t.success(u as A) : full.validate(u, c)),
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

/** The decoded type of an object codec built by `object`: every key optional and nullable. */
export type ObjectOf<P extends t.Props> = { [K in keyof P]?: t.TypeOf<P[K]> | null };

/**
 * An object codec in which every key is optional and nullable (the wire posture: TimeTap omits
 * empty keys, the docs show `null`), with `guard` in front (see {@link GuardedType}).
 * `refine`, when given, runs after the props validated (used for "at least one id").
 */
export function object<P extends t.Props>(
  name: string,
  props: P,
  guard: (u: unknown, closed: boolean) => boolean,
  refine?: (value: ObjectOf<P>, c: t.Context) => t.Validation<ObjectOf<P>>,
): GuardedType<P, ObjectOf<P>> {
  const partial = t.partial(nullables(props), name);
  const full: t.Decoder<unknown, ObjectOf<P>> =
    refine === undefined
      ? (partial as t.Decoder<unknown, ObjectOf<P>>)
      : {
          name,
          validate: (u, c) => {
            const r = partial.validate(u, c);
            return r._tag === 'Left' ? r : refine(r.right as ObjectOf<P>, c);
          },
          decode: (u) => full.validate(u, [{ key: '', type: partial, actual: u }]),
        };
  return new GuardedType<P, ObjectOf<P>>(name, props, guard, full);
}

/** An array of `codec`, named for errors. */
export function arrayOf<C extends t.Mixed>(codec: C): t.ArrayC<C> {
  return t.array(codec, `Array<${codec.name}>`);
}

// ---------------------------------------------------------------------------------------------
// Guards. Each object codec has a hand-written `check(u, closed)` that adds up one *score* per
// modelled key: 0 when the key is absent, 1 when it is present and valid (`null` included), NaN
// when it is invalid (NaN then poisons the sum). The object is valid when the sum is a number;
// with `closed`, it must also equal the object's own key count, which proves the object has no
// key the codec does not model. The decoder uses closed checks on freshly parsed JSON: a body
// with only modelled keys cannot hold `__proto__` nor nest deeper than the schema, so the full
// safety scan can be skipped. Scores are plain arithmetic on literal property reads: cheap.

/** A plain (non-array) object. */
export function isRecord(u: unknown): u is Record<string, unknown> {
  return typeof u === 'object' && u !== null && !Array.isArray(u);
}


/** `true` when a score sum is valid and, for `closed`, counts every own key of `u`. */
export function known(u: Record<string, unknown>, closed: boolean, score: number): boolean {
  return settle(closed ? keyCount(u) : 0, closed, score);
}

/** `true` when `score` is a number (no key was invalid) and, for `closed`, equals `keys`. */
export function settle(keys: number, closed: boolean, score: number): boolean {
  if (score !== score) return false; // NaN: some key was invalid
  return !closed || score === keys;
}

/**
 * The number of enumerable keys, own and inherited (`for…in`). Inherited ones exist only if
 * someone polluted a prototype; they can only make the count too high, which makes a closed check
 * fail and the decoder take its slow, fully checked path: never a wrong acceptance.
 */
export function keyCount(u: Record<string, unknown>): number {
  let keys = 0;
  for (const _ in u) keys++;
  return keys;
}

export function str(u: unknown): number {
  return u === undefined ? 0 : u === null || typeof u === 'string' ? 1 : NaN;
}
export function bool(u: unknown): number {
  return u === undefined ? 0 : u === null || typeof u === 'boolean' ? 1 : NaN;
}
export function num(u: unknown): number {
  return u === undefined ? 0 : u === null || (typeof u === 'number' && u <= MAX && u >= -MAX) ? 1 : NaN;
}
export function id(u: unknown): number {
  return u === undefined ? 0 : u === null || Number.isSafeInteger(u) ? 1 : NaN;
}
export function hhmm(u: unknown): number {
  return u === undefined ? 0 : u === null || isHhmm(u) ? 1 : NaN;
}
export function ts(u: unknown): number {
  return u === undefined ? 0 : u === null || typeof u === 'string' || (typeof u === 'number' && u <= MAX && u >= -MAX) ? 1 : NaN;
}
/** A value of undocumented type (`t.unknown`): anything, but only a scalar when `closed`. */
export function json(u: unknown, closed: boolean): number {
  return u === undefined ? 0 : closed && typeof u === 'object' && u !== null ? NaN : 1;
}
/**
 * An open record (`t.UnknownRecord`), an object of every kind; when `closed`, holding only scalars and no
 * `__proto__` key (its keys are data, so the closed fast path must leave that key to `scanTree`).
 */
export function record(u: unknown, closed: boolean): number {
  if (u === undefined) return 0;
  if (u === null) return 1;
  if (!isRecord(u)) return NaN;
  if (closed) for (const key in u) if (key === '__proto__' || (typeof u[key] === 'object' && u[key] !== null)) return NaN;
  return 1;
}
/** An open array (`t.UnknownArray`), of every kind, holding only scalars when `closed`. */
export function list(u: unknown, closed: boolean): number {
  if (u === undefined) return 0;
  if (u === null) return 1;
  if (!Array.isArray(u)) return NaN;
  if (closed) for (let i = 0; i < u.length; i++) if (typeof u[i] === 'object' && u[i] !== null) return NaN;
  return 1;
}
export function obj(u: unknown, check: (u: unknown, closed: boolean) => boolean, closed: boolean): number {
  return u === undefined ? 0 : u === null || check(u, closed) ? 1 : NaN;
}
/** An array whose every element passes `check`. */
export function arr(u: unknown, check: (u: unknown, closed: boolean) => boolean, closed: boolean): number {
  if (u === undefined) return 0;
  if (u === null) return 1;
  if (!Array.isArray(u)) return NaN;
  for (let i = 0; i < u.length; i++) if (!check(u[i], closed)) return NaN;
  return 1;
}
/** An array element that is a safe integer. */
export function isId(u: unknown): boolean {
  return Number.isSafeInteger(u);
}
/** An array element that is a string or null. */
export function isNullableString(u: unknown): boolean {
  return u === null || typeof u === 'string';
}
