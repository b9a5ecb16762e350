import { left, right, type Either } from 'fp-ts/lib/Either.js';
import { Appointment } from '../codecs/Appointment';
import { decodeKnowingInvalid } from '../codecs/codec';
import type { DecodeWarning } from './DecodeWarning';
import type { DecodeIssue, InvalidOptions, InvalidPayload, WebhookDecodeError } from './WebhookDecodeError';
import { driftWalk } from './driftWalk';
import { findDuplicateKeys } from './findDuplicateKeys';
import { lineAndColumn, locateJsonError } from './locateJsonError';
import { readBody } from './readBody';
import { reportIssues } from './reportIssues';
import { scanTree } from './scanTree';
import { listedValuesAreSafe } from './listedValuesAreSafe';

/** Options of {@link parseAppointmentWebhook}. Every one is optional. */
export interface ParseAppointmentWebhookOptions {
  /**
   * Largest body accepted, in UTF-8 bytes (text and bytes only): a non-negative integer or
   * `Infinity`. Default 1 MiB (1,048,576), as Fastify. Any other value is `InvalidOptions`.
   */
  readonly maxBytes?: number;
  /**
   * Deepest nesting accepted (the root object is level 1): a non-negative integer or `Infinity`.
   * Default 64; TimeTap bodies nest about 5. Any other value is `InvalidOptions`.
   */
  readonly maxDepth?: number;
  /**
   * Called for each drift warning of a body that decodes: unknown keys, unknown enumeration
   * values, and (with `detectDuplicateKeys`) duplicate keys. It never changes the result; if it
   * throws, the exception is ignored.
   */
  readonly onWarning?: (warning: DecodeWarning) => void;
  /** `'keep'` (default) keeps unknown keys (and reports them to `onWarning`); `'reject'` makes them an `InvalidPayload`. */
  readonly unknownFields?: 'keep' | 'reject';
  /** Also report keys repeated within one object (a second pass over the text). Default `false`. */
  readonly detectDuplicateKeys?: boolean;
}

/**
 * Default of `maxBytes`: 1 MiB (1,048,576 bytes), as Fastify's body limit.
 *
 * @example
 * ```ts
 * import { DEFAULT_MAX_BYTES, parseAppointmentWebhook } from 'timetap-webhooks';
 * parseAppointmentWebhook('{"calendarid":1}', { maxBytes: DEFAULT_MAX_BYTES / 4 });
 * ```
 */
export const DEFAULT_MAX_BYTES = 1024 * 1024;
/**
 * Default of `maxDepth`: 64 levels (TimeTap bodies nest 5).
 *
 * @example
 * ```ts
 * import { DEFAULT_MAX_DEPTH, parseAppointmentWebhook } from 'timetap-webhooks';
 * parseAppointmentWebhook('{"calendarid":1}', { maxDepth: DEFAULT_MAX_DEPTH });
 * ```
 */
export const DEFAULT_MAX_DEPTH = 64;

/** How deep a body with only modelled keys can nest: what `schemaDepth(Appointment)` computes (`__tests__/support/schemaDepth.ts`), pinned by the codecs test. */
export const APPOINTMENT_DEPTH = 5;

function invalidPayload(issues: ReadonlyArray<DecodeIssue>): InvalidPayload {
  const shown = issues
    .slice(0, 5)
    .map((i) => `${i.path === '' ? '(root)' : i.path}: expected ${i.expected}, received ${i.received}`)
    .join('; ');
  const more = issues.length > 5 ? `; and ${issues.length - 5} more` : '';
  return {
    _tag: 'InvalidPayload',
    message: `The body is not a TimeTap appointment (${issues.length} ${issues.length === 1 ? 'problem' : 'problems'}): ${shown}${more}.`,
    issues,
  };
}

/** What kind of value an option received, without the value. */
function kindOf(value: unknown): string {
  if (value === null || Array.isArray(value)) return value === null ? 'null' : 'array';
  if (typeof value !== 'number') return typeof value;
  return value !== value ? 'NaN' : value < 0 ? 'negative number' : Number.isInteger(value) ? 'number' : 'fraction';
}

function invalidOption(option: string, expected: string, value: unknown): InvalidOptions {
  const received = kindOf(value);
  return { _tag: 'InvalidOptions', message: `The option ${option} must be ${expected} (received: ${received}).`, option, expected, received };
}

const LIMIT = 'a non-negative integer or Infinity';
const isLimit = (value: unknown): boolean => value === Infinity || (Number.isSafeInteger(value) && (value as number) >= 0);

/** Each option: its name, what it must be, and the test (`undefined` always means the default). */
const OPTION_RULES: ReadonlyArray<readonly [keyof ParseAppointmentWebhookOptions, string, (value: unknown) => boolean]> = [
  ['maxBytes', LIMIT, isLimit],
  ['maxDepth', LIMIT, isLimit],
  ['onWarning', 'a function', (value) => typeof value === 'function'],
  ['unknownFields', "'keep' or 'reject'", (value) => value === 'keep' || value === 'reject'],
  ['detectDuplicateKeys', 'a boolean', (value) => typeof value === 'boolean'],
];

/** What `options` stands for when none are given: one object for every call, none allocated. */
const NO_OPTIONS: ParseAppointmentWebhookOptions = {};

/** The first invalid option, or `undefined` when all are valid (or none is given). */
function invalidOptionOf(options: unknown): InvalidOptions | undefined {
  if (options == null) return undefined;
  if (typeof options !== 'object' || Array.isArray(options)) return invalidOption('options', 'an object', options);
  for (const [name, expected, valid] of OPTION_RULES) {
    const value = (options as Record<string, unknown>)[name];
    if (value !== undefined && !valid(value)) return invalidOption(name, expected, value);
  }
  return undefined;
}

