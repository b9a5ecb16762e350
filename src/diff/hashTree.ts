import { fieldIdOf, isFieldIdArray } from './fieldIdArray';
import { idChild, indexChild, keyChild, type IgnoreNode } from './ignoreTrie';

/*
 * A 128-bit, non-cryptographic content hash of a JSON value, in plain JS (Math.imul), streamed
 * over the value without building a canonical string:
 *
 * - strings: four independent 32-bit multiply-xorshift lanes over UTF-16 code-unit pairs, each
 *   with its own seed and multiplier, finished with the Murmur3 finaliser;
 * - numbers: safe integers as two 32-bit halves; other numbers through `String(n)` (the shortest
 *   round-trip form, the same on every engine); `-0` is `0`;
 * - objects: the lanes of each (key, value) entry are mixed, then **added** up, so key order does
 *   not matter; the entry count is mixed in;
 * - custom-field arrays (matched by id, see `fieldIdArray`): element hashes added up (order does
 *   not matter); other arrays: an order-dependent chain that mixes in each index.
 *
 * The same equality as `diffTree`: values the diff calls equal hash alike (undefined-valued keys
 * are absent, ignored paths are skipped, a custom-field list left with no entry once its ignored
 * ids are skipped is an empty list). Iterative (explicit stack): no recursion limit.
 */

const imul = Math.imul;
const TWO_32 = 4294967296;

// The four lanes of the last hashed value (module scratch registers: no allocation per value).
let r0 = 0;
let r1 = 0;
let r2 = 0;
let r3 = 0;

function fmix(h: number): number {
  h ^= h >>> 16;
  h = imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

// Type tags, so that `"1"`, `1`, `true`, `[]` and `{}` never share a hash by construction.
const TAG_KEY = 0x4b;
const TAG_STRING = 0x53;
const TAG_INTEGER = 0x49;
const TAG_NUMBER = 0x4e;
const TAG_TRUE = 0x54;
const TAG_FALSE = 0x46;
const TAG_NULL = 0x30;
const TAG_OTHER = 0x3f;
const TAG_OBJECT = 0x4f424a00;
const TAG_LIST = 0x4c495300;
const TAG_FIELDS = 0x46494400;

function hashString(s: string, tag: number): void {
  let a = 0x9e3779b9 ^ tag;
  let b = 0x7f4a7c15 ^ tag;
  let c = 0x85ebca6b ^ tag;
  let d = 0x27d4eb2f ^ tag;
  const n = s.length;
  let i = 0;
  for (; i + 1 < n; i += 2) {
    const w = s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16);
    a = imul(a ^ w, 0x01000193);
    a ^= a >>> 15;
    b = imul(b ^ w, 0x5bd1e995);
    b ^= b >>> 13;
    c = imul(c ^ w, 0x1b873593);
    c ^= c >>> 16;
    d = imul(d ^ w, 0xcc9e2d51);
    d ^= d >>> 14;
  }
  if (i < n) {
    const w = s.charCodeAt(i) | 0x10000000;
    a = imul(a ^ w, 0x01000193);
    b = imul(b ^ w, 0x5bd1e995);
    c = imul(c ^ w, 0x1b873593);
    d = imul(d ^ w, 0xcc9e2d51);
  }
  r0 = fmix(a ^ n);
  r1 = fmix(b ^ imul(n, 3));
  r2 = fmix(c ^ imul(n, 5));
  r3 = fmix(d ^ imul(n, 7));
}

function hashWords(tag: number, lo: number, hi: number): void {
  r0 = fmix(imul(lo ^ tag, 0xcc9e2d51) ^ fmix(hi));
  r1 = fmix(imul(lo + 0x165667b1, 0x1b873593) ^ imul(hi ^ tag, 0x85ebca6b));
  r2 = fmix(imul(hi ^ 0x27d4eb2f, 0x5bd1e995) + imul(lo, 0xc2b2ae35) + tag);
  r3 = fmix(imul(lo ^ hi ^ 0x9e3779b9, 0x01000193) ^ imul(tag, 0x7f4a7c15));
}

function hashScalar(v: unknown): void {
  switch (typeof v) {
    case 'string':
      hashString(v, TAG_STRING);
      return;
    case 'number':
      if (Number.isSafeInteger(v)) {
        const hi = Math.floor(v / TWO_32);
        hashWords(TAG_INTEGER, v - hi * TWO_32, hi);
      } else {
        hashString(String(v), TAG_NUMBER);
      }
      return;
    case 'boolean':
      hashWords(v ? TAG_TRUE : TAG_FALSE, 0, 0);
      return;
    default:
      if (v === null) hashWords(TAG_NULL, 0, 0);
      else hashString(`${typeof v}:${String(v)}`, TAG_OTHER);
  }
}

// How a container combines its members.
const OBJECT = 0; // entries added up: key order does not matter
const LIST = 1; // an order-dependent chain
const FIELDS = 2; // custom-field elements added up: element order does not matter

/** The four lanes (hex, 32 characters) of `value`, leaving out `ignore`d paths. */
export function hashTree(value: unknown, ignore: IgnoreNode | undefined): string {
  if (typeof value !== 'object' || value === null) {
    hashScalar(value);
  } else {
    hashContainer(value, ignore);
  }
  return hex(r0) + hex(r1) + hex(r2) + hex(r3);
}

