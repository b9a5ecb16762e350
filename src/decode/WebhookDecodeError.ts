/**
 * Why a body is not a TimeTap appointment. A union discriminated by `_tag`; every member carries
 * a human `message`. No member ever contains a value from the body (bodies hold names, emails and
 * phone numbers, and errors end up in logs): paths, type names, sizes and positions only.
 *
 * | `_tag` | when | extra fields |
 * | --- | --- | --- |
 * | `EmptyBody` | `undefined`, `null`, `''`, whitespace only, zero bytes | |
 * | `UnsupportedInput` | a number, boolean, function, symbol, bigint, or an object that is not plain | `received` |
 * | `PayloadTooLarge` | more than `maxBytes` | `limit`, `size` |
 * | `InvalidEncoding` | bytes that are not UTF-8 | `offset` |
 * | `InvalidJson` | text that is not JSON | `line`, `column`, `offset` |
 * | `TooDeep` | nesting deeper than `maxDepth` | `limit`, `path` |
 * | `ForbiddenKey` | a `__proto__` key, or `constructor` holding `prototype` | `path`, `key` |
 * | `NonJsonValue` | a number too large for a double (`1e400` in text, `Infinity` in an object), anywhere; in an object input also `NaN`, a bigint, function, symbol, class instance, `Date`, cycle or accessor | `path`, `found` |
 * | `InvalidPayload` | JSON that is not an appointment | `issues` |
 * | `InvalidOptions` | an option that is not valid (`maxBytes: -1`, `maxDepth: '10'`, `unknownFields: 'rejct'`, …), whatever the body | `option`, `expected`, `received` |
 * | `InternalError` | a bug or a hostile object (a throwing Proxy); never a throw | |
 *
 * @example
 * ```ts
 * import { parseAppointmentWebhook, type WebhookDecodeError } from 'timetap-webhooks';
 * const result = parseAppointmentWebhook('{"calendarid":"x"}');
 * if (result._tag === 'Left') {
 *   const error: WebhookDecodeError = result.left;
 *   if (error._tag === 'InvalidPayload') console.log(error.issues[0]?.path); // 'calendarid'
 * }
 * ```
 */
export type WebhookDecodeError =
  | EmptyBody
  | UnsupportedInput
  | PayloadTooLarge
  | InvalidEncoding
  | InvalidJson
  | TooDeep
  | ForbiddenKey
  | NonJsonValue
  | InvalidPayload
  | InvalidOptions
  | InternalError;

/** The body is `undefined`, `null`, `''`, whitespace only, or zero bytes. */
export interface EmptyBody {
  readonly _tag: 'EmptyBody';
  readonly message: string;
}

/** The body is neither text, bytes nor a plain object: `received` names what it was (`'number'`, `'Map'`, …). */
export interface UnsupportedInput {
  readonly _tag: 'UnsupportedInput';
  readonly message: string;
  readonly received: string;
}

/** The body is larger than `limit` bytes (`size`, in UTF-8 bytes, is how large it was). */
export interface PayloadTooLarge {
  readonly _tag: 'PayloadTooLarge';
  readonly message: string;
  readonly limit: number;
  readonly size: number;
}

/** The bytes are not valid UTF-8; `offset` is the index of the first bad byte. */
export interface InvalidEncoding {
  readonly _tag: 'InvalidEncoding';
  readonly message: string;
  readonly offset: number;
}

/** The text is not JSON; `line` and `column` (1-based) point at the fault, `offset` is 0-based. */
export interface InvalidJson {
  readonly _tag: 'InvalidJson';
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

/** Nesting deeper than `limit` levels; `path` is where the limit was crossed. */
export interface TooDeep {
  readonly _tag: 'TooDeep';
  readonly message: string;
  readonly limit: number;
  readonly path: string;
}

/** A key that could pollute prototypes in a careless consumer: `__proto__`, or `constructor` holding `prototype`. */
export interface ForbiddenKey {
  readonly _tag: 'ForbiddenKey';
  readonly message: string;
  readonly path: string;
  readonly key: string;
}

/**
 * A value JSON cannot carry; `found` says what. `'Infinity'`: a number too large for a double, in
 * any form of the body (`1e400` in the text, which `JSON.parse` reads as `Infinity`). In an object
 * input also `'NaN'`, `'Date'`, `'cycle'`, `'accessor'`, ….
 */
export interface NonJsonValue {
  readonly _tag: 'NonJsonValue';
  readonly message: string;
  readonly path: string;
  readonly found: string;
}

/**
 * One reason the JSON is not an appointment: at `path` (dotted with indices, `''` for the root)
 * the codec `expected` a type and `received` a JSON type (`'string'`, `'null'`, `'undefined'` for
 * a missing key, `'unsafe integer'`, …), never the value itself.
 */
export interface DecodeIssue {
  readonly path: string;
  readonly expected: string;
  readonly received: string;
}

/** The JSON is not an appointment: one issue per path. */
export interface InvalidPayload {
  readonly _tag: 'InvalidPayload';
  readonly message: string;
  readonly issues: ReadonlyArray<DecodeIssue>;
}

/**
 * An option of `parseAppointmentWebhook` is not valid: a bug in the calling code, reported instead
 * of being replaced by the default. `option` names it (`'maxBytes'`, `'maxDepth'`,
 * `'unknownFields'`, `'detectDuplicateKeys'`, `'onWarning'`, or `'options'` for the argument
 * itself), `expected` says what it must be, `received` what kind of value came (`'string'`,
 * `'negative number'`, `'NaN'`, `'fraction'`, …), never the value. Options are checked before the
 * body, so the answer does not depend on the body.
 */
export interface InvalidOptions {
  readonly _tag: 'InvalidOptions';
  readonly message: string;
  readonly option: string;
  readonly expected: string;
  readonly received: string;
}

/** Something threw inside the decoder (a hostile Proxy, say); reported instead of thrown. */
export interface InternalError {
  readonly _tag: 'InternalError';
  readonly message: string;
}
