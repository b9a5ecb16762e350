import * as t from 'io-ts';
import type { ValidateFunction } from 'ajv';
import { Appointment, parseAppointmentWebhook } from '../../src';
import { AppointmentShape, type Leaf, type Node, type Shape } from '../../bench/schemas/shape';
import { AppointmentZod, zodNode } from '../../bench/schemas/zod';
import { ajvSchemaOf, createAjv, validateAppointmentAjv } from '../../bench/schemas/ajv';
import { AppointmentIdiomatic, iotsNode } from '../../bench/schemas/iots-idiomatic';
import { AppointmentTypeBoxCheck, compileTypeboxNode } from '../../bench/schemas/typebox';
import { invalidFixtures, textOf, validFixtures } from '../support/fixtures';

// The benchmark compares our decoder with zod, ajv, TypeBox and idiomatic io-ts: the comparison is only fair
// if the four model the same tree. These tests pin that: same keys at every level, the same verdict
// on probe values for every leaf, and the same verdict on every fixture.

const baselines: ReadonlyArray<readonly [string, (u: unknown) => boolean]> = [
  ['zod', (u) => AppointmentZod.safeParse(u).success],
  ['ajv', (u) => validateAppointmentAjv(u) === true],
  ['TypeBox', (u) => AppointmentTypeBoxCheck.Check(u)],
  ['io-ts idiomatic', (u) => AppointmentIdiomatic.is(u)],
];

const PROBES: ReadonlyArray<unknown> = [
  0, 1, -1, 1.5, 59, 60, 800, 859, 860, 2400, 2401, -2400, 2 ** 53 - 1, 2 ** 53, -(2 ** 53), 1e300, Infinity,
  '', 'x', '800', true, false, [], ['a'], ['a', null], [1], [null], {}, { a: 1 },
];

const ajv = createAjv();
const ajvLeaves = new Map<Leaf, ValidateFunction>();
function ajvLeaf(leaf: Leaf): ValidateFunction {
  let v = ajvLeaves.get(leaf);
  if (v === undefined) {
    v = ajv.compile(ajvSchemaOf(leaf));
    ajvLeaves.set(leaf, v);
  }
  return v;
}

const typeboxLeaves = new Map<Leaf, (u: unknown) => boolean>();
function typeboxLeaf(leaf: Leaf): (u: unknown) => boolean {
  let check = typeboxLeaves.get(leaf);
  if (check === undefined) {
    const compiled = compileTypeboxNode(leaf);
    check = (u) => compiled.Check(u);
    typeboxLeaves.set(leaf, check);
  }
  return check;
}

/** Where the shape and the codec tree disagree: key sets, container kinds, or a leaf's verdicts. */
function mismatches(codec: t.Mixed, node: Node, path: string, out: string[]): void {
  if (typeof node === 'string') {
    for (const probe of PROBES) {
      const ours = codec.is(probe);
      const theirs = {
        zod: zodNode(node).safeParse(probe).success,
        ajv: ajvLeaf(node)(probe) === true,
        typebox: typeboxLeaf(node)(probe),
        iots: iotsNode(node).is(probe),
      };
      for (const [name, verdict] of Object.entries(theirs)) {
        if (verdict !== ours) out.push(`${path} (${node}) ${name} says ${verdict} for ${JSON.stringify(probe)}`);
      }
    }
  } else if ('arrayOf' in node) {
    if (codec instanceof t.ArrayType) mismatches(codec.type as t.Mixed, node.arrayOf, `${path}[]`, out);
    else out.push(`${path}: the codec is not an array`);
  } else {
    const props = (codec as { props?: t.Props }).props;
    if (props === undefined) {
      out.push(`${path}: the codec has no props`);
      return;
    }
    const shape: Shape = node.object;
    const keys = Object.keys(shape).sort();
    const codecKeys = Object.keys(props).sort();
    if (keys.join() !== codecKeys.join()) out.push(`${path}: keys ${keys.join()} vs ${codecKeys.join()}`);
    for (const key of keys) {
      const inner = props[key];
      const child = shape[key];
      if (inner !== undefined && child !== undefined) mismatches(inner, child, path === '' ? key : `${path}.${key}`, out);
    }
  }
}

