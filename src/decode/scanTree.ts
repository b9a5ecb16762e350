import type { ForbiddenKey, NonJsonValue, TooDeep } from './WebhookDecodeError';
import { describeInput, isPlainObject } from './readBody';
import { appendPath, type PathSegment } from '../codecs/path';

export type ScanError = TooDeep | ForbiddenKey | NonJsonValue;

const getDescriptor = Object.getOwnPropertyDescriptor;
const isArray = Array.isArray;

/**
 * One iterative pass over a whole JSON tree, before any recursive code (io-ts included) sees it:
 *
 * - nesting deeper than `maxDepth` → `TooDeep` (a 100,000-level array costs `maxDepth` steps);
 * - a `__proto__` key, or a `constructor` key whose value holds `prototype` → `ForbiddenKey`;
 * - a number that does not fit a double (`1e400` in the text, which `JSON.parse` reads as
 *   `Infinity`, or `±Infinity` in an object) → `NonJsonValue` with `found: 'Infinity'`, whatever
 *   the form of the body, so text, bytes and the parsed object give the same answer;
 * - when `fromJson` is false (the caller handed us an object, not text): anything `JSON.parse`
 *   could not have produced → `NonJsonValue` (`NaN`, bigint, function, symbol, class
 *   instances and `Date`, cycles, accessor properties, whose getters are never invoked).
 *
 * Containers are visited through an explicit stack, in the same order for both forms: all the
 * children of a container are checked before any of them is entered, and the last container
 * met is entered first. `parents`/`segments` record how each container was reached, so a path is
 * built only when something is wrong.
 *
 * @returns the first problem found, or `undefined`.
 */
export function scanTree(root: object, maxDepth: number, fromJson: boolean): ScanError | undefined {
  if (maxDepth < 1) return tooDeep(maxDepth, '');
  const nodes: object[] = [root];
  const depths: number[] = [1];
  const parents: number[] = [-1];
  const segments: PathSegment[] = [''];
  const pending: number[] = [0];
  const seen = fromJson ? undefined : new Set<object>([root]);

  /**
   * Checks one child value of what `JSON.parse` could make; queues it when it is a container.
   * The one scalar `JSON.parse` makes that JSON cannot carry: a number literal too large for a
   * double, which it turns into ±Infinity (`x - x` is NaN only for those).
   */
  const visit = (value: unknown, parent: number, segment: PathSegment): ScanError | undefined => {
    if (typeof value !== 'object' || value === null) {
      return typeof value === 'number' && value - value !== 0 ? nonJson(pathOf(parents, segments, parent, segment), 'Infinity') : undefined;
    }
    const depth = (depths[parent] as number) + 1;
    if (depth > maxDepth) return tooDeep(maxDepth, pathOf(parents, segments, parent, segment));
    pending.push(nodes.length);
    nodes.push(value);
    depths.push(depth);
    parents.push(parent);
    segments.push(segment);
    return undefined;
  };

  while (pending.length > 0) {
    const index = pending.pop() as number;
    const node = nodes[index] as Record<string, unknown>;
    if (seen === undefined) {
      // What `JSON.parse` returned: only depth, forbidden keys and overflowed numbers can be wrong.
      if (isArray(node)) {
        for (let i = 0; i < node.length; i++) {
          const problem = visit(node[i], index, i);
          if (problem !== undefined) return problem;
        }
      } else {
        for (const key in node) {
          const child = node[key];
          const problem = forbidden(key, child, parents, segments, index) ?? visit(child, index, key);
          if (problem !== undefined) return problem;
        }
      }
      continue;
    }
    // An object a caller parsed: every own string key is read through its descriptor, so no
    // getter ever runs, and every value must be one `JSON.parse` could have made; the checks
    // and their order are those above, with the refusals only an object can earn added.
    const array = isArray(node);
    // Non-enumerable keys too: the codecs read a key whether it is enumerable or not.
    const keys: ReadonlyArray<string> | undefined = array ? undefined : Object.getOwnPropertyNames(node);
    const count = keys === undefined ? (node as unknown as unknown[]).length : keys.length;
    for (let i = 0; i < count; i++) {
      const segment: PathSegment = keys === undefined ? i : (keys[i] as string);
      // Read through the descriptor: a property may be a getter, which must never run.
      const descriptor = getDescriptor(node, segment);
      let child: unknown;
      let found: string;
      if (descriptor === undefined) {
        if (keys !== undefined) continue; // deleted by a Proxy trap mid-scan
        found = 'undefined'; // an array's hole
      } else if (!('value' in descriptor)) found = 'accessor';
      else if (keys !== undefined && descriptor.enumerable !== true) found = 'non-enumerable property';
      else {
        child = descriptor.value;
        if (keys !== undefined) {
          if (child === undefined) continue; // an absent key, as JSON.stringify would drop it
          const problem = forbidden(segment as string, child, parents, segments, index);
          if (problem !== undefined) return problem;
        }
        if (typeof child !== 'object') {
          // `x - x` is 0 for a finite number only.
          if (typeof child === 'number' ? child - child === 0 : typeof child === 'string' || typeof child === 'boolean') continue;
          found = typeof child !== 'number' ? typeof child : child === child ? 'Infinity' : 'NaN';
        } else if (child === null) continue;
        else if (isArray(child) ? !isArray(Object.getPrototypeOf(child)) : !isPlainObject(child)) found = describeInput(child);
        else if (seen.has(child)) {
          if (!isAncestor(nodes, parents, child, index)) continue; // a shared (not cyclic) reference, already checked
          found = 'cycle';
        } else {
          seen.add(child);
          const problem = visit(child, index, segment);
          if (problem !== undefined) return problem;
          continue;
        }
      }
      return nonJson(pathOf(parents, segments, index, segment), found);
    }
  }
  return undefined;
}

