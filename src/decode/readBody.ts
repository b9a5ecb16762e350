import type { WebhookDecodeError } from './WebhookDecodeError';

/** What a body turned out to be: JSON text to parse, or a value that was already parsed. */
export type Body =
  | { readonly _tag: 'Text'; readonly text: string }
  | { readonly _tag: 'Value'; readonly value: object }
  | { readonly _tag: 'Error'; readonly error: WebhookDecodeError };

const toString = Object.prototype.toString;
// `ignoreBOM`: the mark stays in the text, and `fromText` strips one, as for a string body.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The name of a typed array (`'Uint8Array'` for a `Buffer` too), from any realm, or `undefined`
 * for anything else: the engine reads it from the object's internal slot, so
 * `Symbol.toStringTag` cannot fake it.
 */
const typedArrayName = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype) as object, Symbol.toStringTag)?.get;
/** `ArrayBuffer.prototype.byteLength`'s getter: it throws for anything but a real `ArrayBuffer` (of any realm). */
const arrayBufferLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength')?.get;

function isUint8Array(u: object): u is Uint8Array {
  return typedArrayName?.call(u) === 'Uint8Array';
}

function isArrayBuffer(u: object): u is ArrayBuffer {
  try {
    (arrayBufferLength as () => number).call(u); // (throws too where the getter is missing)
    return true;
  } catch {
    return false;
  }
}

/** The own property names of `Object.prototype`: another realm's has no others. */
const OBJECT_PROTOTYPE_NAMES: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

const emptyBody: Body = {
  _tag: 'Error',
  error: { _tag: 'EmptyBody', message: 'The request body is empty: TimeTap always sends a JSON appointment.' },
};

/** `undefined` is what a route sees when its body parser did not run or skipped the body. */
const noBody: Body = {
  _tag: 'Error',
  error: {
    _tag: 'EmptyBody',
    message: 'No body (undefined): the body parser probably skipped it; check which Content-Types it reads.',
  },
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

/**
 * The offset of the first invalid UTF-8 sequence of `bytes`, which is the length of their longest
 * valid prefix (only called once decoding failed). A lenient decoder puts U+FFFD where a sequence
 * breaks; the first such mark that the bytes do not spell themselves (EF BF BD) is where they
 * break, and what precedes it encodes back to the same bytes.
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const encoder = new TextEncoder();
  let offset = 0;
  let from = 0;
  for (let mark = text.indexOf('\uFFFD'); mark >= 0; mark = text.indexOf('\uFFFD', from)) {
    offset += encoder.encode(text.slice(from, mark)).byteLength;
    if (bytes[offset] !== 0xef || bytes[offset + 1] !== 0xbf || bytes[offset + 2] !== 0xbd) return offset;
    offset += 3;
    from = mark + 1;
  }
  return offset;
}

function fromBytes(bytes: Uint8Array, maxBytes: number): Body {
  if (bytes.length > maxBytes) return tooLarge(maxBytes, bytes.length);
  let text: string;
  try {
    text = decoder.decode(bytes); // keeps a leading BOM: `fromText` strips one, as for strings
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
  // Each UTF-16 unit is 1 to 3 UTF-8 bytes: count them only when the length cannot decide.
  if (text.length * 3 > maxBytes) {
    const size = new TextEncoder().encode(text).byteLength;
    if (size > maxBytes) return tooLarge(maxBytes, size);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return emptyBody;
  return { _tag: 'Text', text };
}

/**
 * `true` when `proto` is, as far as its own properties tell without running any of them, another
 * realm's `Object.prototype`: no prototype of its own, `isPrototypeOf` among its names, and only
 * names `Object.prototype` has, each a method (the `__proto__` accessor aside). So it holds no
 * data and no getter a codec could read through it. (Symbol keys are not looked at: codecs read
 * string keys only, and test runners mark prototypes with symbols.)
 */
function isObjectPrototype(proto: object): boolean {
  if (Object.getPrototypeOf(proto) !== null) return false;
  const names = Object.getOwnPropertyNames(proto);
  if (!names.includes('isPrototypeOf')) return false;
  for (const name of names) {
    if (!OBJECT_PROTOTYPE_NAMES.has(name)) return false;
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (descriptor === undefined) return false;
    if (name === '__proto__' ? 'value' in descriptor : typeof descriptor.value !== 'function') return false;
  }
  return true;
}

/** Stands for a getter met where a value was looked up: {@link lookup} never runs it. */
const GETTER = Symbol('getter');

/**
 * The value of `key` on `u` or the first of its prototypes that holds it, read through
 * descriptors: `GETTER` for an accessor (never run) or a chain too long to follow.
 */
function lookup(u: object, key: PropertyKey): unknown {
  let o: object | null = u;
  for (let steps = 0; o !== null; steps++) {
    const descriptor = steps < 64 ? Object.getOwnPropertyDescriptor(o, key) : {};
    if (descriptor !== undefined) return 'value' in descriptor ? descriptor.value : GETTER;
    o = Object.getPrototypeOf(o) as object | null;
  }
  return undefined;
}

/** The tag `Object.prototype.toString` gives `u` (`'Object'`, `'Date'`), or `undefined` where it would run a `Symbol.toStringTag` getter. */
function tagOf(u: object): string | undefined {
  return lookup(u, Symbol.toStringTag) === GETTER ? undefined : toString.call(u).slice(8, -1);
}

/** `true` for `{}`-like objects, from this realm or another (a `vm` context, an iframe). No getter of `u` or its prototypes runs. */
export function isPlainObject(u: object): boolean {
  const proto: unknown = Object.getPrototypeOf(u);
  if (proto === null || proto === Object.prototype) return true;
  return typeof proto === 'object' && isObjectPrototype(proto as object) && tagOf(u) === 'Object';
}

/** A short, value-free name for what an unsupported input was, found without running any of its getters. */
export function describeInput(u: unknown): string {
  if (typeof u !== 'object' || u === null) return typeof u;
  const proto: unknown = Object.getPrototypeOf(u);
  const ctor = typeof proto === 'object' && proto !== null ? lookup(proto, 'constructor') : undefined;
  const name = typeof ctor === 'function' ? lookup(ctor, 'name') : undefined;
  const found = typeof name === 'string' && name !== '' ? name : (tagOf(u) ?? 'object');
  return /^[A-Za-z_$][\w$]{0,63}$/.test(found) ? found : 'object';
}

/**
 * Sorts a webhook body into text to parse or an already-parsed value, enforcing `maxBytes` and
 * UTF-8 on the way. Works without Node built-ins: a `Buffer` is recognised as the `Uint8Array` it
 * is. Inputs are judged by what they are (internal slots, real prototypes), never by
 * `Symbol.toStringTag`.
 */
export function readBody(body: unknown, maxBytes: number): Body {
  if (body === undefined) return noBody;
  if (body === null) return emptyBody;
  if (typeof body === 'string') return fromText(body, maxBytes);
  if (typeof body !== 'object') return unsupported(typeof body);
  if (Array.isArray(body)) return { _tag: 'Value', value: body };
  if (isUint8Array(body)) return fromBytes(body, maxBytes);
  if (isPlainObject(body)) return { _tag: 'Value', value: body };
  if (isArrayBuffer(body)) return fromBytes(new Uint8Array(body), maxBytes);
  return unsupported(describeInput(body));
}
