import fc from 'fast-check';
import * as t from 'io-ts';
import { isRight } from 'fp-ts/lib/Either.js';
import * as api from '../../src';
import { GuardedType, decodeKnowingInvalid } from '../../src/codecs/codec';
import { reportIssues } from '../../src/decode/reportIssues';
import { scanTree } from '../../src/decode/scanTree';
import { AppointmentIdiomatic } from '../../bench/schemas/iots-idiomatic';
import { containers } from '../support/appointmentArbitraries';
import { textOf, validFixtures } from '../support/fixtures';

// The fast check of every object codec is derived from its props. These properties hold it to
// plain io-ts: the idiomatic io-ts twin of the appointment (bench/schemas/iots-idiomatic.ts) for
// the verdict, and the same props read by io-ts alone for the issues a failure reports.

const RUNS = { numRuns: 400 };

type Obj = Record<string, unknown>;

const codecs = Object.values(api as Record<string, unknown>).filter(
  (value): value is GuardedType<t.Props, unknown> => value instanceof GuardedType,
);
const modelledKeys = [...new Set(codecs.flatMap((codec) => Object.keys(codec.props)))].sort();
const bodies: ReadonlyArray<Obj> = validFixtures().map((f) => JSON.parse(textOf(f.bytes)) as Obj);

/** The same codec tree with io-ts alone: every `GuardedType` replaced by the `t.partial` it stands for. */
function plainIoTs(codec: t.Mixed): t.Mixed {
  if (codec instanceof GuardedType) {
    const props: t.Props = {};
    for (const [key, type] of Object.entries(codec.props as t.Props)) {
      const plain = plainIoTs(type);
      props[key] = t.union([plain, t.null], `${plain.name} | null`);
    }
    return t.partial(props, codec.name);
  }
  if (codec instanceof t.ArrayType) return t.array(plainIoTs(codec.type as t.Mixed), codec.name);
  if (codec instanceof t.UnionType) return t.union((codec.types as t.Mixed[]).map(plainIoTs) as [t.Mixed, t.Mixed], codec.name);
  return codec;
}
const PlainAppointment = plainIoTs(api.Appointment);

/** Values of every JSON type, numbers on each side of every leaf rule, and nested containers. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, true, false, '', 'OPEN', '800', 0, 1, -1, 59, 60, 800, 860, 1730, 2400, 2401, 800.5, -0),
  fc.constantFrom<unknown>(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, -Number.MAX_SAFE_INTEGER, 1e300, Infinity, -Infinity, NaN),
  fc.string({ maxLength: 4 }),
  fc.integer({ min: -3000, max: 3000 }),
  fc.double(),
  fc.jsonValue({ maxDepth: 2 }),
  fc.array(fc.oneof(fc.integer(), fc.constant(null), fc.string({ maxLength: 2 })), { maxLength: 3 }),
  fc.array(fc.dictionary(fc.constantFrom(...modelledKeys), fc.oneof(fc.constant(null), fc.integer(), fc.string({ maxLength: 2 }), fc.boolean()), { maxKeys: 3 }), { maxLength: 2 }),
  fc.dictionary(fc.constantFrom(...modelledKeys), fc.oneof(fc.constant(null), fc.integer(), fc.string({ maxLength: 2 }), fc.boolean(), fc.constant({})), { maxKeys: 4 }),
);

/** One change at one container of a body: a key (one it has, or any other, modelled or not) set, or deleted. */
const change = fc.record({
  where: fc.nat(),
  existing: fc.boolean(),
  key: fc.oneof(fc.constantFrom(...modelledKeys), fc.constantFrom('extra', 'x', 'constructor', 'toString'), fc.string({ maxLength: 3 })),
  index: fc.nat({ max: 4 }),
  remove: fc.boolean(),
  value: anyValue,
});

/** A valid fixture body changed at 2 to 6 places at once (wrong types, nulls, missing and extra keys, containers). */
const changedBody = fc
  .record({ base: fc.nat({ max: bodies.length - 1 }), changes: fc.array(change, { minLength: 2, maxLength: 6 }) })
  .map(({ base, changes }) => {
    const body = JSON.parse(JSON.stringify(bodies[base])) as Obj;
    for (const c of changes) {
      const all = containers(body);
      const target = all[c.where % all.length] as Obj | unknown[];
      if (Array.isArray(target)) {
        if (c.remove) target.splice(c.index % (target.length + 1), 1);
        else target[Math.min(c.index, target.length)] = c.value;
        continue;
      }
      const own = Object.keys(target);
      const key = c.existing && own.length > 0 ? (own[c.where % own.length] as string) : c.key;
      if (c.remove) delete target[key];
      else Object.defineProperty(target, key, { value: c.value, enumerable: true, writable: true, configurable: true });
    }
    return body;
  });

/** One change no JSON text can make: a hidden, inherited or computed key, a prototype, a hole. */
const exoticChange = fc.record({
  where: fc.nat(),
  key: fc.oneof(fc.constantFrom(...modelledKeys), fc.constantFrom('extra', 'x')),
  kind: fc.constantFrom('nonEnumerable', 'getter', 'inherited', 'nullPrototype', 'classInstance', 'hole', 'symbolKey'),
  value: anyValue,
});

class Holder {}

