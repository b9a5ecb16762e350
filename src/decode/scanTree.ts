import type { ForbiddenKey, NonJsonValue, TooDeep } from './WebhookDecodeError';
import { describeInput, isPlainObject } from './readBody';
import { appendPath, type PathSegment } from '../codecs/path';

export type ScanError = TooDeep | ForbiddenKey | NonJsonValue;

const hasOwn = Object.prototype.hasOwnProperty;

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
 * Containers are visited through an explicit stack; `parents`/`segments` record how each was
 * reached, so a path is built only when something is wrong.
 *
 * @returns the first problem found, or `undefined`.
 */
export function scanTree(root: object, maxDepth: number, fromJson: boolean): ScanError | undefined {
  const nodes: object[] = [root];
  const depths: number[] = [1];
  const parents: number[] = [-1];
  const segments: PathSegment[] = [''];
  const pending: number[] = [0];
  const seen: Set<object> | undefined = fromJson ? undefined : new Set<object>([root]);
  if (maxDepth < 1) return tooDeep(maxDepth, '');

  const pathOf = (index: number, last?: PathSegment): string => {
    const chain: PathSegment[] = [];
    if (last !== undefined) chain.push(last);
    for (let i = index; i > 0; i = parents[i] as number) chain.push(segments[i] as PathSegment);
    let path = '';
    for (let k = chain.length - 1; k >= 0; k--) path = appendPath(path, chain[k] as PathSegment);
    return path;
  };
  const isAncestor = (candidate: object, index: number): boolean => {
    for (let i = index; i >= 0; i = parents[i] as number) if (nodes[i] === candidate) return true;
    return false;
  };

  /** Checks one child value; queues it when it is a container. */
  const visit = (value: unknown, parent: number, segment: PathSegment): ScanError | undefined => {
    if (typeof value !== 'object' || value === null) {
      // From text, the one scalar JSON.parse makes that JSON cannot carry: a number literal too
      // large for a double, which it turns into ±Infinity (`x - x` is NaN only for those).
      if (fromJson) return typeof value === 'number' && value - value !== 0 ? nonJson(pathOf(parent, segment), 'Infinity') : undefined;
      return checkScalar(value, parent, segment, pathOf);
    }
    if (!fromJson) {
      const found = nonJsonObject(value);
      if (found !== undefined) return nonJson(pathOf(parent, segment), found);
      if (seen!.has(value)) {
        if (isAncestor(value, parent)) return nonJson(pathOf(parent, segment), 'cycle');
        return undefined; // a shared (not cyclic) reference, already checked
      }
      seen!.add(value);
    }
    const depth = (depths[parent] as number) + 1;
    if (depth > maxDepth) return tooDeep(maxDepth, pathOf(parent, segment));
    const index = nodes.length;
    nodes.push(value);
    depths.push(depth);
    parents.push(parent);
    segments.push(segment);
    pending.push(index);
    return undefined;
  };

  while (pending.length > 0) {
    const index = pending.pop() as number;
    const node = nodes[index] as Record<string, unknown>;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        let child: unknown;
        if (fromJson) child = node[i];
        else {
          // Read through the descriptor: an element may be a getter, which must never run.
          const descriptor = Object.getOwnPropertyDescriptor(node, i);
          if (descriptor !== undefined && !('value' in descriptor)) return nonJson(pathOf(index, i), 'accessor');
          child = descriptor?.value; // a hole reads as undefined, which `visit` refuses
        }
        const problem = visit(child, index, i);
        if (problem !== undefined) return problem;
      }
    } else if (fromJson) {
      for (const key in node) {
        const child = node[key];
        const problem = forbidden(key, child, index, pathOf) ?? visit(child, index, key);
        if (problem !== undefined) return problem;
      }
    } else {
      // Non-enumerable keys too: the codecs read a key whether it is enumerable or not.
      const keys = Object.getOwnPropertyNames(node);
      for (const key of keys) {
        const descriptor = Object.getOwnPropertyDescriptor(node, key);
        if (descriptor === undefined) continue; // deleted by a Proxy trap mid-scan
        if (!('value' in descriptor)) return nonJson(pathOf(index, key), 'accessor');
        if (descriptor.enumerable !== true) return nonJson(pathOf(index, key), 'non-enumerable property');
        const child: unknown = descriptor.value;
        if (child === undefined) continue; // an absent key, as JSON.stringify would drop it
        const problem = forbidden(key, child, index, pathOf) ?? visit(child, index, key);
        if (problem !== undefined) return problem;
      }
    }
  }
  return undefined;
}

function forbidden(
  key: string,
  value: unknown,
  parent: number,
  pathOf: (index: number, last?: PathSegment) => string,
): ForbiddenKey | undefined {
  if (key === '__proto__') return forbiddenKey(pathOf(parent, key), key);
  if (key === 'constructor' && typeof value === 'object' && value !== null && hasOwn.call(value, 'prototype')) {
    return forbiddenKey(pathOf(parent, key), key);
  }
  return undefined;
}

function checkScalar(
  value: unknown,
  parent: number,
  segment: PathSegment,
  pathOf: (index: number, last?: PathSegment) => string,
): NonJsonValue | undefined {
  if (value === null) return undefined;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return undefined;
    case 'number':
      if (Number.isFinite(value)) return undefined;
      return nonJson(pathOf(parent, segment), Number.isNaN(value) ? 'NaN' : 'Infinity');
    default:
      return nonJson(pathOf(parent, segment), typeof value);
  }
}

/** What is wrong with an object value JSON could not carry, or `undefined` for a plain object or array. */
function nonJsonObject(value: object): string | undefined {
  if (Array.isArray(value)) return Array.isArray(Object.getPrototypeOf(value)) ? undefined : describeInput(value);
  return isPlainObject(value) ? undefined : describeInput(value);
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
