import * as t from 'io-ts';
import { isRight } from 'fp-ts/lib/Either.js';
import * as api from '../../src';
import { GuardedType, SafeId, decodeKnowingInvalid, driftingKeys, object } from '../../src/codecs/codec';
import { codecIssues } from '../../src/codecs/codecIssues';

/** Every object codec the package exports. */
const codecs = Object.entries(api as Record<string, unknown>).filter(
  (entry): entry is [string, GuardedType<t.Props, unknown>] => entry[1] instanceof GuardedType,
);

/** Values of every JSON type, and numbers on each side of every leaf rule. */
const PROBES: unknown[] = [
  null, undefined, true, false, '', 'text', '1730', 0, 1, -1, 59, 60, 800, 960, 1730, 2400, 2401, 800.5,
  Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, Infinity, -Infinity, NaN, 1e300, {}, [], ['a'], [1], [null],
  [{}], { a: 1 },
];

/** The idiomatic io-ts reading of a codec's props: what the fast check must agree with. */
function reference(codec: GuardedType<t.Props, unknown>): t.Mixed {
  const props: t.Props = {};
  for (const [key, type] of Object.entries(codec.props)) props[key] = t.union([type as t.Mixed, t.null]);
  return t.partial(props);
}

describe('object codecs', () => {
  it('are all exported (the appointment tree and its parts)', () => {
    expect(codecs.map(([name]) => name).sort()).toEqual([
      'Appointment', 'Client', 'CustomField', 'DateFactory', 'FieldData', 'LegacyCustomFieldData',
      'LegacyCustomFieldForm', 'LegacyFormField', 'Location', 'Office', 'Reason', 'Staff', 'TimeZone',
    ]);
  });

  describe.each(codecs)('%s', (name, codec) => {
    const full = reference(codec);
    const base: Record<string, unknown> = name === 'Appointment' ? { calendarid: 1 } : {};

    it('has a fast guard that agrees with full io-ts validation on every key and every probe', () => {
      const disagreements: string[] = [];
      for (const key of Object.keys(codec.props)) {
        if (name === 'Appointment' && key === 'calendarid') continue; // the id rule is checked below
        for (const probe of PROBES) {
          const value = { ...base, [key]: probe };
          const guard = codec.is(value);
          const expected = isRight(full.decode(value));
          if (guard !== expected) disagreements.push(`${key}=${JSON.stringify(probe)}: guard ${guard}, io-ts ${expected}`);
          // validate() runs the guard, then io-ts: it must decide like the reference either way.
          if (isRight(codec.decode(value)) !== expected) disagreements.push(`${key}=${JSON.stringify(probe)}: decode`);
        }
      }
      expect(disagreements).toEqual([]);
    });

    it('rejects what is not an object', () => {
      for (const value of [null, undefined, 1, 'x', [], [base], true]) {
        expect(codec.is(value)).toBe(false);
        expect(isRight(codec.decode(value))).toBe(false);
      }
    });

    it('keeps keys it does not model', () => {
      const value = { ...base, notModelled: { deep: [1, 2] } };
      const decoded = codec.decode(value);
      expect(isRight(decoded) && decoded.right).toBe(value);
    });

    it('accepts every modelled key as null', () => {
      const allNull: Record<string, unknown> = { ...base };
      for (const key of Object.keys(codec.props)) if (!(key in base)) allNull[key] = null;
      expect(codec.is(allNull)).toBe(true);
    });
  });
});

describe('Appointment', () => {
  it('requires calendarid or calendarId as a safe integer', () => {
    expect(api.Appointment.is({})).toBe(false);
    expect(api.Appointment.is({ calendarid: null })).toBe(false);
    expect(api.Appointment.is({ calendarid: 1 })).toBe(true);
    expect(api.Appointment.is({ calendarId: 1 })).toBe(true);
    expect(api.Appointment.is({ calendarid: 1, calendarId: 2 })).toBe(true);
    expect(api.Appointment.is({ calendarid: null, calendarId: 2 })).toBe(true);
    expect(api.Appointment.is({ calendarid: '1' })).toBe(false);
    expect(api.Appointment.is({ calendarid: 1, calendarId: 'x' })).toBe(false);
    for (const value of [{}, { calendarid: null }, { calendarid: 1.5 }, { calendarId: Number.MAX_SAFE_INTEGER + 2 }]) {
      expect(isRight(api.Appointment.decode(value))).toBe(false);
    }
  });

  it('decodes staff and professional with the same Staff codec', () => {
    expect(api.Appointment.props.staff).toBe(api.Staff);
    expect(api.Appointment.props.professional).toBe(api.Staff);
  });
});