function hex(h: number): string {
  return (h >>> 0).toString(16).padStart(8, '0');
}

function hashContainer(root: object, ignore: IgnoreNode | undefined): void {
  // One frame per open container: what it is, where the walk is in it, its four accumulators.
  const nodes: object[] = [];
  const modes: number[] = [];
  const keyLists: (string[] | undefined)[] = [];
  const positions: number[] = [];
  const tries: (IgnoreNode | undefined)[] = [];
  const acc0: number[] = [];
  const acc1: number[] = [];
  const acc2: number[] = [];
  const acc3: number[] = [];
  const counts: number[] = [];
  let top = -1;

  const open = (node: object, trie: IgnoreNode | undefined): void => {
    top++;
    nodes[top] = node;
    if (Array.isArray(node)) {
      modes[top] = isFieldIdArray(node) ? FIELDS : LIST;
      keyLists[top] = undefined;
    } else {
      modes[top] = OBJECT;
      keyLists[top] = Object.keys(node);
    }
    positions[top] = 0;
    tries[top] = trie;
    acc0[top] = 0x3c6ef372;
    acc1[top] = 0xa54ff53a;
    acc2[top] = 0x510e527f;
    acc3[top] = 0x1f83d9ab;
    counts[top] = 0;
  };

  /** Adds the value in r0..r3 to frame `f` (as entry `key`, or element `index`). */
  const absorb = (f: number, key: string | undefined, index: number): void => {
    const mode = modes[f];
    counts[f] = (counts[f] as number) + 1;
    if (mode === LIST) {
      acc0[f] = imul((acc0[f] as number) ^ r0, 0x01000193) + index;
      acc1[f] = imul((acc1[f] as number) ^ r1, 0x5bd1e995) + index;
      acc2[f] = imul((acc2[f] as number) ^ r2, 0x1b873593) + index;
      acc3[f] = imul((acc3[f] as number) ^ r3, 0xcc9e2d51) + index;
      acc0[f] = fmix(acc0[f] as number);
      acc1[f] = fmix(acc1[f] as number);
      acc2[f] = fmix(acc2[f] as number);
      acc3[f] = fmix(acc3[f] as number);
      return;
    }
    let v0 = r0;
    let v1 = r1;
    let v2 = r2;
    let v3 = r3;
    if (mode === OBJECT) {
      hashString(key as string, TAG_KEY);
      v0 = fmix(imul(r0 ^ v1, 0x85ebca6b) + v0);
      v1 = fmix(imul(r1 ^ v2, 0xc2b2ae35) + v1);
      v2 = fmix(imul(r2 ^ v3, 0xcc9e2d51) + v2);
      v3 = fmix(imul(r3 ^ v0, 0x1b873593) + v3);
    }
    acc0[f] = ((acc0[f] as number) + v0) | 0;
    acc1[f] = ((acc1[f] as number) + v1) | 0;
    acc2[f] = ((acc2[f] as number) + v2) | 0;
    acc3[f] = ((acc3[f] as number) + v3) | 0;
  };

  /**
   * Finishes frame `f` into r0..r3. A custom-field list whose every entry was ignored hashes as
   * the empty list it then equals for the diff (which pairs an empty list with an id-keyed one by id).
   */
  const close = (f: number): void => {
    const mode = modes[f] === FIELDS && counts[f] === 0 ? LIST : modes[f];
    const tag = mode === OBJECT ? TAG_OBJECT : mode === LIST ? TAG_LIST : TAG_FIELDS;
    const n = imul(counts[f] as number, 0x9e3779b9) ^ tag;
    const a = acc0[f] as number;
    const b = acc1[f] as number;
    const c = acc2[f] as number;
    const d = acc3[f] as number;
    r0 = fmix(a ^ n ^ imul(d, 0x01000193));
    r1 = fmix(b + n + imul(a, 0x5bd1e995));
    r2 = fmix(c ^ imul(n, 3) ^ imul(b, 0x1b873593));
    r3 = fmix(d + imul(n, 5) + imul(c, 0xcc9e2d51));
  };

  open(root, ignore);
  while (top >= 0) {
    const f = top;
    const node = nodes[f] as Record<string, unknown> & ReadonlyArray<unknown>;
    const mode = modes[f];
    const keys = keyLists[f];
    const trie = tries[f];
    const length = keys === undefined ? node.length : keys.length;
    let descended = false;
    while ((positions[f] as number) < length) {
      const at = positions[f] as number;
      positions[f] = at + 1;
      let child: IgnoreNode | undefined;
      let value: unknown;
      let key: string | undefined;
      if (mode === OBJECT) {
        key = (keys as string[])[at] as string;
        value = node[key];
        if (value === undefined) continue;
        if (trie !== undefined) child = keyChild(trie, key);
      } else {
        value = node[at];
        if (trie !== undefined) child = mode === FIELDS ? idChild(trie, fieldIdOf(value) as number) : indexChild(trie, at);
      }
      if (child?.terminal === true) continue;
      if (typeof value === 'object' && value !== null) {
        open(value, child);
        descended = true;
        break;
      }
      hashScalar(value);
      absorb(f, key, at);
    }
    if (descended) continue;
    close(f);
    top--;
    if (top >= 0) {
      const p = top;
      const at = (positions[p] as number) - 1;
      absorb(p, modes[p] === OBJECT ? (keyLists[p] as string[])[at] : undefined, at);
    }
  }
}
