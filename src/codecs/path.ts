/** One step of a path: an object key or an array index. */
export type PathSegment = string | number;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Appends one segment to a dotted path: `a` + `b` → `a.b`, `a` + 2 → `a[2]`. Keys that are not
 * identifiers are quoted (`a["x.y"]`) so a path is never ambiguous.
 */
export function appendPath(path: string, segment: PathSegment): string {
  if (typeof segment === 'number') return `${path}[${segment}]`;
  if (IDENTIFIER.test(segment)) return path === '' ? segment : `${path}.${segment}`;
  return `${path}[${JSON.stringify(segment)}]`;
}

/** Joins segments into a dotted path with indices (`fields[1].label`); `''` is the root. */
export function formatPath(segments: ReadonlyArray<PathSegment>): string {
  let path = '';
  for (const segment of segments) path = appendPath(path, segment);
  return path;
}
