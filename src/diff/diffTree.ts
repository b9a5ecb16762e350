import type { AppointmentChange } from './AppointmentChange';
import { formatChangePath, type ChangeSegment } from './changePath';
import { fieldIdOf, fieldIds } from './fieldIdArray';
import { idChild, indexChild, keyChild, type IgnoreNode } from './ignoreTrie';

/** A change with its path still as segments (for the summary's custom-field facts). */
export interface RawChange {
  readonly segments: ReadonlyArray<ChangeSegment>;
  readonly kind: 'added' | 'removed' | 'changed';
  readonly before: unknown;
  readonly after: unknown;
}

const hasOwn = Object.prototype.hasOwnProperty;
const isEnumerable = Object.prototype.propertyIsEnumerable;

/** Both objects, or both arrays. */
function sameContainerKind(x: unknown, y: unknown): boolean {
  return typeof x === 'object' && x !== null && typeof y === 'object' && y !== null && Array.isArray(x) === Array.isArray(y);
}

/**
 * A property read that never reaches the prototype: an absent `toString`, `constructor` or
 * `__proto__` is `undefined`, not `Object.prototype`'s member. Used only once the two objects'
 * keys stop lining up, so the common path pays nothing for it.
 */
function own(o: Record<string, unknown>, key: string): unknown {
  return hasOwn.call(o, key) ? o[key] : undefined;
}

/** Deeper than this, a pair is queued and compared from a fresh call stack (see `diffTree`). */
const MAX_NESTING = 100;

// Scratch buffers for the keys and values of the objects being compared, used as a stack (each
// object takes the slots above its parent's). Shared between calls to avoid re-growing them;
// `busy` guards against re-entry and the values are cleared after each call (no lingering refs).
const sharedKeys: string[] = [];
const sharedValues: unknown[] = [];
let busy = false;

interface Queued {
  readonly x: object;
  readonly y: object;
  readonly trie: IgnoreNode | undefined;
  readonly path: (string | number)[];
  readonly pathIsId: boolean[];
}

/**
 * The differences between two JSON values, deep, as raw changes in no particular order.
 *
 * - Objects compare key by key; a key whose value is `undefined` counts as absent (as in JSON).
 * - Arrays matched by custom-field id (see `fieldIdArray`) pair elements by id: order is not a
 *   change, and paths read `fields[id=107740].value`. Other arrays compare index by index.
 * - Scalars compare with `===`; a container against a scalar, or an array against an object,
 *   is one `changed` at that path.
 * - `ignore` leaves out subtrees; `limit` stops the walk once that many changes are found.
 *
 * Recursive up to `MAX_NESTING` levels, then pairs are queued and walked from the top again, so
 * any depth is handled with a bounded call stack. Paths are only built for changes: unchanged
 * values cost one comparison each.
 */
export function diffTree(a: unknown, b: unknown, ignore: IgnoreNode | undefined, limit = Infinity): RawChange[] {
  const changes: RawChange[] = [];
  if (ignore?.terminal === true || a === b) return changes;
  if (!sameContainerKind(a, b)) {
    changes.push({ segments: [], kind: 'changed', before: a, after: b });
    return changes;
  }
  const reentered = busy;
  busy = true;
  const walk = new Walk(changes, limit, reentered ? [] : sharedKeys, reentered ? [] : sharedValues);
  try {
    walk.pair(a as object, b as object, ignore, 0);
    for (let next = walk.queue.pop(); next !== undefined && changes.length < limit; next = walk.queue.pop()) {
      walk.path = next.path;
      walk.pathIsId = next.pathIsId;
      walk.pair(next.x, next.y, next.trie, 0);
    }
  } finally {
    walk.values.fill(undefined, 0, walk.used);
    busy = reentered;
  }
  return changes;
}

class Walk {
  /** The path of the pair being compared (segments, and which of them are custom-field ids). */
  path: (string | number)[] = [];
  pathIsId: boolean[] = [];
  /** Pairs nested deeper than `MAX_NESTING`, compared after the current walk. */
  readonly queue: Queued[] = [];
  /** First free slot of the key/value buffers; `used`: the highest slot ever filled. */
  top = 0;
  used = 0;

  constructor(
    readonly changes: RawChange[],
    readonly limit: number,
    readonly keys: string[],
    readonly values: unknown[],
  ) {}

  report(segment: string | number, isId: boolean, kind: RawChange['kind'], before: unknown, after: unknown): void {
    const segments: ChangeSegment[] = [];
    for (let i = 0; i < this.path.length; i++) {
      const s = this.path[i] as string | number;
      segments.push(this.pathIsId[i] === true ? { id: s as number } : s);
    }
    segments.push(isId ? { id: segment as number } : segment);
    this.changes.push({ segments, kind, before, after });
  }