describe('open enumerations', () => {
  it.each([
    [api.AppointmentStatus, api.APPOINTMENT_STATUSES],
    [api.AppointmentSubStatus, api.APPOINTMENT_SUB_STATUSES],
    [api.CustomFieldDataType, api.CUSTOM_FIELD_DATA_TYPES],
    [api.CustomFieldMode, api.CUSTOM_FIELD_MODES],
    [api.LocationType, api.LOCATION_TYPES],
    [api.ReasonType, api.REASON_TYPES],
  ] as const)('%s decodes the known values and any other string, and nothing else', (codec, known) => {
    for (const value of known) expect(codec.is(value)).toBe(true);
    expect([...codec.known].sort()).toEqual([...known].sort());
    expect(codec.is('SOMETHING_NEW')).toBe(true);
    for (const value of [1, null, undefined, {}, []]) expect(codec.is(value)).toBe(false);
  });

  it('type known values for autocompletion while accepting any string', () => {
    const known: api.AppointmentStatus = 'CANCELLED';
    const unknown: api.AppointmentStatus = 'ON_HOLD';
    expect([known, unknown]).toEqual(['CANCELLED', 'ON_HOLD']);
  });
});

describe('shapes seen from TimeTap\'s REST API', () => {
  const { validFixtures, textOf } = jest.requireActual<typeof import('../support/fixtures')>('../support/fixtures');
  const rest = validFixtures().filter((f) => f.name.startsWith('rest-report-'));
  const warningsOf = (text: string): api.DecodeWarning[] => {
    const warnings: api.DecodeWarning[] = [];
    expect(api.parseAppointmentWebhook(text, { onWarning: (w) => warnings.push(w) })._tag).toBe('Right');
    return warnings;
  };

  it('know the statuses PENDING, NO_SHOW and COMPLETED, and the sub-statuses as TimeTap spells them', () => {
    for (const status of ['OPEN', 'PENDING', 'COMPLETED', 'CANCELLED', 'NO_SHOW']) expect(api.AppointmentStatus.known.has(status)).toBe(true);
    expect([...api.APPOINTMENT_SUB_STATUSES]).toEqual(['CONFIRMED', 'INPROGRESS', 'CHECKEDIN']);
    const subStatus = warningsOf('{"calendarId":1,"subStatus":"CHECKED_IN"}');
    expect(subStatus.map((w) => w._tag)).toEqual(['UnknownEnumValue']); // the spelling no source attests
  });

  it('decode the REST fixtures (subStatus, PENDING, NO_SHOW, epoch-millisecond UTC times, the misspelt hash key) with no drift', () => {
    expect(rest.map((f) => f.name).sort()).toEqual(['rest-report-checked-in.json', 'rest-report-no-show.json', 'rest-report-pending.json']);
    const seen = { subStatus: false, epochUtc: false, misspeltHash: false, statuses: new Set<unknown>() };
    for (const { name, bytes } of rest) {
      const text = textOf(bytes);
      expect([name, warningsOf(text)]).toEqual([name, []]);
      expect([name, api.parseAppointmentWebhook(text, { unknownFields: 'reject' })._tag]).toEqual([name, 'Right']);
      const body = JSON.parse(text) as Record<string, unknown>;
      seen.subStatus ||= body.subStatus === 'CHECKEDIN';
      seen.epochUtc ||= typeof body.startDateTimeUTC === 'number';
      seen.misspeltHash ||= typeof body.appointementIdHash === 'string';
      seen.statuses.add(body.status);
    }
    expect(seen).toEqual({ subStatus: true, epochUtc: true, misspeltHash: true, statuses: new Set(['OPEN', 'PENDING', 'NO_SHOW']) });
  });

  it('model the misspelt appointementIdHash beside appointmentIdHash, as a string', () => {
    expect(api.Appointment.props.appointementIdHash).toBe(t.string);
    expect(api.findUnknownFields({ calendarid: 1, appointementIdHash: 'Q7XK2M9PLA4D' })).toEqual([]);
    expect(api.Appointment.is({ calendarid: 1, appointementIdHash: 12 })).toBe(false);
    const rejected = api.parseAppointmentWebhook('{"calendarid":1,"appointementIdHash":"Q7","appointmentIdHashh":"x"}', { unknownFields: 'reject' });
    expect(rejected._tag === 'Left' && rejected.left._tag === 'InvalidPayload' && rejected.left.issues.map((i) => i.path)).toEqual(['appointmentIdHashh']);
  });

  it('keep client.dateOfBirth ("YYYY-MM-DD") as the string sent', () => {
    expect(api.Client.props.dateOfBirth).toBe(t.string);
    const result = api.parseAppointmentWebhook('{"calendarId":1,"client":{"dateOfBirth":"1987-02-14"}}');
    expect(result._tag === 'Right' && result.right.client?.dateOfBirth).toBe('1987-02-14');
  });
});