/** The path of the container at `index`, or of its child `last`. */
function pathOf(parents: ReadonlyArray<number>, segments: ReadonlyArray<PathSegment>, index: number, last?: PathSegment): string {
  const chain: PathSegment[] = last === undefined ? [] : [last];
  for (let i = index; i > 0; i = parents[i] as number) chain.push(segments[i] as PathSegment);
  return chain.reduceRight(appendPath, '');
}

/** `true` when `candidate` is the container at `index` or one of the containers it sits in. */
function isAncestor(nodes: ReadonlyArray<object>, parents: ReadonlyArray<number>, candidate: object, index: number): boolean {
  for (let i = index; i >= 0; i = parents[i] as number) if (nodes[i] === candidate) return true;
  return false;
}

function forbidden(
  key: string,
  value: unknown,
  parents: ReadonlyArray<number>,
  segments: ReadonlyArray<PathSegment>,
  parent: number,
): ForbiddenKey | undefined {
  return key === '__proto__' || (key === 'constructor' && typeof value === 'object' && value !== null && Object.hasOwn(value, 'prototype'))
    ? forbiddenKey(pathOf(parents, segments, parent, key), key)
    : undefined;
}

function tooDeep(limit: number, path: string): TooDeep {
  return {
    _tag: 'TooDeep',
    message: `The body nests deeper than ${limit} levels${path === '' ? '' : ` (at ${path})`}; TimeTap bodies nest about 5.`,
    limit,
    path,
  };
}

function forbiddenKey(path: string, key: string): ForbiddenKey {
  return {
    _tag: 'ForbiddenKey',
    message: `The body has a "${key}" key at ${path}, which could pollute object prototypes; refused.`,
    path,
    key,
  };
}

function nonJson(path: string, found: string): NonJsonValue {
  return { _tag: 'NonJsonValue', message: `The body holds a value JSON cannot carry (${found}) at ${path}.`, path, found };
}
