import type * as t from 'io-ts';
import { jsonType } from './jsonType';
import type { PathSegment } from './path';

/**
 * One reason a value does not fit a codec: at `path` (keys and array indices from the root, `[]`
 * for the root itself) the codec `expected` a type and `received` a JSON type (`'string'`,
 * `'undefined'` for a missing key, `'unsafe integer'`, …), never the value itself.
 */
export interface CodecIssue {
  readonly path: ReadonlyArray<PathSegment>;
  readonly expected: string;
  readonly received: string;
}

type Shape = 'object' | 'array' | 'leaf';

function shapesOf(type: t.Decoder<unknown, unknown>, out: Set<Shape>): Set<Shape> {
  const tag = (type as { _tag?: string })._tag;
  if (tag === 'UnionType') {
    for (const member of (type as t.UnionType<t.Mixed[]>).types) shapesOf(member, out);
  } else if (tag === 'ArrayType' || tag === 'AnyArrayType') out.add('array');
  else if (
    tag === 'GuardedType' || tag === 'InterfaceType' || tag === 'PartialType' || tag === 'AnyDictionaryType' ||
    tag === 'DictionaryType'
  ) {
    out.add('object');
  } else out.add('leaf');
  return out;
}

function shapeOfValue(u: unknown): Shape {
  if (Array.isArray(u)) return 'array';
  return typeof u === 'object' && u !== null ? 'object' : 'leaf';
}

/**
 * Turns io-ts errors into one issue per path, without values: what the decoder's `InvalidPayload`
 * and every codec's Standard Schema `validate` report.
 *
 * io-ts reports a failed union once per member (`string | null` given a number fails twice). At a
 * union, an error is followed into the member whose shape fits the value (an object codec for an
 * object, an array codec for an array), so a bad key deep inside `client` is reported at
 * `client.emailAddress`, not at `client`; errors from members that could not fit are dropped; when
 * no member fits, one issue is reported at the union itself, expecting the union's name.
 */
export function codecIssues(errors: t.Errors): CodecIssue[] {
  const byPath = new Map<string, CodecIssue>();
  for (const error of errors) {
    const issue = toIssue(error);
    // The path as JSON tells keys from indices (`"0"` from `0`): one issue per path.
    const key = issue === undefined ? '' : JSON.stringify(issue.path);
    if (issue !== undefined && !byPath.has(key)) byPath.set(key, issue);
  }
  return [...byPath.values()];
}

function toIssue(error: t.ValidationError): CodecIssue | undefined {
  const context = error.context;
  const path: PathSegment[] = [];
  for (let i = 1; i < context.length; i++) {
    const parent = context[i - 1] as t.ContextEntry;
    const entry = context[i] as t.ContextEntry;
    const parentTag = (parent.type as { _tag?: string })._tag;
    if (parentTag === 'UnionType') {
      const fits = shapeOfValue(parent.actual);
      if (fits === 'leaf' || !shapesOf(parent.type, new Set()).has(fits)) {
        return { path, expected: parent.type.name, received: jsonType(parent.actual) };
      }
      if (!shapesOf(entry.type, new Set()).has(fits)) return undefined; // a member that could not fit
      continue; // a union member adds no path segment
    }
    path.push(parentTag === 'ArrayType' ? Number(entry.key) : entry.key);
  }
  const last = context[context.length - 1];
  return {
    path,
    expected: last === undefined ? 'unknown' : last.type.name,
    received: jsonType(error.value),
  };
}