describe('closed checks (the decoder fast path for text)', () => {
  const { validFixtures, textOf } = jest.requireActual<typeof import('../support/fixtures')>('../support/fixtures');
  const { scanTree } = jest.requireActual<typeof import('../../src/decode/scanTree')>('../../src/decode/scanTree');
  const { schemaDepth } = jest.requireActual<typeof import('../support/schemaDepth')>('../support/schemaDepth');

  it('pass exactly the fixtures that have no unknown keys', () => {
    for (const { name, bytes } of validFixtures()) {
      const value: unknown = JSON.parse(textOf(bytes));
      expect([name, api.Appointment.check(value, true)]).toEqual([name, api.findUnknownFields(value).length === 0]);
    }
  });

  it('fail for a number that overflowed to Infinity where the schema does not say what is inside, which plain io-ts accepts', () => {
    const base = JSON.parse(textOf(validFixtures().find((f) => f.name === 'booked.json')!.bytes)) as Record<string, unknown>;
    const variants: Array<(b: any) => void> = [
      (b) => (b.fieldDataMap = { '1': Infinity }),
      (b) => (b.fields[0].extendedValue = -Infinity),
    ];
    for (const change of variants) {
      const copy = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
      change(copy);
      expect(api.Appointment.check(copy, true)).toBe(false);
      expect(api.Appointment.check(copy, false)).toBe(true);
    }
  });

  it('fail for an unknown key at any depth, a forbidden key, or a container in a key of undocumented type', () => {
    const base = JSON.parse(textOf(validFixtures().find((f) => f.name === 'booked.json')!.bytes)) as Record<string, unknown>;
    expect(api.Appointment.check(base, true)).toBe(true);
    const variants: Array<(b: any) => void> = [
      (b) => (b.extra = 1),
      (b) => (b.client.extra = 1),
      (b) => (b.fields[3].extra = 1),
      (b) => (b.professional.timeZoneCode.extra = 1),
      (b) => Object.defineProperty(b.client, '__proto__', { value: {}, enumerable: true }),
      (b) => (b.fields[0].extendedValue = { deep: [[[]]] }),
      (b) => (b.fields[0].depFields = [[1]]),
      (b) => (b.fieldDataMap = { '1': { a: 1 } }),
    ];
    for (const change of variants) {
      const copy = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
      change(copy);
      expect(api.Appointment.check(copy, true)).toBe(false);
      expect(api.Appointment.check(copy, false)).toBe(true); // still valid: unknown keys are allowed
    }
  });

  it('given a list, pass a body with unknown keys whose modelled keys pass, listing what of them needs a safety look', () => {
    const base = JSON.parse(textOf(validFixtures().find((f) => f.name === 'booked.json')!.bytes)) as any;
    base.extra = 1;
    base.client.extra = { a: [1] };
    base.fields[3].extra = [1e400];
    base.fields[4].constructor = 'x';
    base.professional.big = 1e400;
    const listed: unknown[] = [];
    expect(api.Appointment.check(base, listed)).toBe(true);
    const pairs = [];
    for (let i = 0; i < listed.length; i += 2) pairs.push([listed[i], listed[i + 1]]);
    // A finite scalar under another name needs no look: `extra: 1` is not listed.
    expect(pairs).toEqual([
      [Infinity, 'big'],
      [base.client.extra, 'extra'],
      [base.fields[3].extra, 'extra'],
      ['x', 'constructor'],
    ]);
    expect(api.Appointment.check(base, true)).toBe(false);
    base.client.firstName = 5; // a modelled key that fails still fails the check
    expect(api.Appointment.check(base, [])).toBe(false);
  });

  it('given a list, list the values they refuse without walking into them, and none they walked into', () => {
    const lookedFor = (listed: unknown[]): unknown[][] => {
      const pairs: unknown[][] = [];
      for (let i = 0; i < listed.length; i += 2) if (typeof listed[i + 1] === 'string') pairs.push([listed[i], listed[i + 1]]);
      return pairs;
    };
    const body = { calendarid: 1, note: { a: 1 }, client: { firstName: 5 }, fields: [{ label: 'x' }, [1], 'y'], seats: 1e400 };
    const listed: unknown[] = [];
    expect(api.Appointment.check(body, listed)).toBe(false);
    // The object where a string goes, the array where a custom field goes, the overflowed number;
    // not the client or the fields array, which the check walked (and noted as invalid).
    expect(lookedFor(listed)).toEqual([[body.note, 'note'], [body.fields[1], ''], [Infinity, 'seats']]);
    expect(listed.slice(-2)).toEqual([body, null]); // the root it walked, noted last
    // An object refused for lacking its required key is listed too: it was not walked.
    const Inner = object('Inner', { id: SafeId }, { keys: ['id'], type: SafeId });
    const Outer = object('Outer', { inner: Inner });
    const inner = { x: { __proto__: 1 } };
    const nested: unknown[] = [];
    expect(Outer.check({ inner }, nested)).toBe(false);
    expect(lookedFor(nested)).toEqual([[inner, '']]);
  });

  it('noting what they find invalid, let io-ts report exactly its own issues without checking again', () => {
    const base = JSON.parse(textOf(validFixtures().find((f) => f.name === 'booked.json')!.bytes)) as any;
    const variants: Array<(b: any) => void> = [
      (b) => (b.fields[b.fields.length - 1].label = 42),
      (b) => ((b.fields[0].label = 1), (b.fields[2] = 'x'), (b.client.fields[1].required = 'yes')),
      (b) => ((b.client = []), (b.professional.timeZoneCode = { timeZoneId: 1.5 }), (b.startTime = 2460)),
      (b) => ((b.professional = 'x'), (b.reason.customFieldForm = { customFields: [null, 3, { fieldLabel: 4 }] })),
      (b) => ((b.fields = { 0: {} }), (b.fieldDataMap = []), (b.extra = { deep: [[1e400]] })),
      (b) => ((b.fields[1].extendedValue = { a: [1] }), (b.fields[1].serviceIds = [1, '2'])),
      (b) => ((b.calendarid = undefined), (b.calendarId = null), (b.client.firstName = 3)),
      (b) => ((b.calendarid = '1'), (b.client.extra = 1), (b.client.lastName = false)),
    ];
    const { reportIssues } = jest.requireActual<typeof import('../../src/decode/reportIssues')>('../../src/decode/reportIssues');
    for (const change of variants) {
      const copy = JSON.parse(JSON.stringify(base)) as any;
      change(copy);
      const listed: unknown[] = [];
      expect(api.Appointment.check(copy, listed)).toBe(false);
      const plain = api.Appointment.decode(copy);
      const knowing = decodeKnowingInvalid(api.Appointment, copy, listed);
      expect(plain._tag).toBe('Left');
      expect(knowing._tag).toBe('Left');
      if (plain._tag === 'Left' && knowing._tag === 'Left') {
        expect(codecIssues(knowing.left)).toEqual(codecIssues(plain.left));
        expect(reportIssues(knowing.left)).toEqual(reportIssues(plain.left));
      }
    }
    // A body the closed check fails only for what io-ts accepts decodes to itself.
    const accepted = JSON.parse(JSON.stringify(base)) as any;
    accepted.fields[0].extendedValue = { a: [1] };
    const listed: unknown[] = [];
    expect(api.Appointment.check(accepted, listed)).toBe(false);
    const result = decodeKnowingInvalid(api.Appointment, accepted, listed);
    expect(result._tag === 'Right' && result.right).toBe(accepted);
  });

  it('read only the keys a plain object holds, open or closed', () => {
    const reads = (closed: boolean): Set<string> => {
      const read = new Set<string>();
      const body = new Proxy({ calendarid: 1, seats: 2 } as Record<string, unknown>, {
        get: (target, key, receiver) => {
          if (typeof key === 'string') read.add(key);
          return Reflect.get(target, key, receiver) as unknown;
        },
      });
      expect(api.Appointment.check(body, closed)).toBe(true);
      return read;
    };
    expect(reads(true)).toEqual(new Set(['calendarid', 'seats']));
    expect(reads(false)).toEqual(new Set(['calendarid', 'seats']));
  });

  it('open, find the modelled keys a walk of the enumerable keys cannot see, as io-ts does', () => {
    const hidden = (value: unknown): Record<string, unknown> => Object.defineProperty({ calendarid: 1 }, 'seats', { value, enumerable: false });
    const onPrototype = (value: unknown, enumerable: boolean): Record<string, unknown> =>
      Object.assign(Object.create(Object.defineProperty({}, 'seats', { value, enumerable })) as Record<string, unknown>, { calendarid: 1 });
    const withGetter = (value: unknown): Record<string, unknown> => Object.defineProperty({ calendarid: 1 }, 'seats', { get: () => value });
    for (const make of [hidden, (v: unknown) => onPrototype(v, false), (v: unknown) => onPrototype(v, true), withGetter]) {
      expect(api.Appointment.check(make('many'), false)).toBe(false);
      expect(api.Appointment.is(make('many'))).toBe(false);
      expect(isRight(api.Appointment.decode(make('many')))).toBe(false);
      expect(api.Appointment.check(make(3), false)).toBe(true);
    }
  });

  it('judge each key by its own codec whatever order and set of keys objects of one codec come in', () => {
    // Each check remembers where keys stood in the last object it saw: alternate the shapes.
    const shapes: Array<[Record<string, unknown>, boolean]> = [
      [{ calendarid: 1, note: 'x', seats: 2 }, true],
      [{ calendarid: 1, seats: 'x', note: 2 }, false],
      [{ calendarid: 1, note: 'x', seats: 2 }, true],
      [{ calendarid: 1, seats: 2 }, true],
      [{ calendarid: 1, note: 2 }, false],
      [{ seats: 2, calendarid: 1, note: 'x' }, true],
      [{ calendarid: 1, meetingLink: 'x', note: 'x' }, false], // an unknown key, closed
      [{ calendarid: 1, seats: 2, note: 'x' }, true],
      [{ calendarid: 1, startTime: 960 }, false],
      [{ calendarid: 1, startTime: 930 }, true],
    ];
    for (let round = 0; round < 3; round++) {
      for (const [body, valid] of shapes) {
        expect([body, api.Appointment.check(body, true)]).toEqual([body, valid]);
        expect([body, api.Appointment.is(body)]).toEqual([body, valid || 'meetingLink' in body]);
      }
    }
  });

  it('take a leaf codec\'s own `is` as its judge only where it accepts scalars alone', () => {
    // The judges of object codecs, arrays, unions and the open types are built from their parts;
    // any other codec in the tree is judged by its own `is`, so it must refuse containers.
    const seen = new Set<t.Mixed>();
    const leaves: t.Mixed[] = [];
    const visit = (codec: t.Mixed): void => {
      if (seen.has(codec)) return;
      seen.add(codec);
      if (codec instanceof GuardedType) for (const type of Object.values(codec.props)) visit(type as t.Mixed);
      else if (codec instanceof t.UnionType) for (const member of codec.types as t.Mixed[]) visit(member);
      else if (codec instanceof t.ArrayType) visit(codec.type as t.Mixed);
      else if (codec !== t.unknown && codec !== t.UnknownRecord && codec !== t.UnknownArray) leaves.push(codec);
    };
    visit(api.Appointment);
    expect(leaves.length).toBeGreaterThan(5);
    for (const leaf of leaves) {
      for (const container of [{}, [], [1], { a: 1 }]) expect([leaf.name, leaf.is(container)]).toEqual([leaf.name, false]);
      expect([leaf.name, leaf.is(Infinity)]).toEqual([leaf.name, false]);
    }
  });

  it('bound the nesting of a body they pass by the schema depth (5), far below maxDepth', () => {
    const { APPOINTMENT_DEPTH } = jest.requireActual<typeof import('../../src/decode/parseAppointmentWebhook')>('../../src/decode/parseAppointmentWebhook');
    expect(schemaDepth(api.Appointment)).toBe(APPOINTMENT_DEPTH);
    expect(APPOINTMENT_DEPTH).toBe(5);
    for (const { bytes } of validFixtures()) {
      const value = JSON.parse(textOf(bytes)) as object;
      if (api.Appointment.check(value, true)) expect(scanTree(value, 5, true)).toBeUndefined();
    }
  });
});

