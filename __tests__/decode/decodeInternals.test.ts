import fc from 'fast-check';
import { findDuplicateKeys } from '../../src/decode/findDuplicateKeys';
import { jsonType } from '../../src/codecs/jsonType';
import { lineAndColumn, locateJsonError } from '../../src/decode/locateJsonError';
import { appendPath, formatPath } from '../../src/codecs/path';
import { describeInput, isPlainObject, readBody } from '../../src/decode/readBody';
import { runInNewContext } from 'node:vm';
import * as t from 'io-ts';
import type { DecodeWarning } from '../../src/decode/DecodeWarning';
import { OpenEnumType, object } from '../../src/codecs/codec';
import { driftWalk } from '../../src/decode/driftWalk';
import { reportIssues } from '../../src/decode/reportIssues';

// Seeded samples (fc.sample with a fixed seed): deterministic, so these tests can also drive
// mutation testing (jest.mutation.config.js), where random runs would make scores wobble.
const SEED = { seed: 20240605 };

/** JSON texts broken by a few single-character edits, with the characters JSON is made of. */
const brokenJson = fc
  .tuple(
    fc.json({ maxDepth: 3 }),
    fc.array(
      fc.tuple(fc.nat(), fc.constantFrom(...'{}[],:"\\0123456789-+.eE tfnul_\n\u0001xu'), fc.constantFrom('insert', 'delete', 'replace')),
      { minLength: 1, maxLength: 3 },
    ),
  )
  .map(([text, edits]) => {
    let s = text;
    for (const [at, ch, kind] of edits) {
      const i = at % (s.length + 1);
      if (kind === 'insert') s = s.slice(0, i) + ch + s.slice(i);
      else if (kind === 'delete') s = s.slice(0, i) + s.slice(i + 1);
      else s = s.slice(0, i) + ch + s.slice(i + 1);
    }
    return s;
  });

describe('locateJsonError', () => {
  it('returns -1 for valid JSON texts', () => {
    for (const text of fc.sample(fc.json({ maxDepth: 4 }), { ...SEED, numRuns: 500 })) expect(locateJsonError(text)).toBe(-1);
    for (const text of [' {"a" : [1, -0.5e+3, 2E-2, true, false, null, "\\u00e9\\n\\"\\/"]}\n', '0', '-0', '"x"', '[]', '{}', '[[]]']) {
      expect([text, locateJsonError(text)]).toEqual([text, -1]);
    }
  });

  it('finds the offset V8 reports, on 3,000 seeded broken texts', () => {
    let compared = 0;
    for (const text of fc.sample(brokenJson, { ...SEED, numRuns: 3000 })) {
      let message: string | undefined;
      try {
        JSON.parse(text);
      } catch (e) {
        message = String(e);
      }
      const found = locateJsonError(text);
      if (message === undefined) {
        expect([text, found]).toEqual([text, -1]);
        continue;
      }
      expect(found).toBeGreaterThanOrEqual(0);
      expect(found).toBeLessThanOrEqual(text.length);
      const position = /at position (\d+)/.exec(message);
      const token = /^SyntaxError: Unexpected token '(.)'/su.exec(message);
      if (position !== null) expect([text, found]).toEqual([text, Number(position[1])]);
      else if (/end of JSON input/.test(message)) expect([text, found]).toEqual([text, text.length]);
      else if (token !== null) expect([text, text[found]]).toEqual([text, token[1]]);
      else continue;
      compared++;
    }
    expect(compared).toBeGreaterThan(2000);
  });

  it.each([
    ['', 0],
    ['   ', 3],
    ['x', 0],
    ['{', 1],
    ['{"a"', 4],
    ['{"a":', 5],
    ['{"a" 1}', 5],
    ['{"a":1,}', 7],
    ['{1:2}', 1],
    ['[1,]', 3],
    ['[1 2]', 3],
    ['[1}', 2],
    ['{"a":1]', 6],
    ['"abc', 4],
    ['"a\\', 3],
    ['"a\\x"', 3],
    ['"\\u12', 5],
    ['"\\u12G4"', 5],
    ['"a\u0001"', 2],
    ['01', 1],
    ['-', 1],
    ['-a', 1],
    ['1.', 2],
    ['1.e5', 2],
    ['1e', 2],
    ['1e+', 3],
    ['tru', 3],
    ['trux', 3],
    ['nul', 3],
    ['fals', 4],
    ['{} {}', 3],
    ['[] x', 3],
    ['{"a":{"b":[1,2,{"c":}]}}', 20],
    ['["\\ ", 1]', 3], // a bad escape followed by what could end a string
    ['\r\n\t{"a":\r1}\t x', 13],
  ])('points at the fault of %j at offset %i', (text, offset) => {
    expect(locateJsonError(text)).toBe(offset);
  });
});

