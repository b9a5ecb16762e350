import { runInNewContext } from 'node:vm';
import { parseAppointmentWebhook, type WebhookDecodeError } from '../../src';
import { scanTree } from '../../src/decode/scanTree';

// The safety rules of a body a framework already parsed (`express.json()`, Fastify, Next.js
// `req.json()`), each pinned where a faster scan could drop it. The scan reads every own string
// key through its descriptor; each test below fails if that, or one of the checks, goes.

function leftOf(body: unknown, options?: Parameters<typeof parseAppointmentWebhook>[1]): WebhookDecodeError {
  const result = parseAppointmentWebhook(body, options);
  if (result._tag !== 'Left') throw new Error(`expected a Left, got ${JSON.stringify(result)}`);
  return result.left;
}

/** A getter that records each call and then throws, so that running it shows either way. */
function trap(calls: string[], name: string): () => never {
  return () => {
    calls.push(name);
    throw new Error(`getter ${name} ran`);
  };
}

function defineGetter(target: object, key: PropertyKey, calls: string[], enumerable = true): void {
  Object.defineProperty(target, key, { enumerable, configurable: true, get: trap(calls, String(key)) });
}

/** `{"calendarid":1,"extra":[[…]]}` nesting `levels` deep, the root being level 1. */
function nested(levels: number): string {
  return `{"calendarid":1,"extra":${'['.repeat(levels - 1)}${']'.repeat(levels - 1)}}`;
}