/** A changed body (as above) with 1 to 4 changes JSON cannot make on top. */
const exoticBody = fc
  .record({ body: changedBody, changes: fc.array(exoticChange, { minLength: 1, maxLength: 4 }) })
  .map(({ body, changes }) => {
    for (const c of changes) {
      const all = containers(body);
      const target = all[c.where % all.length] as Obj | unknown[];
      if (Array.isArray(target)) {
        if (c.kind === 'hole') target.length += 1;
        else if (target.length > 0) delete target[c.where % target.length];
        continue;
      }
      switch (c.kind) {
        case 'nonEnumerable':
          Object.defineProperty(target, c.key, { value: c.value, enumerable: false, writable: true, configurable: true });
          break;
        case 'getter': {
          const value = c.value;
          Object.defineProperty(target, c.key, { get: () => value, enumerable: true, configurable: true });
          break;
        }
        case 'inherited':
          delete target[c.key];
          Object.setPrototypeOf(target, { [c.key]: c.value });
          break;
        case 'nullPrototype':
          Object.setPrototypeOf(target, null);
          break;
        case 'classInstance':
          Object.setPrototypeOf(target, Holder.prototype);
          break;
        default:
          (target as Record<symbol, unknown>)[Symbol(c.key)] = c.value;
      }
    }
    return body;
  });

function issuePaths(result: t.Validation<unknown>): string[] {
  return result._tag === 'Left' ? reportIssues(result.left).map((i) => `${i.path}: expected ${i.expected}, received ${i.received}`) : [];
}

const hasId = (body: Obj): boolean => body.calendarid != null || body.calendarId != null;

/** Every error, whole: the key, codec name and value of each step of its context, then its value. */
function errorsOf(result: t.Validation<unknown>): unknown[] {
  return result._tag === 'Left' ? result.left.map((e) => [e.context.map((c) => [c.key, c.type.name, c.actual]), e.value]) : [];
}

describe('Appointment', () => {
  it('decides like the idiomatic io-ts twin on JSON bodies changed at several keys at once', () => {
    fc.assert(
      fc.property(changedBody, (body) => {
        const expected = AppointmentIdiomatic.is(body);
        expect(api.Appointment.is(body)).toBe(expected);
        const decoded = api.Appointment.decode(body);
        expect(isRight(decoded)).toBe(expected);
        expect(isRight(AppointmentIdiomatic.decode(body))).toBe(expected);
        if (isRight(decoded)) expect(decoded.right).toBe(body); // lossless: the body itself, unknown keys kept
      }),
      RUNS,
    );
  });

  it('decides like the idiomatic io-ts twin on objects JSON cannot make (hidden, inherited and computed keys, prototypes, holes)', () => {
    const note = { calendarid: 1, subStatus: 5 };
    Object.defineProperty(note, 'note', { value: 'hidden', enumerable: false });
    expect(AppointmentIdiomatic.is(note)).toBe(false);
    expect(api.Appointment.is(note)).toBe(false);
    expect(isRight(api.Appointment.decode(note))).toBe(false);
    fc.assert(
      fc.property(exoticBody, (body) => {
        // io-ts's own `is` and `decode` may differ here (an array with holes passes `is`, not `decode`).
        expect(api.Appointment.is(body)).toBe(AppointmentIdiomatic.is(body));
        expect(isRight(api.Appointment.decode(body))).toBe(isRight(AppointmentIdiomatic.decode(body)));
      }),
      RUNS,
    );
  });

  it('reports the issues io-ts alone reports for the same props', () => {
    fc.assert(
      fc.property(changedBody, (body) => {
        const plain = PlainAppointment.decode(body);
        const ours = api.Appointment.decode(body);
        if (isRight(plain)) {
          // Only the id rule comes on top of the props: at calendarid, naming both spellings.
          expect(issuePaths(ours)).toEqual(
            hasId(body) ? [] : ['calendarid: expected safe integer (calendarid or calendarId is required), received undefined'],
          );
        } else {
          expect(issuePaths(ours)).toEqual(issuePaths(plain));
        }
      }),
      RUNS,
    );
  });

  it('gives the very errors io-ts alone gives, context by context, on any body', () => {
    fc.assert(
      fc.property(fc.oneof(changedBody, exoticBody), (body) => {
        if (!hasId(body)) return; // the one rule on top of the props (see above)
        expect(errorsOf(api.Appointment.decode(body))).toEqual(errorsOf(PlainAppointment.decode(body)));
      }),
      RUNS,
    );
  });

  it('gives the same errors when told what the closed check of a parsed body found invalid', () => {
    let failed = 0;
    fc.assert(
      fc.property(changedBody, (body) => {
        const parsed = JSON.parse(JSON.stringify(body)) as Obj;
        if (!hasId(parsed)) return; // the one rule on top of the props (see above)
        if (scanTree(parsed, 64, true) !== undefined) return; // the decoder refuses those before validation
        const noted: unknown[] = [];
        api.Appointment.check(parsed, noted);
        const plain = PlainAppointment.decode(parsed);
        if (plain._tag === 'Left') failed++;
        expect(errorsOf(decodeKnowingInvalid(api.Appointment, parsed, noted))).toEqual(errorsOf(plain));
      }),
      RUNS,
    );
    expect(failed).toBeGreaterThan(RUNS.numRuns / 4); // over half of the changed bodies are invalid: errors were compared
  });

  it('passes a closed check only for a valid body whose every key is modelled and that the safety scan would pass', () => {
    fc.assert(
      fc.property(changedBody, (body) => {
        if (!api.Appointment.check(body, true)) return;
        expect(AppointmentIdiomatic.is(body)).toBe(true);
        expect(api.findUnknownFields(body)).toEqual([]);
        expect(scanTree(body, 5, true)).toBeUndefined();
      }),
      RUNS,
    );
  });
});