describe('lineAndColumn', () => {
  it('counts 1-based lines and columns, lines ending at \\n', () => {
    expect(lineAndColumn('abc', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('abc', 3)).toEqual({ line: 1, column: 4 });
    expect(lineAndColumn('a\nbc', 1)).toEqual({ line: 1, column: 2 });
    expect(lineAndColumn('a\nbc', 2)).toEqual({ line: 2, column: 1 });
    expect(lineAndColumn('a\nb\n\ncd', 6)).toEqual({ line: 4, column: 2 });
    expect(lineAndColumn('\r\nx', 2)).toEqual({ line: 2, column: 1 });
  });
});

describe('findDuplicateKeys', () => {
  it.each<[string, string, string[]]>([
    ['none', '{"a":1,"b":{"a":2},"c":[{"a":3},{"a":4}]}', []],
    ['top level', '{"a":1,"a":2}', ['a']],
    ['three times', '{"a":1,"a":2,"a":3}', ['a', 'a']],
    ['nested in an object', '{"client":{"firstName":"A","firstName":"B"}}', ['client.firstName']],
    ['in array elements, with indices', '{"fields":[{"x":1},{"x":1,"x":2}],"b":[[],[{"y":0,"y":0}]]}', ['fields[1].x', 'b[1][0].y']],
    ['after nested containers', '{"a":{"b":[1,{"c":2}]},"d":[3],"a":0}', ['a']],
    ['escaped spellings of one key', '{"\\u0061":1,"a":2}', ['a']],
    ['a key that needs quoting', '{"x y":1,"x y":2}', ['["x y"]']],
    ['whitespace before the colon', '{ "a" \n\t: 1 , "a"\r\n:2 }', ['a']],
    ['strings that look like keys or containers', '{"a":"{\\"a\\":1,\\"a\\":2}","b":"[,]","c":"\\\\","c":1}', ['c']],
    ['a value equal to a key', '{"a":"a","b":"a"}', []],
    ['a top-level array', '[{"a":1,"a":1}]', ['[0].a']],
    ['keys holding escaped quotes', '{"a\\"b":1,"x":"\\"","a\\"b":2}', ['["a\\"b"]']],
    ['array elements after scalars and whitespace', '{"b":[1, 2 ,\n"s", {"y":0,"y":0}]}', ['b[3].y']],
  ])('%s', (_what, text, paths) => {
    expect(() => JSON.parse(text) as unknown).not.toThrow();
    expect(findDuplicateKeys(text)).toEqual(paths);
  });
});

describe('path', () => {
  it('appends identifiers with dots, indices in brackets and quotes anything else', () => {
    expect(appendPath('', 'a')).toBe('a');
    expect(appendPath('a', 'b')).toBe('a.b');
    expect(appendPath('a', 0)).toBe('a[0]');
    expect(appendPath('', 3)).toBe('[3]');
    expect(appendPath('a', '$_x9')).toBe('a.$_x9');
    expect(appendPath('a', 'x.y')).toBe('a["x.y"]');
    expect(appendPath('', '')).toBe('[""]');
    expect(appendPath('a', '9x')).toBe('a["9x"]');
    expect(appendPath('a', 'x-y')).toBe('a["x-y"]');
    expect(appendPath('a', 'x\ny')).toBe('a["x\\ny"]');
    expect(formatPath([])).toBe('');
    expect(formatPath(['fields', 1, 'label'])).toBe('fields[1].label');
  });
});

describe('jsonType', () => {
  it('names JSON types and the numbers JSON.parse could not keep', () => {
    expect([null, [], {}, 'x', true, undefined, 1, 1.5, -0].map(jsonType)).toEqual([
      'null', 'array', 'object', 'string', 'boolean', 'undefined', 'number', 'number', 'number',
    ]);
    expect([Infinity, -Infinity, NaN].map(jsonType)).toEqual(['non-finite number', 'non-finite number', 'non-finite number']);
    expect([2 ** 53, -(2 ** 53), 1e300, Number.MAX_SAFE_INTEGER].map(jsonType)).toEqual([
      'unsafe integer', 'unsafe integer', 'unsafe integer', 'number',
    ]);
  });
});

describe('readBody', () => {
  const size = (text: string): number | undefined => {
    const read = readBody(text, 0);
    return read._tag === 'Error' && read.error._tag === 'PayloadTooLarge' ? read.error.size : undefined;
  };

  it('measures text in UTF-8 bytes, lone surrogates as the 3 bytes of U+FFFD', () => {
    for (const text of ['a', 'é', '€', '😀', 'a😀b', '\uD800', '\uDC00', '\uD800a', '\uD800\uD800', 'x\uDBFF']) {
      expect([text, size(text)]).toEqual([text, Buffer.byteLength(text)]);
    }
    const anyText = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), minLength: 1 });
    for (const text of fc.sample(anyText, { ...SEED, numRuns: 1000 })) expect(size(text)).toBe(Buffer.byteLength(text));
  });

  it('only counts bytes when the cheap bounds cannot decide', () => {
    expect(readBody('ab', 6)._tag).toBe('Text'); // 2 units * 3 <= 6
    expect(readBody('€€', 6)._tag).toBe('Text'); // exactly 6 bytes
    expect(readBody('€€', 5)).toMatchObject({ _tag: 'Error', error: { _tag: 'PayloadTooLarge', limit: 5, size: 6 } });
    expect(readBody('abc', 3)._tag).toBe('Text');
    expect(readBody('abcd', 3)).toMatchObject({ error: { size: 4 } });
    expect(readBody('aé', 2)).toMatchObject({ error: { size: 3 } });
    expect(readBody(new Uint8Array(4), 3)).toMatchObject({ error: { _tag: 'PayloadTooLarge', limit: 3, size: 4 } });
    expect(readBody(new Uint8Array([0x7b, 0x7d]), 2)._tag).toBe('Text');
  });

  it('strips one byte order mark and calls what is left empty or not', () => {
    expect(readBody('\uFEFF{}', 100)).toEqual({ _tag: 'Text', text: '{}' });
    expect(readBody('\uFEFF\uFEFF{}', 100)).toEqual({ _tag: 'Text', text: '\uFEFF{}' });
    // Bytes strip one mark too, no more: they give the same text as the string.
    const bom = [0xef, 0xbb, 0xbf];
    expect(readBody(Uint8Array.from([...bom, 0x7b, 0x7d]), 100)).toEqual({ _tag: 'Text', text: '{}' });
    expect(readBody(Uint8Array.from([...bom, ...bom, 0x7b, 0x7d]), 100)).toEqual({ _tag: 'Text', text: '\uFEFF{}' });
    expect(readBody(Uint8Array.from([...bom, 0x20]), 100)).toMatchObject({ error: { _tag: 'EmptyBody' } });
    expect(readBody('\uFEFF  ', 100)).toMatchObject({ error: { _tag: 'EmptyBody' } });
    expect(readBody(' x ', 100)).toEqual({ _tag: 'Text', text: ' x ' });
  });

  it('reports the offset of the first byte that is not UTF-8, as the fatal decoder refuses it', () => {
    const cases: Array<[number[], number]> = [
      [[0x80], 0],
      [[0x61, 0xbf], 1],
      [[0xc0, 0x80], 0], // overlong
      [[0xc1, 0xbf], 0],
      [[0xc2], 0], // truncated
      [[0xc2, 0x41], 0],
      [[0x61, 0xe2, 0x82], 1],
      [[0xe0, 0x80, 0x80], 0], // overlong 3-byte
      [[0xed, 0xa0, 0x80], 0], // a surrogate
      [[0xef, 0xbf, 0xbd, 0xff], 3],
      [[0xf0, 0x80, 0x80, 0x80], 0], // overlong 4-byte
      [[0xf4, 0x90, 0x80, 0x80], 0], // beyond U+10FFFF
      [[0xf5, 0x80, 0x80, 0x80], 0],
      [[0xf0, 0x9f, 0x98, 0x80, 0xf0, 0x9f, 0x98], 4],
      [[0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0x63, 0x61, 0x66, 0xe9, 0x22, 0x7d], 9], // latin-1 "café"
    ];
    for (const [bytes, offset] of cases) {
      expect([bytes, readBody(Uint8Array.from(bytes), 100)]).toEqual([
        bytes,
        { _tag: 'Error', error: expect.objectContaining({ _tag: 'InvalidEncoding', offset }) as unknown },
      ]);
    }
  });

  it('agrees with the fatal decoder on 2,000 seeded byte strings: the offset is the longest valid prefix', () => {
    const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    const valid = (bytes: Uint8Array): boolean => {
      try {
        fatal.decode(bytes);
        return true;
      } catch {
        return false;
      }
    };
    const chunks = fc.array(
      fc.oneof(
        fc.string({ unit: 'binary', maxLength: 4 }).map((s) => Array.from(Buffer.from(s))),
        fc.array(fc.integer({ min: 0x80, max: 0xff }), { minLength: 1, maxLength: 3 }),
      ),
      { minLength: 1, maxLength: 6 },
    );
    for (const parts of fc.sample(chunks, { ...SEED, numRuns: 2000 })) {
      const bytes = Uint8Array.from(parts.flat());
      const read = readBody(bytes, 1000);
      if (valid(bytes)) {
        expect(read._tag === 'Error' ? read.error._tag : read._tag).not.toBe('InvalidEncoding');
        continue;
      }
      let longest = 0;
      for (let k = bytes.length; k >= 0; k--) {
        if (valid(bytes.subarray(0, k))) {
          longest = k;
          break;
        }
      }
      expect([Array.from(bytes), read]).toEqual([
        Array.from(bytes),
        { _tag: 'Error', error: expect.objectContaining({ _tag: 'InvalidEncoding', offset: longest }) as unknown },
      ]);
    }
  });

  it('sorts values into text, parsed values and unsupported inputs', () => {
    expect(readBody([1], 10)).toEqual({ _tag: 'Value', value: [1] });
    const plain = { a: 1 };
    expect(readBody(plain, 10)).toEqual({ _tag: 'Value', value: plain });
    expect(readBody(new Uint8Array([0x31]).buffer, 10)).toEqual({ _tag: 'Text', text: '1' });
    expect(readBody(new DataView(new ArrayBuffer(1)), 10)).toMatchObject({ error: { _tag: 'UnsupportedInput', received: 'DataView' } });
    expect(readBody(7, 10)).toMatchObject({ error: { _tag: 'UnsupportedInput', received: 'number', message: expect.stringContaining('number') as unknown } });
  });
});