describe('parseAppointmentWebhook (object input)', () => {
  describe('getters', () => {
    it.each<[string, (calls: string[]) => object, string]>([
      ['a modelled key of the root', (calls) => { const body = { calendarid: 1 }; defineGetter(body, 'status', calls); return body; }, 'status'],
      ['an unknown key of the root', (calls) => { const body = { calendarid: 1 }; defineGetter(body, 'zoom', calls); return body; }, 'zoom'],
      ['a key of a nested object', (calls) => { const client = { clientId: 2 }; defineGetter(client, 'emailAddress', calls); return { calendarid: 1, client }; }, 'client.emailAddress'],
      ['an array element', (calls) => { const fields: unknown[] = [{}, {}]; defineGetter(fields, 1, calls); return { calendarid: 1, fields }; }, 'fields[1]'],
      ['a non-enumerable key', (calls) => { const body = { calendarid: 1 }; defineGetter(body, 'note', calls, false); return body; }, 'note'],
      ['the id itself', (calls) => { const body = {}; defineGetter(body, 'calendarid', calls); return body; }, 'calendarid'],
    ])('refuses an accessor on %s as NonJsonValue without running its getter', (_where, make, path) => {
      const calls: string[] = [];
      expect(leftOf(make(calls))).toMatchObject({ _tag: 'NonJsonValue', path, found: 'accessor' });
      expect(calls).toEqual([]);
    });

    it('refuses a setter without a getter the same way', () => {
      const body = { calendarid: 1 };
      Object.defineProperty(body, 'note', { enumerable: true, set: () => undefined });
      expect(leftOf(body)).toMatchObject({ _tag: 'NonJsonValue', path: 'note', found: 'accessor' });
    });

    it('never runs the getters of a refused object while naming it (Symbol.toStringTag, constructor, name)', () => {
      const calls: string[] = [];
      class Tagged {}
      defineGetter(Tagged.prototype, Symbol.toStringTag, calls);
      class Named {}
      Object.defineProperty(Named, 'name', { get: trap(calls, 'name') });
      const hiddenConstructor = {};
      defineGetter(hiddenConstructor, 'constructor', calls);
      expect(leftOf({ calendarid: 1, extra: new Tagged() })).toMatchObject({ _tag: 'NonJsonValue', path: 'extra', found: 'Tagged' });
      expect(leftOf({ calendarid: 1, extra: [new Named()] })).toMatchObject({ _tag: 'NonJsonValue', path: 'extra[0]', found: 'Object' });
      expect(leftOf({ calendarid: 1, extra: Object.create(hiddenConstructor) as object })).toMatchObject({ _tag: 'NonJsonValue', found: 'Object' });
      expect(leftOf(new Tagged())).toMatchObject({ _tag: 'UnsupportedInput', received: 'Tagged' });
      expect(calls).toEqual([]);
    });

    it('ignores a getter under a symbol key, as JSON.stringify drops the key, without running it', () => {
      const calls: string[] = [];
      const body = { calendarid: 1, client: { clientId: 2 } };
      defineGetter(body, Symbol('audit'), calls);
      defineGetter(body.client, Symbol.toStringTag, calls);
      expect(parseAppointmentWebhook(body)).toEqual({ _tag: 'Right', right: body });
      expect(calls).toEqual([]);
    });
  });

  describe('values JSON cannot carry', () => {
    it('refuses symbol values but ignores symbol keys whatever they hold', () => {
      expect(leftOf({ calendarid: 1, fields: [{ label: Symbol('x') }] })).toMatchObject({ _tag: 'NonJsonValue', path: 'fields[0].label', found: 'symbol' });
      const body = { calendarid: 1, [Symbol('a')]: NaN, [Symbol('b')]: () => 1, [Symbol('c')]: { __proto__: null } };
      expect(parseAppointmentWebhook(body)._tag).toBe('Right');
    });

    it('refuses a non-enumerable key, whatever its value, where it stands', () => {
      for (const value of [1, 'x', undefined, null, { a: 1 }]) {
        const staff = { professionalId: 3 };
        Object.defineProperty(staff, 'internal', { enumerable: false, value });
        expect(leftOf({ calendarid: 1, staff })).toMatchObject({ _tag: 'NonJsonValue', path: 'staff.internal', found: 'non-enumerable property' });
      }
    });

    it('refuses every hole of a sparse array at its index, and undefined elements alike', () => {
      // eslint-disable-next-line no-sparse-arrays
      expect(leftOf({ calendarid: 1, fields: [, {}] })).toMatchObject({ _tag: 'NonJsonValue', path: 'fields[0]', found: 'undefined' });
      // eslint-disable-next-line no-sparse-arrays
      expect(leftOf({ calendarid: 1, extra: [1, 2, ,] })).toMatchObject({ path: 'extra[2]', found: 'undefined' });
      expect(leftOf({ calendarid: 1, extra: new Array(3) })).toMatchObject({ path: 'extra[0]', found: 'undefined' });
      const deleted = [{ label: 'a' }, { label: 'b' }];
      delete deleted[1];
      expect(leftOf({ calendarid: 1, fields: deleted })).toMatchObject({ path: 'fields[1]', found: 'undefined' });
      expect(leftOf({ calendarid: 1, extra: [[undefined]] })).toMatchObject({ path: 'extra[0][0]', found: 'undefined' });
    });

    it('refuses class instances wherever they stand, and objects whose prototype is another object', () => {
      class Booking {
        readonly calendarid = 1;
      }
      class Labels extends Array<string> {}
      expect(leftOf({ calendarid: 1, fields: [{}, new Booking()] })).toMatchObject({ _tag: 'NonJsonValue', path: 'fields[1]', found: 'Booking' });
      expect(leftOf({ calendarid: 1, client: { fields: Labels.from(['a']) } })).toMatchObject({ path: 'client.fields', found: 'Labels' });
      expect(leftOf({ calendarid: 1, client: Object.create({ clientId: 2 }) as object })).toMatchObject({ path: 'client', found: 'Object' });
      expect(leftOf({ calendarid: 1, startDate: new Date(0) })).toMatchObject({ path: 'startDate', found: 'Date' });
      expect(leftOf(new Booking())).toMatchObject({ _tag: 'UnsupportedInput', received: 'Booking' });
    });

    it('refuses NaN and both infinities, and reports a bigint or a function by its type', () => {
      expect(leftOf({ calendarid: 1, seats: NaN })).toMatchObject({ path: 'seats', found: 'NaN' });
      expect(leftOf({ calendarid: 1, extra: [Infinity] })).toMatchObject({ path: 'extra[0]', found: 'Infinity' });
      expect(leftOf({ calendarid: 1, extra: { n: -Infinity } })).toMatchObject({ path: 'extra.n', found: 'Infinity' });
      expect(leftOf({ calendarid: 1, extra: 1n })).toMatchObject({ path: 'extra', found: 'bigint' });
      expect(leftOf({ calendarid: 1, extra: [() => 1] })).toMatchObject({ path: 'extra[0]', found: 'function' });
    });
  });

  describe('cycles', () => {
    it('refuses a cycle at the key that closes it, through objects and arrays', () => {
      const body: Record<string, unknown> = { calendarid: 1 };
      const list: unknown[] = [1];
      body.extra = { list };
      list.push(body);
      expect(leftOf(body)).toMatchObject({ _tag: 'NonJsonValue', path: 'extra.list[1]', found: 'cycle' });
      const self: unknown[] = [];
      self.push(self);
      expect(leftOf({ calendarid: 1, extra: self })).toMatchObject({ path: 'extra[0]', found: 'cycle' });
    });

    it('accepts one object reached many times without a cycle, and checks it once', () => {
      let shared: unknown = { label: 'x' };
      for (let i = 0; i < 60; i++) shared = [shared, shared]; // 2^60 paths if every reference were walked
      expect(parseAppointmentWebhook({ calendarid: 1, extra: shared })._tag).toBe('Right');
    });
  });

  describe('prototypes', () => {
    it('refuses an object whose prototype forges Object.prototype, nested, without running its getters', () => {
      const calls: string[] = [];
      const forged = Object.create(null) as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(Object.prototype)) if (name !== '__proto__') forged[name] = () => true;
      defineGetter(forged, 'status', calls);
      defineGetter(forged, Symbol.toStringTag, calls);
      expect(leftOf({ calendarid: 1, fields: [{}, Object.create(forged) as object] })).toMatchObject({ _tag: 'NonJsonValue', path: 'fields[1]' });
      expect(leftOf(Object.create(forged) as object)).toMatchObject({ _tag: 'UnsupportedInput' });
      expect(calls).toEqual([]);
    });

    it("refuses an object of another realm whose Object.prototype gained a getter, and accepts that realm's plain objects otherwise", () => {
      const context = { calls: [] as string[] };
      const tainted: unknown = runInNewContext(
        'Object.defineProperty(Object.prototype, "status", { get() { calls.push("status"); return "OPEN"; } }); ({ clientId: 2 })',
        context,
      );
      expect(leftOf({ calendarid: 1, client: tainted })).toMatchObject({ _tag: 'NonJsonValue', path: 'client' });
      expect(context.calls).toEqual([]);
      const foreign: unknown = runInNewContext('({ calendarid: 1, fields: [{ label: "x" }], client: { clientId: 2 } })');
      expect(parseAppointmentWebhook(foreign)).toEqual({ _tag: 'Right', right: foreign });
    });

    it('accepts arrays and objects of another realm, and objects without a prototype, at any depth', () => {
      const fields: unknown = runInNewContext('[{ label: "a" }, { label: "b" }]');
      const client = Object.assign(Object.create(null) as object, { clientId: 2 });
      const body = { calendarid: 1, fields, client };
      expect(parseAppointmentWebhook(body)).toEqual({ _tag: 'Right', right: body });
    });
  });

  describe('Proxies', () => {
    it('reads a Proxy through its key and descriptor traps only: the scan never calls its get trap', () => {
      const gets: PropertyKey[] = [];
      const reading = <T extends object>(target: T): T => new Proxy(target, { get: (t, key, receiver) => { gets.push(key); return Reflect.get(t, key, receiver) as unknown; } });
      const body = reading({ calendarid: 1, client: reading({ clientId: 2, fields: [reading({ label: 'x' })] }) });
      expect(scanTree(body, 64, false)).toBeUndefined();
      expect(gets).toEqual([]);
      expect(parseAppointmentWebhook(body)._tag).toBe('Right');
    });

    it('refuses a Proxy whose descriptor trap reports an accessor, without running it', () => {
      const calls: string[] = [];
      const body = new Proxy({ calendarid: 1, note: 'x' } as Record<string, unknown>, {
        getOwnPropertyDescriptor: (t, key) => (key === 'note' ? { configurable: true, enumerable: true, get: trap(calls, 'note') } : Reflect.getOwnPropertyDescriptor(t, key)),
      });
      expect(leftOf(body)).toMatchObject({ _tag: 'NonJsonValue', path: 'note', found: 'accessor' });
      expect(calls).toEqual([]);
    });
  });

  describe('validation, as for the same body in text', () => {
    it('accepts and refuses exactly what the text gets, with the same issues', () => {
      const bodies: object[] = [
        { calendarid: 1, fields: [{ extendedValue: { a: [1] }, depFields: [[1]] }], fieldDataMap: { '1': 'x' } }, // containers where any JSON goes
        { calendarid: 1, extra: { deep: [1, { x: null }] }, client: { pronouns: 'they', fields: [{ conditionalLogic: {} }] } }, // unknown keys
        { calendarid: 1, client: { firstName: 5, extra: 1 }, fields: [{ label: 2 }, 'x'], startTime: 2460 }, // wrong fields
        { calendarId: 2, seats: null, note: undefined, professional: { timeZoneCode: { sortOrder: 1.5 } } },
        { seats: 1 }, // no id
      ];
      for (const body of bodies) expect([body, parseAppointmentWebhook(body)]).toEqual([body, parseAppointmentWebhook(JSON.stringify(body))]);
    });
  });

  describe('depth and forbidden keys, as for the same body in text', () => {
    it('accepts exactly maxDepth levels and refuses the next one, with the path the text gets', () => {
      for (const [limit, options] of [[64, undefined], [3, { maxDepth: 3 }], [2, { maxDepth: 2 }]] as const) {
        const atLimit = nested(limit);
        const past = nested(limit + 1);
        expect(parseAppointmentWebhook(JSON.parse(atLimit) as object, options)._tag).toBe('Right');
        const fromObject = leftOf(JSON.parse(past) as object, options);
        expect(fromObject).toMatchObject({ _tag: 'TooDeep', limit });
        expect(fromObject).toEqual(leftOf(past, options));
      }
      expect(leftOf({ calendarid: 1 }, { maxDepth: 0 })).toMatchObject({ _tag: 'TooDeep', limit: 0, path: '' });
    });

    it('gives the first problem the text gets when a body holds several', () => {
      const texts = [
        `{"calendarid":1,"extra":${nested(70).slice(24, -1)},"__proto__":{}}`,
        `{"calendarid":1,"a":{"__proto__":1},"b":{"c":{"constructor":{"prototype":{}}}},"n":1e400}`,
        `{"calendarid":1,"fields":[{"x":1e999},{"constructor":{"prototype":1}}],"client":{"__proto__":null}}`,
        `{"calendarid":1,"b":[[[[[[1]]]]]],"a":{"__proto__":{}},"c":[1e400]}`,
        `{"__proto__":5,"calendarid":1e400}`,
      ];
      const found: string[] = [];
      for (const text of texts) {
        const fromText = leftOf(text, { maxDepth: 6 });
        expect([text, leftOf(JSON.parse(text) as object, { maxDepth: 6 })]).toEqual([text, fromText]);
        found.push(`${fromText._tag} ${(fromText as { path?: string }).path ?? ''}`);
      }
      // The order both scans share: a container's own keys before what they hold, the last container first.
      expect(found).toEqual(['ForbiddenKey __proto__', 'NonJsonValue n', 'ForbiddenKey client.__proto__', 'NonJsonValue c[0]', 'ForbiddenKey __proto__']);
    });

    it('refuses __proto__ whatever it holds, and constructor only when it holds a prototype', () => {
      for (const value of ['"x"', '1', 'null', '{}', '[]', 'true']) {
        const text = `{"calendarid":1,"client":{"__proto__":${value}}}`;
        expect(leftOf(JSON.parse(text) as object)).toMatchObject({ _tag: 'ForbiddenKey', path: 'client.__proto__', key: '__proto__' });
      }
      expect(leftOf({ calendarid: 1, extra: [{ constructor: { prototype: null } }] })).toMatchObject({ _tag: 'ForbiddenKey', path: 'extra[0].constructor' });
      expect(parseAppointmentWebhook({ calendarid: 1, extra: { constructor: { name: 'x' } } })._tag).toBe('Right');
    });
  });
});
