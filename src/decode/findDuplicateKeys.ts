import { appendPath } from '../codecs/path';

interface Frame {
  readonly path: string;
  readonly keys: Set<string> | undefined; // undefined for an array
  index: number;
}

/** A string, with the colon after it when it is a key, or a bracket or a comma. */
const TOKEN = /("(?:[^"\\]|\\[^])*")([ \t\n\r]*:)?|[{}[\],]/g;

/**
 * Paths of the keys that appear more than once in the same object of a JSON text (which
 * `JSON.parse` silently resolves to the last value). Runs on text that already parsed, in one
 * iterative pass; only `detectDuplicateKeys` asks for it, since it reads the text a second time.
 */
export function findDuplicateKeys(text: string): string[] {
  const found: string[] = [];
  const stack: Frame[] = [];
  let pendingKey = ''; // the key whose value comes next
  for (const [token, string, colon] of text.matchAll(TOKEN)) {
    const top = stack[stack.length - 1];
    if (string !== undefined) {
      if (colon === undefined || top?.keys === undefined) continue;
      const key = JSON.parse(string) as string;
      if (top.keys.has(key)) found.push(appendPath(top.path, key));
      else top.keys.add(key);
      pendingKey = key;
    } else if (token === '{' || token === '[') {
      const path = top === undefined ? '' : appendPath(top.path, top.keys === undefined ? top.index : pendingKey);
      stack.push({ path, keys: token === '{' ? new Set<string>() : undefined, index: 0 });
    } else if (token !== ',') stack.pop();
    else if (top !== undefined && top.keys === undefined) top.index++;
  }
  return found;
}
