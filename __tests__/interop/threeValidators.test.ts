import fc from 'fast-check';
import { Appointment } from '../../src';
import { appointment as generatedAppointment } from '../support/appointmentArbitraries';
import { invalidFixtures, textOf, validFixtures } from '../support/fixtures';
import { ajvVerdict, decoderVerdict, expectedAjvPaths, standardVerdict, type DecoderVerdict, type Verdict } from '../support/threeValidators';

// The decoder, `Appointment['~standard'].validate` and ajv compiling `appointmentJsonSchema` accept
// exactly the same bodies and, for the others, point at the same paths.
//
// Where they differ by design, and how this test reads them:
// - The decoder checks the body before the codec: size, UTF-8, JSON syntax, nesting depth and
//   prototype-polluting keys (`EmptyBody`, `InvalidEncoding`, `InvalidJson`, `TooDeep`,
//   `ForbiddenKey`). The schemas describe the JSON value, so those bodies are compared only
//   between the Standard Schema and ajv (which must agree with each other), and only when they
//   are JSON at all.
// - The decoder reports a missing id only once every other key is valid; ajv reports it alongside
//   (see `expectedAjvPaths`).

function agree(decoder: DecoderVerdict, value: unknown): { standard: Verdict; ajv: Verdict } {
  const standard = standardVerdict(value);
  const ajv = ajvVerdict(value);
  if ('before' in decoder) {
    expect(ajv.accepted).toBe(standard.accepted);
    expect(ajv.paths).toEqual(expectedAjvPaths(standard, value));
  } else {
    expect(standard).toEqual(decoder);
    expect(ajv.accepted).toBe(decoder.accepted);
    expect(ajv.paths).toEqual(expectedAjvPaths(decoder, value));
  }
  return { standard, ajv };
}

function parsed(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return undefined;
  }
}

describe('the decoder, Appointment as a Standard Schema, and the generated JSON Schema', () => {
  describe.each(validFixtures().map((f) => [f.name, f.bytes] as const))('on fixtures/valid/%s', (_name, bytes) => {
    it('all three accept it', () => {
      const decoder = decoderVerdict(bytes);
      expect(decoder).toEqual({ accepted: true, paths: [] });
      const text = textOf(bytes);
      const { standard, ajv } = agree(decoder, JSON.parse(text));
      expect(standard.accepted && ajv.accepted).toBe(true);
    });
  });

  const invalid = invalidFixtures().filter((f) => f.expected?.tag === 'InvalidPayload');
  describe.each(invalid.map((f) => [f.name, f.bytes, f.expected?.path] as const))(
    'on fixtures/invalid/%s (the decoder reaches the codec)',
    (_name, bytes, path) => {
      it('all three reject it at the same paths', () => {
        const decoder = decoderVerdict(bytes);
        expect(decoder).toMatchObject({ accepted: false });
        const text = textOf(bytes);
        expect((decoder as Verdict).paths).toContain(path);
        const { standard, ajv } = agree(decoder, JSON.parse(text));
        expect(standard.accepted || ajv.accepted).toBe(false);
      });
    },
  );

  const before = invalidFixtures().filter((f) => f.expected !== undefined && f.expected.tag !== 'InvalidPayload');
  describe.each(before.map((f) => [f.name, f.bytes, f.expected?.tag] as const))(
    'on fixtures/invalid/%s (the decoder stops before the codec)',
    (_name, bytes, tag) => {
      it('the decoder reports it; the two schemas agree with each other on its JSON value', () => {
        expect(decoderVerdict(bytes)).toEqual({ before: tag });
        const text = textOf(bytes);
        const json = parsed(text);
        if (json !== undefined) agree({ before: tag as string }, json.value);
      });
    },
  );

  it('covers every invalid fixture and compares at least 25 where the decoder reaches the codec', () => {
    expect(invalid.length + before.length).toBe(invalidFixtures().length);
    expect(invalid.length).toBeGreaterThanOrEqual(25);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties: generated and mutated appointments.

const MAX = Number.MAX_SAFE_INTEGER;

/** JSON values that sit on the codecs' edges: HHmm bounds, the safe-integer range, wrong types. */
const edgy: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null, true, false, '', 'OPEN', 'SOMETHING_NEW', 0, -0, 59, 60, 99, 100, 159, 160, 2359, 2360, 2399, 2400, 2401, -1, 0.5,
    1.5, 800.5, MAX, MAX + 1, -MAX, -MAX - 1, 2 ** 60, 1e308, -1e308, 5e-324, [], {}, [1], ['a', null], [null], [1.5], [{}],
    [{ label: 1 }], { a: 1 }, { clientId: 'x' }, { professionalId: MAX + 1 },
  ),
  fc.integer({ min: -200, max: 2600 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ maxLength: 4 }),
  fc.jsonValue({ maxDepth: 2 }),
);

type Obj = Record<string, unknown>;
const isObj = (u: unknown): u is Obj => typeof u === 'object' && u !== null && !Array.isArray(u);

/** Every (container, key) slot of a JSON value, outermost first. */
function slots(value: unknown): Array<[Obj | unknown[], string | number]> {
  const out: Array<[Obj | unknown[], string | number]> = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) {
      v.forEach((item, i) => {
        out.push([v, i]);
        visit(item);
      });
    } else if (isObj(v)) {
      for (const key of Object.keys(v)) {
        out.push([v, key]);
        visit(v[key]);
      }
    }
  };
  visit(value);
  return out;
}

/** A copy of a generated appointment with one slot replaced (or an object key deleted), anywhere in the tree. */
const mutated: fc.Arbitrary<unknown> = fc
  .tuple(generatedAppointment, fc.nat(), edgy, fc.boolean(), fc.constantFrom(...Object.keys(Appointment.props)))
  .map(([base, pick, replacement, remove, topKey]) => {
    const copy = JSON.parse(JSON.stringify(base)) as Obj;
    const all = slots(copy);
    const slot = all[pick % (all.length + 1)];
    if (slot === undefined) copy[topKey] = replacement; // sometimes a top-level key, present or not
    else if (remove && isObj(slot[0])) delete slot[0][slot[1] as string];
    else (slot[0] as Obj)[slot[1] as string] = replacement;
    return copy;
  });

/** Objects of Appointment's own keys (and one unknown key) with edge values. */
const generated: fc.Arbitrary<unknown> = fc.dictionary(
  fc.constantFrom(...Object.keys(Appointment.props), 'notModelled'),
  edgy,
  { maxKeys: 6 },
);

describe('the three validators, on generated bodies', () => {
  let reachedCodec = 0;
  let rejected = 0;
  const check = (value: unknown): void => {
    const text = JSON.stringify(value);
    const decoder = decoderVerdict(text);
    agree(decoder, JSON.parse(text) as unknown);
    if ('before' in decoder) return;
    reachedCodec++;
    if (!decoder.accepted) rejected++;
  };

  it('agree on mutated appointments (one value replaced or one key removed, anywhere)', () => {
    fc.assert(fc.property(mutated, (value) => check(value)), { numRuns: 1000 });
  });

  it('agree on objects built from the appointment keys and edge values', () => {
    fc.assert(fc.property(generated, (value) => check(value)), { numRuns: 1000 });
  });

  it('agree on any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 3 }), (value) => check(value)), { numRuns: 300 });
  });

  it('exercised both outcomes (the properties above are not vacuous)', () => {
    expect(reachedCodec).toBeGreaterThan(2000);
    expect(rejected).toBeGreaterThan(500);
    expect(reachedCodec - rejected).toBeGreaterThan(300);
  });
});