describe('isPlainObject and describeInput', () => {
  it('accepts {} from this realm and another, and objects without a prototype', () => {
    expect(isPlainObject({})).toBe(true);
    expect(isPlainObject(Object.create(null) as object)).toBe(true);
    expect(isPlainObject(runInNewContext('({})') as object)).toBe(true);
  });

  it('refuses arrays of another realm, class instances and objects that only pretend', () => {
    class Thing {}
    expect(isPlainObject(new Thing())).toBe(false);
    expect(isPlainObject(Object.create({}) as object)).toBe(false);
    // An ordinary object standing in as a prototype, even one with its own isPrototypeOf.
    expect(isPlainObject(Object.create({ isPrototypeOf: () => true }) as object)).toBe(false);
    expect(isPlainObject(runInNewContext('new Map()') as object)).toBe(false);
    expect(isPlainObject(runInNewContext('[]') as object)).toBe(false);
    // A null-prototype object standing in as a prototype, with isPrototypeOf, but tagged otherwise.
    const fakeProto = Object.assign(Object.create(null) as object, { isPrototypeOf: () => true, [Symbol.toStringTag]: 'Fake' });
    expect(isPlainObject(Object.create(fakeProto) as object)).toBe(false);
    // ... and one without isPrototypeOf.
    expect(isPlainObject(Object.create(Object.create(null) as object) as object)).toBe(false);
  });

  it('names what it was given without using its content', () => {
    class Delivery {}
    expect(describeInput(new Delivery())).toBe('Delivery');
    expect(describeInput(new Map())).toBe('Map');
    expect(describeInput(5)).toBe('number');
    expect(describeInput(null)).toBe('object');
    expect(describeInput(Object.create(null) as object)).toBe('Object');
    const anonymous = new (class {})();
    expect(describeInput(anonymous)).toBe('Object');
    const hostileName = { constructor: { name: 'jon@castleblack.mil' } };
    expect(describeInput(Object.create(hostileName) as object)).toBe('Object');
    const longName = { constructor: Object.defineProperty(function () {}, 'name', { value: `A${'b'.repeat(64)}` }) };
    expect(describeInput(Object.create(longName) as object)).toBe('object');
    const weird = { constructor: Object.defineProperty(function () {}, 'name', { value: 'a b' }) };
    expect(describeInput(Object.create(weird) as object)).toBe('object');
    expect(describeInput(Object.create({ constructor: 5 }) as object)).toBe('Object');
    const numberName = { constructor: Object.defineProperty(function () {}, 'name', { value: 5 }) };
    expect(describeInput(Object.create(numberName) as object)).toBe('Object');
  });
});