  /** Two unequal values at `segment`: go deeper, or report. */
  compare(x: unknown, y: unknown, segment: string | number, isId: boolean, trie: IgnoreNode | undefined, depth: number): void {
    if (trie?.terminal === true) return;
    if (x === undefined) {
      this.report(segment, isId, 'added', undefined, y);
    } else if (y === undefined) {
      this.report(segment, isId, 'removed', x, undefined);
    } else if (!sameContainerKind(x, y)) {
      this.report(segment, isId, 'changed', x, y);
    } else if (this.changes.length < this.limit) {
      this.path.push(segment);
      this.pathIsId.push(isId);
      if (depth < MAX_NESTING) {
        this.pair(x as object, y as object, trie, depth + 1);
      } else {
        this.queue.push({ x: x as object, y: y as object, trie, path: this.path.slice(), pathIsId: this.pathIsId.slice() });
      }
      this.path.pop();
      this.pathIsId.pop();
    }
  }

  pair(x: object, y: object, trie: IgnoreNode | undefined, depth: number): void {
    if (!Array.isArray(x)) {
      this.objects(x as Record<string, unknown>, y as Record<string, unknown>, trie, depth);
      return;
    }
    const yArray = y as ReadonlyArray<unknown>;
    const n = x.length;
    if (n === 0 || yArray.length === 0) {
      // One side empty: the other side's rule decides (all its entries are added or removed).
      const ids = fieldIds(n === 0 ? yArray : x);
      if (ids === undefined) this.byIndex(x, yArray, trie, depth);
      else if (n === 0) this.byId(x, [], yArray, ids, trie, depth);
      else this.byId(x, ids, yArray, [], trie, depth);
      return;
    }
    const xIds = fieldIds(x);
    if (xIds === undefined) {
      const yIds = trie === undefined ? undefined : fieldIds(yArray);
      if (yIds === undefined) this.byIndex(x, yArray, trie, depth);
      else this.mixed(x, undefined, yArray, yIds, trie, depth);
      return;
    }
    // Usual case: the same ids in the same order. Checking that costs one read per element of
    // `y`, and proves `y` id-keyed too (its ids are `x`'s: all present and distinct).
    let i = 0;
    if (yArray.length === n) while (i < n && fieldIdOf(yArray[i]) === xIds[i]) i++;
    if (i === n) {
      for (let k = 0; k < n; k++) {
        const vx = x[k];
        const vy = yArray[k];
        if (vx !== vy) this.compare(vx, vy, xIds[k] as number, true, idChild(trie, xIds[k] as number), depth);
      }
      return;
    }
    const yIds = fieldIds(yArray);
    if (yIds === undefined) this.mixed(x, xIds, yArray, undefined, trie, depth);
    else this.byId(x, xIds, yArray, yIds, trie, depth);
  }

  /**
   * One list matched by id, the other not (an entry without an id, or a repeated id): they are
   * compared by position with nothing ignored inside, since an id path means nothing to one side
   * and an index path nothing to the other. They can only be equal when every entry of both is
   * ignored (each by its own side's rule): two empty lists, as the fingerprint sees them.
   */
  mixed(x: ReadonlyArray<unknown>, xIds: number[] | undefined, y: ReadonlyArray<unknown>, yIds: number[] | undefined, trie: IgnoreNode | undefined, depth: number): void {
    if (trie !== undefined && everyEntryIgnored(x, xIds, trie) && everyEntryIgnored(y, yIds, trie)) return;
    this.byIndex(x, y, undefined, depth);
  }

  objects(x: Record<string, unknown>, y: Record<string, unknown>, trie: IgnoreNode | undefined, depth: number): void {
    const { keys, values } = this;
    // Fast path: two snapshots of one appointment list their keys in the same order (JSON.parse
    // of the same serializer). Each side is read inside its own for-in, whose keyed reads V8
    // serves from the enumeration cache; a difference in the key sequence falls back to look-ups.
    const base = this.top;
    let n = base;
    for (const key in x) {
      keys[n] = key;
      values[n] = x[key];
      n++;
    }
    this.top = n;
    if (n > this.used) this.used = n;
    let i = base;
    let aligned = true;
    for (const key in y) {
      if (i >= n || keys[i] !== key) {
        aligned = false;
        break;
      }
      const vx = values[i];
      const vy = y[key];
      i++;
      if (vx !== vy) this.compare(vx, vy, key, false, keyChild(trie, key), depth);
    }
    if (!aligned || i !== n) {
      // Slow path, from the first difference in the key sequence on.
      for (let j = i; j < n; j++) {
        const key = keys[j] as string;
        const vx = values[j];
        const vy = own(y, key);
        if (vx !== vy) this.compare(vx, vy, key, false, keyChild(trie, key), depth);
      }
      // Then `y`'s keys that `x` does not list (its own enumerable keys, those its for-in gave):
      // a key `x` lists was compared above, even when `x` holds it as `undefined`.
      for (const key in y) {
        const vy = y[key];
        if (vy !== undefined && !isEnumerable.call(x, key)) this.compare(undefined, vy, key, false, keyChild(trie, key), depth);
      }
    }
    this.top = base;
  }

