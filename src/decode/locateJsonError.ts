const WHITESPACE = /[ \t\n\r]*/y;
/**
 * The longest start of a scalar that JSON can continue: a string (characters and complete
 * escapes, then the closing quote or as much of an escape as is valid), a number (up to the
 * character that cannot continue it), or a start of `true`, `false` or `null`. The token is
 * complete when `JSON.parse` reads it.
 */
const SCALAR =
  /"(?:[^"\\\0-\x1f]|\\["\\/bfnrt]|\\u[\da-fA-F]{4})*(?:"|\\(?:u[\da-fA-F]{0,3})?)?|-?(?:0|[1-9]\d*)(?:\.\d+(?:[eE][+-]?\d*)?|\.|[eE][+-]?\d*)?|-|t(?:r(?:ue?)?)?|f(?:a(?:l(?:se?)?)?)?|n(?:u(?:ll?)?)?/y;

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
  const closers: string[] = [];
  let i = 0;
  /** Moves `i` past what `pattern` matches there, and returns that. */
  const read = (pattern: RegExp): string => {
    pattern.lastIndex = i;
    const match = pattern.exec(text)?.[0] ?? '';
    i += match.length;
    return match;
  };
  /** Reads a scalar; `true` when it is complete (else `i` is at the fault). `i` never passes `n`. */
  const scalar = (): boolean => {
    try {
      JSON.parse(read(SCALAR));
      return true;
    } catch {
      return false;
    }
  };

  let expectKey = false;
  for (;;) {
    // A value, after a key and a colon in an object.
    read(WHITESPACE);
    if (expectKey) {
      if (text[i] !== '"' || !scalar()) return i;
      read(WHITESPACE);
      if (text[i] !== ':') return i;
      i++;
      read(WHITESPACE);
    }
    const c = text[i];
    if (c === '{' || c === '[') {
      i++;
      read(WHITESPACE);
      const close = c === '{' ? '}' : ']';
      if (text[i] !== close) {
        closers.push(close);
        expectKey = c === '{';
        continue;
      }
      i++;
    } else if (!scalar()) return i;
    // After a value: closers, then a comma or the end.
    for (;;) {
      read(WHITESPACE);
      const close = closers[closers.length - 1];
      if (close === undefined) return i < n ? i : -1;
      if (text[i] !== close) break;
      closers.pop();
      i++;
    }
    if (text[i] !== ',') return i;
    i++;
    expectKey = closers[closers.length - 1] === '}';
  }
}

/** 1-based line and column (in UTF-16 code units) of a 0-based offset; lines end at `\n`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const lines = text.slice(0, offset).split('\n');
  return { line: lines.length, column: (lines.pop() as string).length + 1 };
}