describe('driftingKeys (the modelled keys of each object codec, for the drift report)', () => {
  it('lists exactly the modelled keys of every object codec, each codec by its own check', () => {
    expect(new Set(codecs.map(([, codec]) => codec.check)).size).toBe(codecs.length);
    for (const [, codec] of codecs) expect([...driftingKeys(codec.check).keys()]).toEqual(Object.keys(codec.props));
  });

  it('hold no key that Object.prototype has, which an open check could not see on a plain object', () => {
    for (const [name, codec] of codecs) expect([name, Object.keys(codec.props).filter((key) => key in Object.prototype)]).toEqual([name, []]);
  });

  it('gives each key the object codecs and open enumerations its value can meet, through T | null and arrays', () => {
    const at = (key: string) => driftingKeys(api.Appointment.check).get(key);
    expect(at('client')).toEqual([api.Client]);
    expect(at('professional')).toEqual([api.Staff]);
    expect(at('fields')).toEqual([api.CustomField]);
    expect(at('status')).toEqual([api.AppointmentStatus]);
    for (const key of ['note', 'calendarid', 'startTime', 'startDate', 'fieldDataMap', 'deleted']) expect(at(key)).toEqual([]);
    expect(driftingKeys(api.CustomField.check).get('fieldValues')).toEqual([]); // string | Array<string | null>
  });
});

describe('closed checks under a polluted Object.prototype', () => {
  it('makes closed checks fail (slow path) but never rejects or loses a valid body', () => {
    const { validFixtures, textOf } = jest.requireActual<typeof import('../support/fixtures')>('../support/fixtures');
    const text = textOf(validFixtures().find((f) => f.name === 'booked.json')!.bytes);
    const proto = Object.prototype as Record<string, unknown>;
    proto.polluted = 1; // enumerable, inherited by every object
    try {
      expect(api.Appointment.check(JSON.parse(text), true)).toBe(false);
      const result = api.parseAppointmentWebhook(text);
      expect(result._tag).toBe('Right');
      if (result._tag === 'Right') expect(JSON.stringify(result.right)).toBe(JSON.stringify(JSON.parse(text)));
    } finally {
      delete proto.polluted;
    }
    expect(api.Appointment.check(JSON.parse(text), true)).toBe(true);
  });
});
