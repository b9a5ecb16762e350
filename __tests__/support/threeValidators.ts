import Ajv2020, { type ErrorObject } from 'ajv/dist/2020';
import { Appointment, appointmentJsonSchema, parseAppointmentWebhook } from '../../src';
import { formatPath, type PathSegment } from '../../src/codecs/path';

// One body, three validators: the decoder (`parseAppointmentWebhook`), the codec as a Standard
// Schema (`Appointment['~standard'].validate`) and ajv compiling the generated JSON Schema
// (strict mode, draft 2020-12, every error). Each verdict is "accepted", or the set of paths where
// the body is wrong, as dotted paths (`fields[1].label`).

/** What one validator said: `paths` is empty when it accepted the body. */
export interface Verdict {
  readonly accepted: boolean;
  readonly paths: ReadonlyArray<string>;
}

/** The decoder's verdict on a body (text or bytes), or its error `_tag` when it failed before the codec. */
export type DecoderVerdict = Verdict | { readonly before: string };

const ajv = new Ajv2020({ strict: true, allErrors: true });
const validateWithAjv = ajv.compile(appointmentJsonSchema);

const sorted = (paths: Iterable<string>): string[] => [...new Set(paths)].sort();

export function decoderVerdict(body: string | Uint8Array): DecoderVerdict {
  const result = parseAppointmentWebhook(body);
  if (result._tag === 'Right') return { accepted: true, paths: [] };
  if (result.left._tag !== 'InvalidPayload') return { before: result.left._tag };
  return { accepted: false, paths: sorted(result.left.issues.map((issue) => issue.path)) };
}

export function standardVerdict(value: unknown): Verdict {
  const result = Appointment['~standard'].validate(value);
  if (result.issues === undefined) return { accepted: true, paths: [] };
  return { accepted: false, paths: sorted(result.issues.map((issue) => formatPath(issue.path as PathSegment[]))) };
}

/** The keys and indices of a JSON Pointer into `value` (an index where the container is an array). */
function segmentsOf(pointer: string, value: unknown): PathSegment[] {
  const segments: PathSegment[] = [];
  let at = value;
  for (const raw of pointer === '' ? [] : pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const segment = Array.isArray(at) ? Number(key) : key;
    segments.push(segment);
    at = (at as Record<PathSegment, unknown> | undefined)?.[segment];
  }
  return segments;
}

/**
 * The paths of ajv's errors, read the way the decoder reports: a missing required key at the key;
 * only the innermost paths (an error at `client` that comes from `client.emailAddress` is the same
 * problem); where the schema offers alternatives for one value (`anyOf`), the first alternative's
 * failures, not every alternative's.
 */
function ajvPaths(errors: ReadonlyArray<ErrorObject>, value: unknown): string[] {
  const kept = errors.filter((error) => {
    const branch = /^(.*)\/anyOf\/(\d+)\//.exec(error.schemaPath);
    if (branch === null || branch[2] === '0') return true;
    const prefix = branch[1] as string;
    const wrapper = errors.find((e) => e.keyword === 'anyOf' && e.schemaPath === `${prefix}/anyOf`);
    if (wrapper === undefined) return true;
    return !errors.some((e) => e.schemaPath.startsWith(`${prefix}/anyOf/0/`) && e.instancePath.startsWith(wrapper.instancePath));
  });
  const paths = kept.map((error) => {
    const segments = segmentsOf(error.instancePath, value);
    const missing = (error.params as { missingProperty?: string }).missingProperty;
    return error.keyword === 'required' && missing !== undefined ? [...segments, missing] : segments;
  });
  const isPrefix = (a: PathSegment[], b: PathSegment[]): boolean => a.length < b.length && a.every((s, i) => s === b[i]);
  return sorted(paths.filter((p) => !paths.some((q) => isPrefix(p, q))).map(formatPath));
}

export function ajvVerdict(value: unknown): Verdict {
  if (validateWithAjv(value)) return { accepted: true, paths: [] };
  return { accepted: false, paths: ajvPaths(validateWithAjv.errors ?? [], value) };
}

/**
 * The decoder reports a missing id only once every other key is valid (the id rule runs after the
 * keys' types); ajv checks both at once. The paths ajv adds for that reason: `calendarid` when the
 * body is an object whose ids are both absent or `null`.
 */
export function idMissingToo(value: unknown): ReadonlyArray<string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  const body = value as Record<string, unknown>;
  return body.calendarid == null && body.calendarId == null ? ['calendarid'] : [];
}

/** `decoder`'s paths with the missing id added where ajv reports it too. */
export function expectedAjvPaths(decoder: Verdict, value: unknown): string[] {
  return decoder.accepted ? [] : sorted([...decoder.paths, ...idMissingToo(value)]);
}
