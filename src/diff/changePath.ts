import { appendPath, type PathSegment } from '../codecs/path';

/** A custom-field entry matched by its `schedulerPreferenceFieldDefnId`: printed `[id=107740]`. */
export interface IdSegment {
  readonly id: number;
}

/** One step of a change path: an object key, an array index, or a custom-field id. */
export type ChangeSegment = PathSegment | IdSegment;

/**
 * Appends one segment to a dotted path, as {@link appendPath} does, plus the id form:
 * `fields` + `{ id: 107740 }` → `fields[id=107740]`.
 */
export function appendChangePath(path: string, segment: ChangeSegment): string {
  return typeof segment === 'object' ? `${path}[id=${segment.id}]` : appendPath(path, segment);
}

/** Joins segments into a path (`fields[id=107740].value`); `''` is the root. */
export function formatChangePath(segments: ReadonlyArray<ChangeSegment>): string {
  let path = '';
  for (const segment of segments) path = appendChangePath(path, segment);
  return path;
}

const STEP = /\.?([A-Za-z_$][A-Za-z0-9_$]*)|\[(\d+)\]|\[id=(-?\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;

/**
 * Reads a path written by {@link formatChangePath} back into segments; `undefined` when the text
 * is not such a path (it never throws). `''` is the root (no segments).
 */
export function parseChangePath(path: string): ChangeSegment[] | undefined {
  const segments: ChangeSegment[] = [];
  let at = 0;
  while (at < path.length) {
    STEP.lastIndex = at;
    const m = STEP.exec(path);
    if (m === null) return undefined;
    const [text, key, index, id, quoted] = m;
    if (key !== undefined) {
      if (text.startsWith('.') === (at === 0)) return undefined; // `.a` at the start, `ab` later
      segments.push(key);
    } else if (index !== undefined) {
      segments.push(Number(index));
    } else if (id !== undefined) {
      segments.push({ id: Number(id) });
    } else {
      try {
        segments.push(JSON.parse(quoted as string) as string);
      } catch {
        return undefined;
      }
    }
    at = STEP.lastIndex;
  }
  return segments;
}
