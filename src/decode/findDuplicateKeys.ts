import { appendPath } from '../codecs/path';

interface Frame {
  readonly path: string;
  readonly keys: Set<string> | undefined; // undefined for an array
  index: number;
}

/**
 * Paths of the keys that appear more than once in the same object of a JSON text (which
 * `JSON.parse` silently resolves to the last value). Runs on text that already parsed, in one
 * iterative pass; only `detectDuplicateKeys` asks for it, since it reads the text a second time.
 */
export function findDuplicateKeys(text: string): string[] {
  const found: string[] = [];
  const stack: Frame[] = [];
  let pendingKey: string | undefined; // the key whose value comes next
  const n = text.length;

  const childPath = (): string => {
    const top = stack[stack.length - 1];
    if (top === undefined) return '';
    if (top.keys === undefined) return appendPath(top.path, top.index);
    return appendPath(top.path, pendingKey ?? '');
  };

  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // A string: find its end, skipping escapes.
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 0x5c) j += 2;
        else if (d === 0x22) break;
        else j++;
      }
      const top = stack[stack.length - 1];
      let k = j + 1;
      while (k < n && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x0a || text.charCodeAt(k) === 0x0d || text.charCodeAt(k) === 0x09)) k++;
      if (top !== undefined && top.keys !== undefined && text.charCodeAt(k) === 0x3a) {
        const key = JSON.parse(text.slice(i, j + 1)) as string;
        if (top.keys.has(key)) found.push(appendPath(top.path, key));
        else top.keys.add(key);
        pendingKey = key;
      }
      i = j;
    } else if (c === 0x7b || c === 0x5b) {
      stack.push({ path: childPath(), keys: c === 0x7b ? new Set<string>() : undefined, index: 0 });
    } else if (c === 0x7d || c === 0x5d) {
      stack.pop();
    } else if (c === 0x2c) {
      const top = stack[stack.length - 1];
      if (top !== undefined && top.keys === undefined) top.index++;
    }
  }
  return found;
}
