import { parseChangePath, type ChangeSegment } from './changePath';

/**
 * The `ignore` option compiled into a tree of segments, walked alongside the value: a node is
 * `terminal` when its path (and so everything below it) is ignored. Walking the tree costs a map
 * look-up only where the walk asks, so ignoring is free for unchanged values.
 */
export interface IgnoreNode {
  terminal: boolean;
  keys?: Map<string, IgnoreNode>;
  indices?: Map<number, IgnoreNode>;
  ids?: Map<number, IgnoreNode>;
}

const cache = new WeakMap<ReadonlyArray<unknown>, IgnoreNode | undefined>();

/**
 * Compiles `paths` (dotted paths or path prefixes, as `diffAppointments` prints them). Entries
 * that are not strings or not valid paths match nothing; `''` ignores everything. Frozen arrays
 * (such as `VOLATILE_PATHS`) are compiled once. Returns `undefined` when nothing is ignored.
 */
export function ignoreTrie(paths: unknown): IgnoreNode | undefined {
  if (!Array.isArray(paths) || paths.length === 0) return undefined;
  const frozen = Object.isFrozen(paths);
  if (frozen && cache.has(paths)) return cache.get(paths);
  let root: IgnoreNode | undefined;
  for (const path of paths) {
    if (typeof path !== 'string') continue;
    const segments = parseChangePath(path);
    if (segments === undefined) continue;
    root ??= { terminal: false };
    let node = root;
    for (const segment of segments) node = childFor(node, segment);
    node.terminal = true;
  }
  if (frozen) cache.set(paths, root);
  return root;
}

function childFor(node: IgnoreNode, segment: ChangeSegment): IgnoreNode {
  if (typeof segment === 'string') return child((node.keys ??= new Map()), segment);
  if (typeof segment === 'number') return child((node.indices ??= new Map()), segment);
  return child((node.ids ??= new Map()), segment.id);
}

function child<K>(map: Map<K, IgnoreNode>, key: K): IgnoreNode {
  let found = map.get(key);
  if (found === undefined) {
    found = { terminal: false };
    map.set(key, found);
  }
  return found;
}

/** The node for an object key below `node` (`undefined`: nothing below is ignored). */
export function keyChild(node: IgnoreNode | undefined, key: string): IgnoreNode | undefined {
  return node?.keys?.get(key);
}

/** The node for an array index below `node`. */
export function indexChild(node: IgnoreNode | undefined, index: number): IgnoreNode | undefined {
  return node?.indices?.get(index);
}

/** The node for a custom-field id below `node`. */
export function idChild(node: IgnoreNode | undefined, id: number): IgnoreNode | undefined {
  return node?.ids?.get(id);
}