describe('driftWalk', () => {
  const Kind = new OpenEnumType('Kind', ['A', 'B']);
  const Inner = object('Inner', { kind: Kind });
  // Unions of an object codec or an enumeration with something else, as a future codec may hold.
  const Outer = object(
    'Outer',
    { either: t.union([Inner, Kind]), maybe: t.union([t.number, Kind]), list: t.array(t.union([Inner, t.null])) },
  );
  const walk = (value: unknown): DecodeWarning[] => {
    const warnings: DecodeWarning[] = [];
    driftWalk(Outer, value, (w) => warnings.push(w));
    return warnings;
  };

  it('follows unions into their object and enumeration members', () => {
    expect(walk({ either: { kind: 'C', x: 1 }, maybe: 'D' })).toEqual([
      { _tag: 'UnknownEnumValue', message: 'either.kind holds a value outside the known Kind values; it was kept.', path: 'either.kind', enum: 'Kind', valueClass: 'C' },
      { _tag: 'UnknownField', message: 'TimeTap sent a key the codecs do not model: either.x.', path: 'either.x' },
      { _tag: 'UnknownEnumValue', message: 'maybe holds a value outside the known Kind values; it was kept.', path: 'maybe', enum: 'Kind', valueClass: 'D' },
    ]);
    // A string where the union also allows an object is checked as an enumeration value.
    expect(walk({ either: 'E' })).toEqual([expect.objectContaining({ path: 'either', valueClass: 'E' })]);
    expect(walk({ either: 'A', maybe: 5 })).toEqual([]);
  });

  it('walks every array element, nulls included', () => {
    expect(walk({ list: [{ kind: 'A' }, null, { kind: 'Z' }, { y: 1 }] }).map((w) => w.path)).toEqual(['list[2].kind', 'list[3].y']);
  });

  it('classes unknown values without quoting anything that is not a token', () => {
    const classes = ['', 'PENDING', 'a', 'x'.repeat(40), 'x'.repeat(41), '1A', 'jon@castleblack.mil', 'Maya Okafor', 'A-B'].map(
      (value) => (walk({ maybe: value })[0] as { valueClass?: string } | undefined)?.valueClass,
    );
    expect(classes).toEqual(['empty', 'PENDING', 'a', 'x'.repeat(40), 'other string', 'other string', 'other string', 'other string', 'other string']);
  });

  it('ignores what is not an object', () => {
    for (const value of [null, 1, 'x', [{ a: 1 }]]) expect(walk(value)).toEqual([]);
  });
});