function decode(body: unknown, options: ParseAppointmentWebhookOptions): Either<WebhookDecodeError, Appointment> {
  const read = readBody(body, options.maxBytes ?? DEFAULT_MAX_BYTES);
  if (read._tag === 'Error') return left(read.error);

  let value: unknown;
  if (read._tag === 'Text') {
    try {
      value = JSON.parse(read.text);
    } catch {
      const offset = Math.max(0, locateJsonError(read.text));
      const { line, column } = lineAndColumn(read.text, offset);
      return left({
        _tag: 'InvalidJson',
        message: `The body is not valid JSON: unexpected ${offset >= read.text.length ? 'end of input' : 'character'} at line ${line}, column ${column}.`,
        line,
        column,
        offset,
      });
    }
  } else {
    value = read.value;
  }

  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  // Fast path for text: JSON.parse made plain JSON, and a closed check walks it, judging every
  // modelled key (none is `__proto__`/`constructor`; nothing valid nests deeper than the schema
  // through them; no number valid there overflowed to Infinity). It lists what it did not look
  // inside: the values of keys the codecs do not model and the invalid values it did not walk
  // into, which alone then get the safety scan. Anything else (a problem the scan must name,
  // a root the check refused at once, object inputs) gets the full scan, before validation.
  const listed: unknown[] = [];
  const text = read._tag === 'Text' && maxDepth >= APPOINTMENT_DEPTH;
  const valid = text && Appointment.check(value, listed);
  // An invalid root the check walked is noted last, after what it found inside.
  const walked = valid || (text && listed[listed.length - 1] === null && listed[listed.length - 2] === value);
  if (!walked || !listedValuesAreSafe(listed, maxDepth - APPOINTMENT_DEPTH)) {
    if (typeof value === 'object' && value !== null) {
      const problem = scanTree(value, maxDepth, read._tag === 'Text');
      if (problem !== undefined) return left(problem);
    }
  }
  // An object input the scan passed holds plain JSON data only, as `JSON.parse` makes it: the
  // closed check can judge it too. Otherwise io-ts, told what the closed check found invalid,
  // walks only there.
  if (!valid && (read._tag === 'Text' || !Appointment.check(value, listed))) {
    const validation = decodeKnowingInvalid(Appointment, value, listed);
    if (validation._tag === 'Left') return left(invalidPayload(reportIssues(validation.left)));
  }
  const appointment = value as Appointment;

  const { onWarning } = options;
  const reject = options.unknownFields === 'reject';
  if (onWarning !== undefined || reject) {
    const warnings: DecodeWarning[] = [];
    driftWalk(Appointment, appointment, (w) => warnings.push(w));
    if (reject) {
      const unknown = warnings.filter((w) => w._tag === 'UnknownField');
      if (unknown.length > 0) {
        return left(
          invalidPayload(unknown.map((w) => ({ path: w.path, expected: 'no such key (unknownFields: reject)', received: 'key' }))),
        );
      }
    }
    if (options.detectDuplicateKeys === true && read._tag === 'Text') {
      for (const path of findDuplicateKeys(read.text)) {
        warnings.push({ _tag: 'DuplicateKey', message: `The key ${path} appears more than once; the last value was kept.`, path });
      }
    }
    if (onWarning !== undefined) {
      for (const warning of warnings) {
        try {
          onWarning(warning);
        } catch {
          // A throwing callback must not change the result of decoding.
        }
      }
    }
  }
  return right(appointment);
}

/**
 * Decodes a TimeTap webhook body into a typed {@link Appointment}, or says precisely why not.
 *
 * `body` may be what any framework hands you: a `string`, a Node `Buffer`, a `Uint8Array`, an
 * `ArrayBuffer`, or an already-parsed plain object (`express.json()`, Fastify). It never throws,
 * whatever it is given: failure is a `Left` holding a {@link WebhookDecodeError}. Invalid options
 * are such a `Left` too (`InvalidOptions`), checked before the body.
 *
 * Decoding is lossless (keys the codecs do not model stay on the value) and never mutates the
 * input. Checks, in order: size (`maxBytes`) and UTF-8 for text and bytes; JSON syntax (with line
 * and column); nesting depth and prototype-polluting keys (and, for objects, values JSON cannot
 * carry); then the appointment codec (ids are safe integers, HHmm times are 0–2400).
 *
 * @example
 * ```ts
 * import { parseAppointmentWebhook, appointmentId } from 'timetap-webhooks';
 *
 * const result = parseAppointmentWebhook('{"calendarid":10390617,"status":"OPEN","startTime":800}');
 * if (result._tag === 'Right') {
 *   console.log(appointmentId(result.right), result.right.status); // 10390617 'OPEN'
 * } else {
 *   console.log(result.left._tag, result.left.message);
 * }
 * ```
 */
export function parseAppointmentWebhook(
  body: unknown,
  options?: ParseAppointmentWebhookOptions,
): Either<WebhookDecodeError, Appointment> {
  try {
    const problem = invalidOptionOf(options);
    return problem !== undefined ? left(problem) : decode(body, options ?? NO_OPTIONS);
  } catch {
    // Nothing of the thrown value is read: it may be hostile (a Proxy, a throwing getter).
    return left({ _tag: 'InternalError', message: 'Decoding failed unexpectedly; the body was not accepted.' });
  }
}