describe('bench/schemas (baselines of the benchmark)', () => {
  it('model the same keys as the codecs at every level, with leaves that agree on every probe value', () => {
    const out: string[] = [];
    mismatches(Appointment, { object: AppointmentShape }, '', out);
    expect(out).toEqual([]);
  });

  describe.each(validFixtures().map((f) => [f.name, f.bytes] as const))('valid fixture %s', (_name, bytes) => {
    it('is accepted by our decoder and by every baseline', () => {
      expect(parseAppointmentWebhook(bytes)._tag).toBe('Right');
      const value: unknown = JSON.parse(textOf(bytes));
      expect(baselines.filter(([, accepts]) => !accepts(value)).map(([name]) => name)).toEqual([]);
    });
  });

  const payloadErrors = invalidFixtures().filter((f) => f.expected?.tag === 'InvalidPayload');

  it('covers the invalid fixtures whose problem is the shape of the payload', () => {
    expect(payloadErrors.length).toBeGreaterThanOrEqual(20);
  });

  describe.each(payloadErrors.map((f) => [f.name, f.bytes] as const))('invalid fixture %s', (_name, bytes) => {
    it('is rejected by our decoder and by every baseline', () => {
      const ours = parseAppointmentWebhook(bytes);
      expect(ours._tag === 'Left' && ours.left._tag).toBe('InvalidPayload');
      const value: unknown = JSON.parse(textOf(bytes));
      expect(baselines.filter(([, accepts]) => accepts(value)).map(([name]) => name)).toEqual([]);
    });
  });

  it('accept either id spelling, and an unknown key, like the decoder', () => {
    for (const value of [{ calendarId: 7 }, { calendarid: 7, calendarId: null }, { calendarid: 7, extra: [1] }]) {
      expect(parseAppointmentWebhook(value)._tag).toBe('Right');
      expect(baselines.filter(([, accepts]) => !accepts(value)).map(([name]) => name)).toEqual([]);
    }
  });

  // Mutated bodies: every leaf and container of the valid fixtures (array indices collapsed, each
  // path in the first fixture that has it) replaced in turn by each JSON value below, and an
  // unknown key added to every object. Whatever our decoder says of a mutated body, every baseline
  // must say the same.
  const MUTATIONS: ReadonlyArray<unknown> = [null, 'x', 0, -1, 1.5, 60, 2401, 2 ** 53, true, [], ['a', null], [1], { a: 1 }];

  interface Place {
    readonly parent: Record<string | number, unknown>;
    readonly key: string | number;
    readonly path: string;
  }

  /** Each entry of `value`'s containers whose path (indices collapsed) `seen` does not hold yet. */
  function places(value: unknown, path: string, seen: Set<string>, out: Place[]): void {
    if (typeof value !== 'object' || value === null) return;
    const entries: Array<[string | number, unknown]> = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
    for (const [key, child] of entries) {
      const childPath = typeof key === 'number' ? `${path}[]` : `${path}.${key}`;
      if (!seen.has(childPath)) {
        seen.add(childPath);
        out.push({ parent: value as Record<string | number, unknown>, key, path: childPath });
      }
      places(child, childPath, seen, out);
    }
  }

  function disagreements(value: unknown, what: string): string[] {
    const ours = parseAppointmentWebhook(value)._tag === 'Right';
    return baselines.filter(([, accepts]) => accepts(value) !== ours).map(([name]) => `${what}: ${name} disagrees (ours ${ours ? 'accepts' : 'rejects'})`);
  }

  it('give the same verdict as our decoder on the fixtures with any one value replaced by a probe value', () => {
    const seen = new Set<string>();
    const out: string[] = [];
    let tried = 0;
    let rejected = 0;
    for (const { name, bytes } of validFixtures()) {
      const value: unknown = JSON.parse(textOf(bytes));
      const found: Place[] = [];
      places(value, '', seen, found);
      for (const { parent, key, path } of found) {
        const original = parent[key];
        for (const probe of MUTATIONS) {
          parent[key] = probe;
          tried++;
          if (parseAppointmentWebhook(value)._tag === 'Left') rejected++;
          out.push(...disagreements(value, `${name} ${path} = ${JSON.stringify(probe)}`));
        }
        parent[key] = original;
      }
    }
    expect(out).toEqual([]);
    // Both verdicts must be exercised, or the loop proves nothing.
    expect(seen.size).toBeGreaterThan(250);
    expect(rejected).toBeGreaterThan(tried / 4);
    expect(rejected).toBeLessThan(tried);
  });

  describe.each(validFixtures().map((f) => [f.name, f.bytes] as const))('valid fixture %s', (_name, bytes) => {
    it('is accepted by every baseline with an unknown key added to every object', () => {
      const value: unknown = JSON.parse(textOf(bytes));
      let objects = 0;
      const visit = (v: unknown): void => {
        if (typeof v !== 'object' || v === null) return;
        for (const child of Object.values(v)) visit(child);
        if (!Array.isArray(v)) {
          (v as Record<string, unknown>).addedByTimeTapLater = { nested: [1, 'two', null] };
          objects++;
        }
      };
      visit(value);
      expect(objects).toBeGreaterThan(0);
      expect(parseAppointmentWebhook(value)._tag).toBe('Right');
      expect(disagreements(value, 'unknown keys everywhere')).toEqual([]);
    });
  });
});
