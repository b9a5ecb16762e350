import type { WebhookDecodeError } from '../WebhookDecodeError';

/** What a body turned out to be: JSON text to parse, or a value that was already parsed. */
export type Body =
  | { readonly _tag: 'Text'; readonly text: string }
  | { readonly _tag: 'Value'; readonly value: object }
  | { readonly _tag: 'Error'; readonly error: WebhookDecodeError };

const toString = Object.prototype.toString;
const decoder = new TextDecoder('utf-8', { fatal: true });

const emptyBody: Body = {
  _tag: 'Error',
  error: { _tag: 'EmptyBody', message: 'The request body is empty: TimeTap always sends a JSON appointment.' },
};

function unsupported(received: string): Body {
  return {
    _tag: 'Error',
    error: {
      _tag: 'UnsupportedInput',
      message: `Cannot decode a ${received}: pass the body as a string, a Buffer/Uint8Array, an ArrayBuffer or a parsed plain object.`,
      received,
    },
  };
}

function tooLarge(limit: number, size: number): Body {
  return {
    _tag: 'Error',
    error: {
      _tag: 'PayloadTooLarge',
      message: `The body is ${size} bytes, more than the limit of ${limit} bytes (maxBytes).`,
      limit,
      size,
    },
  };
}

/** The UTF-8 length of a string, counted only when the cheap bounds cannot decide. */
function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        bytes += 2; // a surrogate pair: 4 bytes for 2 code units
        i++;
      } else bytes += 2;
    } else bytes += 2;
  }
  return bytes;
}

/** Index of the first byte of `bytes` that is not valid UTF-8 (only called once decoding failed). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    if (i + need >= bytes.length) return i; // truncated sequence
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k] as number;
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}

function fromBytes(bytes: Uint8Array, maxBytes: number): Body {
  if (bytes.length > maxBytes) return tooLarge(maxBytes, bytes.length);
  if (bytes.length === 0) return emptyBody;
  let text: string;
  try {
    text = decoder.decode(bytes); // strips a leading UTF-8 BOM
  } catch {
    const offset = firstInvalidUtf8(bytes);
    return {
      _tag: 'Error',
      error: { _tag: 'InvalidEncoding', message: `The body is not valid UTF-8 (first bad byte at offset ${offset}).`, offset },
    };
  }
  return fromText(text, Infinity);
}

function fromText(text: string, maxBytes: number): Body {
  // Each UTF-16 unit is 1 to 3 UTF-8 bytes: count only when the bounds cannot decide.
  if (text.length * 3 > maxBytes) {
    if (text.length > maxBytes) return tooLarge(maxBytes, utf8Length(text));
    const size = utf8Length(text);
    if (size > maxBytes) return tooLarge(maxBytes, size);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return emptyBody;
  return { _tag: 'Text', text };
}

/** `true` for `{}`-like objects, from this realm or another (a `vm` context, an iframe). */
export function isPlainObject(u: object): boolean {
  const proto: unknown = Object.getPrototypeOf(u);
  if (proto === null || proto === Object.prototype) return true;
  return (
    typeof proto === 'object' &&
    Object.getPrototypeOf(proto) === null &&
    Object.prototype.hasOwnProperty.call(proto, 'isPrototypeOf') &&
    toString.call(u) === '[object Object]'
  );
}

/** A short, value-free name for what an unsupported input was. */
export function describeInput(u: unknown): string {
  if (typeof u !== 'object' || u === null) return typeof u;
  const tag = toString.call(u).slice(8, -1);
  const proto: unknown = Object.getPrototypeOf(u);
  const ctor = typeof proto === 'object' && proto !== null ? (proto as { constructor?: unknown }).constructor : undefined;
  const name = typeof ctor === 'function' && typeof ctor.name === 'string' && ctor.name !== '' ? ctor.name : tag;
  return /^[A-Za-z_$][\w$]{0,63}$/.test(name) ? name : 'object';
}

/**
 * Sorts a webhook body into text to parse or an already-parsed value, enforcing `maxBytes` and
 * UTF-8 on the way. Works without Node built-ins: a `Buffer` is recognised as the `Uint8Array` it is.
 */
export function readBody(body: unknown, maxBytes: number): Body {
  if (body === undefined || body === null) return emptyBody;
  if (typeof body === 'string') return fromText(body, maxBytes);
  if (typeof body !== 'object') return unsupported(typeof body);
  if (Array.isArray(body)) return { _tag: 'Value', value: body };
  const tag = toString.call(body);
  if (tag === '[object Uint8Array]') return fromBytes(body as Uint8Array, maxBytes);
  if (tag === '[object ArrayBuffer]') return fromBytes(new Uint8Array(body as ArrayBuffer), maxBytes);
  if (isPlainObject(body)) return { _tag: 'Value', value: body };
  return unsupported(describeInput(body));
}