  /** Pairs entries by id (the ids of `x` and `y`, in order); an id on one side only is added or removed. */
  byId(x: ReadonlyArray<unknown>, xIds: number[], y: ReadonlyArray<unknown>, yIds: number[], trie: IgnoreNode | undefined, depth: number): void {
    const yIndexOfId = new Map<number, number>();
    for (let j = 0; j < yIds.length; j++) yIndexOfId.set(yIds[j] as number, j);
    const used: boolean[] = new Array<boolean>(yIds.length).fill(false);
    for (let i = 0; i < xIds.length; i++) {
      const id = xIds[i] as number;
      const j = yIndexOfId.get(id);
      if (j !== undefined) used[j] = true;
      const vy = j === undefined ? undefined : y[j];
      if (x[i] !== vy) this.compare(x[i], vy, id, true, idChild(trie, id), depth);
    }
    for (let j = 0; j < yIds.length; j++) {
      const id = yIds[j] as number;
      if (!used[j]) this.compare(undefined, y[j], id, true, idChild(trie, id), depth);
    }
  }

  byIndex(x: ReadonlyArray<unknown>, y: ReadonlyArray<unknown>, trie: IgnoreNode | undefined, depth: number): void {
    const common = Math.min(x.length, y.length);
    for (let i = 0; i < common; i++) {
      const vx = x[i];
      const vy = y[i];
      if (vx === vy) continue;
      const child = indexChild(trie, i);
      if (child?.terminal === true) continue;
      // An `undefined` element (a hole) is a value here, not an absence: report it as changed.
      if (sameContainerKind(vx, vy)) this.compare(vx, vy, i, false, child, depth);
      else this.report(i, false, 'changed', vx, vy);
    }
    for (let i = common; i < x.length; i++) {
      if (indexChild(trie, i)?.terminal !== true) this.report(i, false, 'removed', x[i], undefined);
    }
    for (let i = common; i < y.length; i++) {
      if (indexChild(trie, i)?.terminal !== true) this.report(i, false, 'added', undefined, y[i]);
    }
  }
}

/** `true` when `ignore` leaves out every entry of `list`: by id when `ids` is given, else by index. */
function everyEntryIgnored(list: ReadonlyArray<unknown>, ids: number[] | undefined, ignore: IgnoreNode): boolean {
  for (let i = 0; i < list.length; i++) {
    const entry = ids === undefined ? indexChild(ignore, i) : idChild(ignore, ids[i] as number);
    if (entry?.terminal !== true) return false;
  }
  return true;
}

/** `true` when two JSON values have the same content (key order and custom-field order aside). */
export function sameContent(a: unknown, b: unknown): boolean {
  return diffTree(a, b, undefined, 1).length === 0;
}

/** The public form of raw changes: formatted paths, sorted by path so key order never shows. */
export function toAppointmentChanges(raw: ReadonlyArray<RawChange>): AppointmentChange[] {
  const out: AppointmentChange[] = [];
  for (const change of raw) {
    const path = formatChangePath(change.segments);
    if (change.kind === 'added') out.push({ path, kind: change.kind, after: change.after });
    else if (change.kind === 'removed') out.push({ path, kind: change.kind, before: change.before });
    else out.push({ path, kind: change.kind, before: change.before, after: change.after });
  }
  return sortByPath(out);
}

/**
 * Sorts by path (code-unit order). A binary insertion sort for the usual handful of changes: it
 * makes about n·log2(n) string comparisons, the cost that matters here, and no comparator calls.
 */
function sortByPath(changes: AppointmentChange[]): AppointmentChange[] {
  if (changes.length > 64) return changes.sort((p, q) => (p.path < q.path ? -1 : p.path > q.path ? 1 : 0));
  for (let i = 1; i < changes.length; i++) {
    const item = changes[i] as AppointmentChange;
    const path = item.path;
    let lo = 0;
    let hi = i;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((changes[mid] as AppointmentChange).path > path) hi = mid;
      else lo = mid + 1;
    }
    for (let j = i; j > lo; j--) changes[j] = changes[j - 1] as AppointmentChange;
    changes[lo] = item;
  }
  return changes;
}
