import { runInNewContext } from 'node:vm';
import { parseAppointmentWebhook, type WebhookDecodeError } from '../../src';

const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();

function leftOf(body: unknown, options?: Parameters<typeof parseAppointmentWebhook>[1]): WebhookDecodeError {
  const result = parseAppointmentWebhook(body, options);
  if (result._tag !== 'Left') throw new Error('expected a Left');
  return result.left;
}

class Delivery {
  readonly id = 1;
}
class Tags extends Array<string> {}

/** An accessor property whose getter records that it ran. */
function withGetter(calls: string[], name: string, enumerable = true): Record<string, unknown> {
  const body: Record<string, unknown> = { calendarid: 1 };
  Object.defineProperty(body, name, {
    enumerable,
    get() {
      calls.push(name);
      return 1;
    },
  });
  return body;
}

describe('parseAppointmentWebhook on hostile object inputs', () => {
  afterAll(() => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
    const probe = {} as Record<string, unknown>;
    for (const key of ['isAdmin', 'polluted', 'admin']) expect(probe[key]).toBeUndefined();
  });

  it.each<[string, () => unknown, string, string]>([
    ['NaN', () => ({ calendarid: 1, price: NaN }), 'price', 'NaN'],
    ['Infinity', () => ({ calendarid: 1, price: Infinity }), 'price', 'Infinity'],
    ['-Infinity', () => ({ calendarid: 1, client: { clientId: -Infinity } }), 'client.clientId', 'Infinity'],
    ['a bigint', () => ({ calendarid: 1, businessId: 10n }), 'businessId', 'bigint'],
    ['a function', () => ({ calendarid: 1, note: () => 'x' }), 'note', 'function'],
    ['a toJSON method', () => ({ calendarid: 1, toJSON: () => ({}) }), 'toJSON', 'function'],
    ['a symbol', () => ({ calendarid: 1, status: Symbol('OPEN') }), 'status', 'symbol'],
    ['a class instance', () => ({ calendarid: 1, extra: new Delivery() }), 'extra', 'Delivery'],
    ['an Array subclass', () => ({ calendarid: 1, tags: Tags.from(['a']) }), 'tags', 'Tags'],
    ['a Date', () => ({ calendarid: 1, createddate: new Date(0) }), 'createddate', 'Date'],
    ['a Map', () => ({ calendarid: 1, fieldDataMap: new Map([['1', 'x']]) }), 'fieldDataMap', 'Map'],
    ['a Set', () => ({ calendarid: 1, fields: [{ fieldValues: new Set(['a']) }] }), 'fields[0].fieldValues', 'Set'],
    ['a RegExp', () => ({ calendarid: 1, extra: /x/ }), 'extra', 'RegExp'],
    ['a boxed string', () => ({ calendarid: 1, note: new String('x') }), 'note', 'String'],
    ['a typed array', () => ({ calendarid: 1, extra: new Uint8Array(2) }), 'extra', 'Uint8Array'],
    ['an Error', () => ({ calendarid: 1, extra: new Error('e') }), 'extra', 'Error'],
    ['a Promise', () => ({ calendarid: 1, extra: Promise.resolve(1) }), 'extra', 'Promise'],
    ['undefined in an array', () => ({ calendarid: 1, fields: [undefined] }), 'fields[0]', 'undefined'],
    ['a hole in an array', () => ({ calendarid: 1, tags: [1, , 3] }), 'tags[1]', 'undefined'], // eslint-disable-line no-sparse-arrays
  ])('refuses %s inside an object input, with its path', (_what, make, path, found) => {
    expect(leftOf(make())).toMatchObject({ _tag: 'NonJsonValue', path, found });
  });

  it('refuses a cycle, at the key that closes it', () => {
    const body: Record<string, unknown> = { calendarid: 1 };
    body.self = body;
    expect(leftOf(body)).toMatchObject({ _tag: 'NonJsonValue', path: 'self', found: 'cycle' });

    const client: Record<string, unknown> = { clientId: 2 };
    const deep: Record<string, unknown> = { calendarid: 1, client, fields: [{ label: 'x', extra: { back: [client] } }] };
    client.fields = [{ owner: deep }];
    expect(leftOf(deep)).toMatchObject({ _tag: 'NonJsonValue', path: 'client.fields[0].owner', found: 'cycle' });
  });

  it('accepts the same object reached twice without a cycle, as JSON.stringify does', () => {
    const shared = { label: 'same' };
    const body = { calendarid: 1, a: shared, b: [shared, shared] };
    expect(parseAppointmentWebhook(body)).toEqual({ _tag: 'Right', right: body });
  });

  it('refuses an accessor property without ever running its getter', () => {
    const calls: string[] = [];
    expect(leftOf(withGetter(calls, 'client'))).toMatchObject({ _tag: 'NonJsonValue', path: 'client', found: 'accessor' });
    expect(leftOf(withGetter(calls, 'calendarid2'))).toMatchObject({ found: 'accessor' });
    expect(leftOf({ calendarid: 1, staff: withGetter(calls, 'email') })).toMatchObject({ path: 'staff.email', found: 'accessor' });
    const setterOnly = { calendarid: 1 };
    Object.defineProperty(setterOnly, 'note', { enumerable: true, set: () => undefined });
    expect(leftOf(setterOnly)).toMatchObject({ path: 'note', found: 'accessor' });
    expect(calls).toEqual([]);
  });

  it('never runs a non-enumerable getter, even one the codecs would read', () => {
    const calls: string[] = [];
    expect(leftOf(withGetter(calls, 'calendarid', false))).toMatchObject({ _tag: 'NonJsonValue', path: 'calendarid', found: 'accessor' });
    expect(calls).toEqual([]);
  });

  it('refuses non-enumerable data properties, which JSON.parse never makes but the codecs would read', () => {
    const body = { calendarid: 1 };
    Object.defineProperty(body, 'client', { enumerable: false, value: { constructor: { prototype: {} } } });
    expect(leftOf(body)).toMatchObject({ _tag: 'NonJsonValue', path: 'client', found: 'non-enumerable property' });
  });

  it('never runs the getter of an array element', () => {
    const calls: string[] = [];
    const fields: unknown[] = [{}];
    Object.defineProperty(fields, 0, {
      enumerable: true,
      get() {
        calls.push('fields[0]');
        return {};
      },
    });
    expect(leftOf({ calendarid: 1, fields })).toMatchObject({ _tag: 'NonJsonValue', path: 'fields[0]', found: 'accessor' });
    expect(calls).toEqual([]);
  });

  it('ignores keys JSON.stringify would drop: undefined values and symbols', () => {
    const body = { calendarid: 1, note: undefined, [Symbol('s')]: 1 };
    expect(parseAppointmentWebhook(body)._tag).toBe('Right');
  });

  it('accepts objects without a prototype at any depth, and objects from another realm', () => {
    const client = Object.assign(Object.create(null) as object, { clientId: 2, fields: [Object.create(null) as object] });
    expect(parseAppointmentWebhook({ calendarid: 1, client })._tag).toBe('Right');
    const foreign: unknown = runInNewContext('({ calendarid: 1, client: { clientId: 2 }, fields: [{ label: "x" }] })');
    expect(parseAppointmentWebhook(foreign)).toEqual({ _tag: 'Right', right: foreign });
  });

  it.each<[string, () => unknown]>([
    ['own keys', () => new Proxy({ calendarid: 1 }, { ownKeys: () => { throw new Error('trap'); } })],
    ['a descriptor', () => new Proxy({ calendarid: 1 }, { getOwnPropertyDescriptor: () => { throw new Error('trap'); } })],
    ['the prototype', () => new Proxy({ calendarid: 1 }, { getPrototypeOf: () => { throw new Error('trap'); } })],
    ['any property', () => new Proxy({ calendarid: 1 }, { get: () => { throw new Error('trap'); } })],
    ['a nested one', () => ({ calendarid: 1, client: new Proxy({}, { ownKeys: () => { throw new Error('trap'); } }) })],
    ['an array', () => ({ calendarid: 1, fields: new Proxy([], { get: () => { throw new Error('trap'); } }) })],
  ])('turns a Proxy that throws on %s into an InternalError', (_what, make) => {
    const error = leftOf(make());
    expect(error).toEqual({ _tag: 'InternalError', message: expect.any(String) as unknown });
    expect(error.message).not.toContain('trap');
  });

  it('turns a throwing options object into an InternalError, not a throw', () => {
    const options = new Proxy({}, { get: () => { throw new Error('trap'); } });
    expect(leftOf('{"calendarid":1}', options)).toMatchObject({ _tag: 'InternalError' });
  });

  it('refuses an own __proto__ or constructor-with-prototype key in an object input', () => {
    const own = { calendarid: 1, client: JSON.parse('{"__proto__": {"isAdmin": true}}') as unknown };
    expect(leftOf(own)).toMatchObject({ _tag: 'ForbiddenKey', path: 'client.__proto__', key: '__proto__' });
    const computed = { calendarid: 1, ['__proto__']: { polluted: true } };
    expect(leftOf(computed)).toMatchObject({ _tag: 'ForbiddenKey', path: '__proto__' });
    expect(leftOf({ calendarid: 1, fields: [{ constructor: { prototype: Object.prototype } }] })).toMatchObject({
      _tag: 'ForbiddenKey',
      path: 'fields[0].constructor',
      key: 'constructor',
    });
    // A function is refused as a value JSON cannot carry (its own `prototype` is not looked at).
    expect(leftOf({ calendarid: 1, fields: [{ constructor: Object }] })).toMatchObject({
      _tag: 'NonJsonValue',
      path: 'fields[0].constructor',
      found: 'function',
    });
    expect(leftOf({ calendarid: 1, constructor: { prototype: 1 } })).toMatchObject({ _tag: 'ForbiddenKey', path: 'constructor' });
  });

  it('accepts a constructor key that holds no prototype, from text and from objects', () => {
    for (const body of [
      '{"calendarid": 1, "constructor": {"name": "x"}}',
      '{"calendarid": 1, "constructor": null}',
      '{"calendarid": 1, "client": {"constructor": "x", "prototype": {}}}',
      '{"calendarid": 1, "fields": [{"constructor": [{"prototype": 1}]}]}',
      '{"calendarid": 1, "note": "__proto__", "prototype": {"constructor": 1}}',
    ]) {
      const result = parseAppointmentWebhook(body);
      expect(result).toEqual({ _tag: 'Right', right: JSON.parse(body) as unknown });
      expect(parseAppointmentWebhook(JSON.parse(body) as unknown)).toEqual(result);
    }
  });

  it('gives TooDeep, not a RangeError, for a 100,000-level object input', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = i % 2 === 0 ? [deep] : { a: deep };
    expect(leftOf({ calendarid: 1, extra: deep })).toMatchObject({ _tag: 'TooDeep', limit: 64 });
    expect(leftOf(deep)).toMatchObject({ _tag: 'TooDeep', limit: 64 });
  });

  it('counts the root as level 1 and refuses exactly the level past maxDepth', () => {
    const nest = (levels: number): string => `{"calendarid":1,"extra":${'['.repeat(levels - 1)}${']'.repeat(levels - 1)}}`;
    expect(parseAppointmentWebhook(nest(64))._tag).toBe('Right');
    expect(leftOf(nest(65))).toMatchObject({ _tag: 'TooDeep', limit: 64, path: `extra${'[0]'.repeat(63)}` });
    expect(parseAppointmentWebhook(nest(3), { maxDepth: 3 })._tag).toBe('Right');
    expect(leftOf(nest(4), { maxDepth: 3 })).toMatchObject({ _tag: 'TooDeep', limit: 3, path: 'extra[0][0]' });
    expect(leftOf(JSON.parse(nest(4)) as unknown, { maxDepth: 3 })).toMatchObject({ _tag: 'TooDeep', limit: 3, path: 'extra[0][0]' });
    expect(parseAppointmentWebhook('{"calendarid":1}', { maxDepth: 1 })._tag).toBe('Right');
    expect(leftOf('{"calendarid":1,"client":{}}', { maxDepth: 1 })).toMatchObject({ _tag: 'TooDeep', limit: 1, path: 'client' });
    expect(leftOf('{"calendarid":1}', { maxDepth: 0 })).toMatchObject({ _tag: 'TooDeep', limit: 0, path: '' });
    expect(leftOf('{"calendarid":1}', { maxDepth: 0 }).message).toContain('0 levels');
    expect(leftOf(nest(65)).message).toContain('64 levels');
  });

  it('refuses a maxDepth that is not a usable number instead of falling back to the default', () => {
    for (const maxDepth of [NaN, -1, '3' as unknown as number]) {
      expect(leftOf(`{"calendarid":1,"extra":${'['.repeat(70)}${']'.repeat(70)}}`, { maxDepth })).toMatchObject({ _tag: 'InvalidOptions', option: 'maxDepth' });
    }
  });

  it('judges an input by what it is, not by what Symbol.toStringTag says', () => {
    const tagged = { calendarid: 1, [Symbol.toStringTag]: 'Uint8Array' };
    expect(parseAppointmentWebhook(tagged)).toEqual({ _tag: 'Right', right: tagged });
    class Pretender {
      get [Symbol.toStringTag](): string {
        return 'Uint8Array';
      }
    }
    expect(leftOf(new Pretender())).toMatchObject({ _tag: 'UnsupportedInput', received: 'Pretender' });
    const pretendsBuffer = { calendarid: 1, [Symbol.toStringTag]: 'ArrayBuffer', byteLength: 2 };
    expect(parseAppointmentWebhook(pretendsBuffer)).toEqual({ _tag: 'Right', right: pretendsBuffer });
    // Real bytes from another realm are bytes.
    expect(parseAppointmentWebhook(runInNewContext('new TextEncoder().encode(\'{"calendarid":7}\')', { TextEncoder }))).toEqual({ _tag: 'Right', right: { calendarid: 7 } });
    expect(parseAppointmentWebhook(runInNewContext('new Uint8Array([123,34,99,97,108,101,110,100,97,114,105,100,34,58,55,125]).buffer'))).toEqual({
      _tag: 'Right',
      right: { calendarid: 7 },
    });
  });

  it('refuses an object whose prototype only pretends to be another realm\'s Object.prototype, without running its getters', () => {
    const calls: string[] = [];
    const forged = Object.create(null) as Record<string, unknown>;
    for (const name of Object.getOwnPropertyNames(Object.prototype)) {
      if (name !== '__proto__') forged[name] = () => true;
    }
    forged.calendarid = 5;
    Object.defineProperty(forged, 'status', { enumerable: true, get: () => { calls.push('status'); return 'OPEN'; } });
    const body = Object.create(forged) as object;
    expect(leftOf(body)).toMatchObject({ _tag: 'UnsupportedInput' });
    expect(leftOf({ calendarid: 1, client: body })).toMatchObject({ _tag: 'NonJsonValue', path: 'client' });
    expect(calls).toEqual([]);
    // A real foreign Object.prototype still passes.
    const foreign: unknown = runInNewContext('({ calendarid: 1, client: { clientId: 2 } })');
    expect(parseAppointmentWebhook(foreign)).toEqual({ _tag: 'Right', right: foreign });
  });

  it('keeps -0 as JSON.parse does', () => {
    const result = parseAppointmentWebhook('{"calendarid": -0, "startTime": -0, "price": -0.0}');
    expect(result._tag).toBe('Right');
    if (result._tag === 'Right') {
      expect(Object.is(result.right.calendarid, -0)).toBe(true);
      expect(Object.is(result.right.price, -0)).toBe(true);
    }
    expect(parseAppointmentWebhook({ calendarid: -0 })._tag).toBe('Right');
  });

  it('refuses ids JSON.parse rounded, whether they came as text or as an object', () => {
    expect(leftOf({ calendarid: 1, staff: { professionalId: 2 ** 53 } })).toMatchObject({
      issues: [{ path: 'staff.professionalId', received: 'unsafe integer' }],
    });
    expect(parseAppointmentWebhook({ calendarid: Number.MAX_SAFE_INTEGER })._tag).toBe('Right');
    expect(parseAppointmentWebhook({ calendarid: -Number.MAX_SAFE_INTEGER })._tag).toBe('Right');
    expect(leftOf({ calendarid: Number.MAX_SAFE_INTEGER + 1 })._tag).toBe('InvalidPayload');
  });

  it('does not mutate an object input that it refuses', () => {
    const body = { calendarid: 1, client: { clientId: 2, extra: [1, { a: NaN }] } };
    const before = Object.getOwnPropertyNames(body.client).join();
    leftOf(body);
    expect(Object.getOwnPropertyNames(body.client).join()).toBe(before);
    expect(body.client.extra).toHaveLength(2);
  });

  it('never leaves a value of the body in the error message', () => {
    const message = leftOf({ calendarid: 1, client: { emailAddress: 'jon@castleblack.mil', bad: NaN } }).message;
    expect(message).not.toContain('castleblack');
    expect(message).toContain('client.bad');
  });
});
