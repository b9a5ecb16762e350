/**
 * Finds where a text stops being JSON (RFC 8259, as `JSON.parse` reads it), without recursion.
 * Runs only after `JSON.parse` has failed, so it can be simple rather than fast; it exists because
 * engines word (and position) their `SyntaxError`s differently, and V8 quotes the text in them.
 *
 * @returns the 0-based offset of the first character that cannot continue a JSON text
 *   (`text.length` when the text ends too early), or -1 when the text is valid JSON.
 */
export function locateJsonError(text: string): number {
  const n = text.length;
  const stack: boolean[] = []; // true = object, false = array
  let i = 0;

  const skipWhitespace = (): void => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return;
      i++;
    }
  };
  /** Scans the string starting at `i` (a quote); returns false with `i` at the fault. */
  const scanString = (): boolean => {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === undefined) {
          i = n;
          return false;
        }
        if (e === 'u') {
          for (let k = 2; k < 6; k++) {
            if (i + k >= n) {
              i = n;
              return false;
            }
            if (!/[0-9a-fA-F]/.test(text[i + k] as string)) {
              i += k;
              return false;
            }
          }
          i += 6;
        } else if ('"\\/bfnrt'.includes(e)) {
          i += 2;
        } else {
          i++;
          return false;
        }
      } else {
        i++;
      }
    }
    return false;
  };
  const digits = (): number => {
    const start = i;
    while (i < n && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i++;
    return i - start;
  };
  const scanNumber = (): boolean => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else if (digits() === 0) return false;
    if (text[i] === '.') {
      i++;
      if (digits() === 0) return false;
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      if (digits() === 0) return false;
    }
    return true;
  };
  const scanLiteral = (word: string): boolean => {
    for (let k = 0; k < word.length; k++, i++) if (text[i] !== word[k]) return false;
    return true;
  };

  let expectKey = false;
  for (;;) {
    skipWhitespace();
    if (i >= n) return n;
    if (expectKey) {
      if (text[i] !== '"' || !scanString()) return Math.min(i, n);
      skipWhitespace();
      if (text[i] !== ':') return Math.min(i, n);
      i++;
      expectKey = false;
      continue;
    }
    // A value.
    const c = text[i];
    let scalarOk = true;
    if (c === '{' || c === '[') {
      i++;
      skipWhitespace();
      const close = c === '{' ? '}' : ']';
      if (text[i] === close) {
        i++;
      } else {
        stack.push(c === '{');
        expectKey = c === '{';
        continue;
      }
    } else if (c === '"') scalarOk = scanString();
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) scalarOk = scanNumber();
    else if (c === 't') scalarOk = scanLiteral('true');
    else if (c === 'f') scalarOk = scanLiteral('false');
    else if (c === 'n') scalarOk = scanLiteral('null');
    else return i;
    if (!scalarOk) return Math.min(i, n);
    // After a value: commas, closers, or the end.
    for (;;) {
      skipWhitespace();
      if (stack.length === 0) return i < n ? i : -1;
      if (i >= n) return n;
      const inObject = stack[stack.length - 1] as boolean;
      const d = text[i];
      if (d === ',') {
        i++;
        expectKey = inObject;
        break;
      }
      if (d === (inObject ? '}' : ']')) {
        stack.pop();
        i++;
        continue;
      }
      return i;
    }
  }
}

/** 1-based line and column (in UTF-16 code units) of a 0-based offset; lines end at `\n`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