describe('reportIssues', () => {
  const issues = (codec: t.Mixed, value: unknown) => {
    const result = codec.validate(value, [{ key: '', type: codec, actual: value }]);
    return result._tag === 'Left' ? reportIssues(result.left) : [];
  };

  it('follows an object into the union member of its shape, whatever kind of io-ts object codec it is', () => {
    for (const member of [t.type({ a: t.string }), t.partial({ a: t.string }), t.record(t.string, t.string)]) {
      expect(issues(t.union([member, t.null]), { a: 1 })).toEqual([{ path: 'a', expected: 'string', received: 'number' }]);
    }
    expect(issues(t.union([t.array(t.string), t.null]), ['x', 2])).toEqual([{ path: '[1]', expected: 'string', received: 'number' }]);
  });

  it('reports at the union when no member has the shape of the value', () => {
    const union = t.union([t.type({ a: t.string }), t.number], 'Thing');
    expect(issues(union, null)).toEqual([{ path: '', expected: 'Thing', received: 'null' }]);
    expect(issues(union, 'x')).toEqual([{ path: '', expected: 'Thing', received: 'string' }]);
    expect(issues(union, [1])).toEqual([{ path: '', expected: 'Thing', received: 'array' }]);
    expect(issues(t.type({ u: union }), { u: true })).toEqual([{ path: 'u', expected: 'Thing', received: 'boolean' }]);
  });

  it('keeps one issue per path', () => {
    const codec = t.type({ a: t.union([t.string, t.number]), b: t.string });
    expect(issues(codec, { a: null, b: 1 })).toEqual([
      { path: 'a', expected: '(string | number)', received: 'null' },
      { path: 'b', expected: 'string', received: 'number' },
    ]);
  });
});
