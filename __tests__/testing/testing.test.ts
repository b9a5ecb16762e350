import fc from 'fast-check';
import { APPOINTMENT_STATUSES, appointmentId, parseAppointmentWebhook, type Appointment, type CustomField } from '../../src';
import { appointmentScenario, buildAppointment, buildCustomField, type DeepPartial } from '../../src/testing';
import { readValid } from '../support/fixtures';

function decodes(value: unknown): Appointment {
  const result = parseAppointmentWebhook(value);
  if (result._tag === 'Left') throw new Error(result.left.message);
  return result.right;
}

/** Decoding the JSON text of `value` gives a value deep-equal to it (what an endpoint would see). */
function roundTrips(value: Appointment): boolean {
  const result = parseAppointmentWebhook(JSON.stringify(value));
  return result._tag === 'Right' && JSON.stringify(result.right) === JSON.stringify(value);
}

function thrownBy(build: () => unknown): Error {
  try {
    build();
  } catch (error) {
    return error as Error;
  }
  throw new Error('did not throw');
}

// Overrides a user might write, drawn at random: valid values only, objects partial at every level.
const hhmm = fc.integer({ min: 0, max: 24 }).chain((h) => (h === 24 ? fc.constant(2400) : fc.integer({ min: 0, max: 59 }).map((m) => h * 100 + m)));
const text = fc.string({ maxLength: 20 });
const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null | undefined> => fc.oneof(arb, fc.constant(null), fc.constant(undefined));
const customField: fc.Arbitrary<DeepPartial<CustomField>> = fc.record(
  {
    schedulerPreferenceFieldDefnId: fc.maxSafeNat(),
    label: maybe(text),
    value: maybe(text),
    dataType: fc.constantFrom('TXT', 'AREA', 'LIST', 'DATE', 'NEW_TYPE'),
    mode: fc.constantFrom('APPT', 'CLIENT', 'CLASS'),
    fieldValues: fc.oneof(text, fc.array(fc.option(text, { nil: null }), { maxLength: 4 })),
    serviceIds: fc.array(fc.maxSafeNat(), { maxLength: 3 }),
    createdDate: fc.oneof(text, fc.integer({ min: 0, max: 4102444800000 })),
  },
  { requiredKeys: [] },
);
const overrides: fc.Arbitrary<DeepPartial<Appointment>> = fc.record(
  {
    calendarid: fc.maxSafeNat(),
    status: fc.constantFrom(...APPOINTMENT_STATUSES, 'SOMETHING_NEW'),
    startTime: hhmm,
    endTime: maybe(hhmm),
    note: maybe(fc.string()),
    price: maybe(fc.double({ min: -1e6, max: 1e6, noNaN: true })),
    updateSequence: fc.nat(),
    modifieddate: fc.oneof(text, fc.integer({ min: 0, max: 4102444800000 })),
    client: maybe(
      fc.record(
        { clientId: fc.maxSafeNat(), firstName: maybe(text), emailAddress: maybe(text), fields: fc.array(customField, { maxLength: 3 }) },
        { requiredKeys: [] },
      ),
    ),
    professional: maybe(
      fc.record(
        { professionalId: fc.maxSafeNat(), fullName: maybe(text), timeZoneCode: fc.record({ timeZoneCode: text }, { requiredKeys: [] }) },
        { requiredKeys: [] },
      ),
    ),
    location: maybe(fc.record({ locationId: fc.maxSafeNat(), locationName: text }, { requiredKeys: [] })),
    fields: fc.array(customField, { maxLength: 4 }),
    fieldDataList: fc.array(fc.record({ schedulerPreferenceFieldDefnId: fc.maxSafeNat(), value: maybe(text) }), { maxLength: 3 }),
  },
  { requiredKeys: [] },
);

describe('buildAppointment', () => {
  it('returns an appointment that decodes, from text too, to the same value', () => {
    const appointment = buildAppointment();
    expect(decodes(appointment)).toBe(appointment);
    expect(roundTrips(appointment)).toBe(true);
  });

  it('is shaped like a real TimeTap body: calendarid, professional, lowercase createddate', () => {
    const appointment = buildAppointment();
    expect(appointment.calendarid).toEqual(expect.any(Number));
    expect(appointment).not.toHaveProperty('calendarId');
    expect(appointment.professional?.professionalId).toEqual(expect.any(Number));
    expect(appointment).not.toHaveProperty('staff');
    expect(appointment).toHaveProperty('createddate');
    expect(appointment).toHaveProperty('modifieddate');
    expect(appointment.status).toBe('OPEN');
  });

  it('uses only keys a real captured body has, at the top level and in every child object', () => {
    const real = decodes(readValid('booked.json')) as Record<string, unknown>;
    const built = buildAppointment() as Record<string, unknown>;
    for (const key of Object.keys(built)) {
      expect({ key, known: key in real }).toEqual({ key, known: true });
      const child = built[key];
      const realChild = real[key];
      if (typeof child === 'object' && child !== null && !Array.isArray(child)) {
        for (const childKey of Object.keys(child)) {
          expect({ key: `${key}.${childKey}`, known: childKey in (realChild as object) }).toEqual({ key: `${key}.${childKey}`, known: true });
        }
      }
    }
  });

  it('keeps its answers consistent: fieldDataList matches the answered fields and its JSON copy', () => {
    const appointment = buildAppointment();
    const answered = (appointment.fields ?? []).filter((f) => f.value != null && f.value !== '');
    expect(appointment.fieldDataList).toEqual(answered.map((f) => ({ schedulerPreferenceFieldDefnId: f.schedulerPreferenceFieldDefnId, value: f.value })));
    expect(JSON.parse(appointment.fieldDataListJson ?? '')).toEqual(appointment.fieldDataList);
    expect(appointment.client?.fields).toEqual(appointment.fields);
    expect(JSON.parse(appointment.client?.fieldDataListJson ?? '')).toEqual(appointment.client?.fieldDataList);
  });

  it('returns a fresh object every call, sharing nothing with the previous one', () => {
    const first = buildAppointment();
    const second = buildAppointment();
    expect(second).toEqual(first);
    expect(second.client).not.toBe(first.client);
    expect(second.fields).not.toBe(first.fields);
    expect(second.client?.fields).not.toBe(second.fields);
    (first.client as { firstName?: string | null }).firstName = 'Changed';
    (first.fields as CustomField[]).pop();
    expect(buildAppointment()).toEqual(second);
  });

  it('merges object overrides deeply, keeping the sibling keys', () => {
    const appointment = buildAppointment({ client: { firstName: 'Ana' }, professional: { timeZoneCode: { timeZoneCode: 'Europe/London' } } });
    expect(appointment.client?.firstName).toBe('Ana');
    expect(appointment.client?.lastName).toBe(buildAppointment().client?.lastName);
    expect(appointment.professional?.timeZoneCode).toEqual({ ...buildAppointment().professional?.timeZoneCode, timeZoneCode: 'Europe/London' });
  });

  it('accepts a whole decoded appointment as overrides (the types allow it)', () => {
    const whole: DeepPartial<Appointment> = appointmentScenario().cancelled;
    expect(buildAppointment(whole)).toEqual(whole);
  });

  it('replaces arrays rather than merging them', () => {
    const field = buildCustomField({ schedulerPreferenceFieldDefnId: 107740, label: 'Plan', value: 'Gold' });
    expect(buildAppointment({ fields: [field] }).fields).toEqual([field]);
    expect(buildAppointment({ fields: [] }).fields).toEqual([]);
  });

  it('sets a key to null with null, and removes it with undefined', () => {
    const appointment = buildAppointment({ professional: undefined, staff: { professionalId: 42441 }, note: null });
    expect(appointment).not.toHaveProperty('professional');
    expect(appointment.staff).toEqual({ professionalId: 42441 });
    expect(appointment.note).toBeNull();
  });

  it('does not change the overrides it is given, nor share objects with them', () => {
    const given = { client: { firstName: 'Ana' }, fields: [{ schedulerPreferenceFieldDefnId: 1, value: 'a' }] };
    const copy = JSON.parse(JSON.stringify(given)) as typeof given;
    const appointment = buildAppointment(given);
    expect(given).toEqual(copy);
    expect(appointment.client).not.toBe(given.client);
    expect(appointment.fields?.[0]).not.toBe(given.fields[0]);
  });

  it('returns an appointment that decodes, and carries every override, for any valid overrides', () => {
    fc.assert(
      fc.property(overrides, (o) => {
        const appointment = buildAppointment(o);
        expect(decodes(appointment)).toBe(appointment);
        expect(roundTrips(appointment)).toBe(true);
        for (const [key, value] of Object.entries(o)) {
          const built = (appointment as Record<string, unknown>)[key];
          if (value === undefined) expect(built).toBeUndefined();
          else if (value === null || Array.isArray(value) || typeof value !== 'object') expect(built).toEqual(value);
          else expect(built).toMatchObject(JSON.parse(JSON.stringify(value)) as object);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('throws a TypeError naming the path, never the value, when the overrides cannot decode', () => {
    const invalid: ReadonlyArray<[DeepPartial<Appointment>, string]> = [
      [{ startTime: 2500 }, 'startTime'],
      [{ calendarid: 1.5 }, 'calendarid'],
      [{ calendarid: undefined }, 'calendarid'],
      [{ client: { emailAddress: 12345 as unknown as string } }, 'client.emailAddress'],
      [{ price: Number.NaN }, 'price'],
      [{ modifieddate: new Date(0) as unknown as string }, 'modifieddate'],
    ];
    for (const [given, path] of invalid) {
      const error = thrownBy(() => buildAppointment(given));
      expect(error).toBeInstanceOf(TypeError);
      expect(error.message).toContain('buildAppointment');
      expect(error.message).toContain(path);
      expect(error.message).not.toContain('12345');
    }
  });

  it('keeps a __proto__ key an own key, which the decoder then refuses, and leaves Object.prototype alone', () => {
    const hostile = JSON.parse('{"__proto__":{"polluted":true}}') as DeepPartial<Appointment>;
    expect(thrownBy(() => buildAppointment(hostile)).message).toContain('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('buildCustomField', () => {
  it('returns a complete answered field that decodes inside an appointment', () => {
    const field = buildCustomField();
    expect(field).toMatchObject({ schedulerPreferenceFieldDefnId: expect.any(Number), label: expect.any(String), value: expect.any(String), mode: 'APPT', code: 'UDF' });
    const appointment = buildAppointment({ fields: [field], client: { fields: [field] } });
    expect(decodes(JSON.parse(JSON.stringify(appointment))).fields).toEqual([field]);
  });

  it('merges overrides and replaces arrays', () => {
    const field = buildCustomField({ label: 'Plan', serviceIds: [1, 2], fieldValues: ['Gold', 'Silver'] });
    expect(field.label).toBe('Plan');
    expect(field.serviceIds).toEqual([1, 2]);
    expect(field.fieldValues).toEqual(['Gold', 'Silver']);
    expect(field.dataType).toBe(buildCustomField().dataType);
  });

  it('returns a field that decodes for any valid overrides', () => {
    fc.assert(
      fc.property(customField, (o) => {
        const field = buildCustomField(o);
        expect(decodes(buildAppointment({ fields: [field] })).fields).toEqual([field]);
      }),
      { numRuns: 200 },
    );
  });

  it('throws a TypeError naming the path when the overrides cannot decode', () => {
    const error = thrownBy(() => buildCustomField({ schedulerPreferenceFieldDefnId: -0.5 }));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toContain('buildCustomField');
    expect(error.message).toContain('schedulerPreferenceFieldDefnId');
  });
});

describe('appointmentScenario', () => {
  const scenario = appointmentScenario();
  const stages = ['booked', 'rescheduled', 'reassigned', 'cancelled', 'deleted'] as const;

  it('returns five snapshots that all decode, from text too', () => {
    expect(Object.keys(scenario)).toEqual([...stages]);
    for (const stage of stages) {
      expect(decodes(scenario[stage])).toBe(scenario[stage]);
      expect(roundTrips(scenario[stage])).toBe(true);
    }
  });

  it('describes one appointment: same id, updateSequence 0 to 4, modifieddate increasing', () => {
    const ids = stages.map((s) => appointmentId(scenario[s]));
    expect(new Set(ids).size).toBe(1);
    expect(stages.map((s) => scenario[s].updateSequence)).toEqual([0, 1, 2, 3, 4]);
    const modified = stages.map((s) => String(scenario[s].modifieddate));
    expect([...modified].sort()).toEqual(modified);
    expect(new Set(modified).size).toBe(5);
    for (const stage of stages) expect(scenario[stage].createddate).toBe(scenario.booked.createddate);
  });

  it('is booked as buildAppointment builds it', () => {
    expect(scenario.booked).toEqual(buildAppointment());
  });

  it('reschedules to a new date and time in every representation, with the same staff member', () => {
    const { booked, rescheduled } = scenario;
    for (const key of ['startDate', 'startTime', 'endTime', 'clientStartTime', 'startDateTimeUTC', 'endDateTimeUTC', 'apptDateTime', 'appointmentDateTimeClient', 'appointmentDateTimeStaff'] as const) {
      expect({ key, changed: rescheduled[key] !== booked[key] }).toEqual({ key, changed: true });
    }
    expect(rescheduled.dateFactory?.day).toBe(12);
    expect(rescheduled.professional).toEqual(booked.professional);
    expect(rescheduled.status).toBe('OPEN');
    // The duration is kept: 45 minutes in both.
    expect(Date.parse(String(rescheduled.endDateTimeUTC)) - Date.parse(String(rescheduled.startDateTimeUTC))).toBe(45 * 60 * 1000);
  });

  it('reassigns to another staff member at the rescheduled time', () => {
    const { rescheduled, reassigned } = scenario;
    expect(reassigned.professional?.professionalId).not.toBe(rescheduled.professional?.professionalId);
    expect(reassigned.startDateTimeUTC).toBe(rescheduled.startDateTimeUTC);
    expect(reassigned.client).toEqual(rescheduled.client);
  });

  it('cancels with a reason and a user, then deletes', () => {
    expect(scenario.cancelled).toMatchObject({ status: 'CANCELLED', displayStatus: 'CANCELLED', cancelReason: expect.any(String), cancelUser: expect.any(String) });
    expect(scenario.cancelled.professional).toEqual(scenario.reassigned.professional);
    expect(scenario.deleted.status).toBe('DELETED');
    expect(stages.slice(0, 3).map((s) => scenario[s].status)).toEqual(['OPEN', 'OPEN', 'OPEN']);
  });

  it('applies overrides to every snapshot', () => {
    const custom = appointmentScenario({ calendarid: 42, client: { firstName: 'Ana' } });
    for (const stage of stages) {
      expect(custom[stage].calendarid).toBe(42);
      expect(custom[stage].client?.firstName).toBe('Ana');
    }
  });

  it('reassigns in `staff` when the appointment names its staff member there', () => {
    const custom = appointmentScenario({ professional: undefined, staff: { professionalId: 5 } });
    expect(custom.booked.staff?.professionalId).toBe(5);
    expect(custom.reassigned.staff?.professionalId).not.toBe(5);
    expect(custom.reassigned).not.toHaveProperty('professional');
  });

  it('returns snapshots that share no objects', () => {
    const fresh = appointmentScenario();
    (fresh.booked.client as { firstName?: string | null }).firstName = 'Changed';
    expect(fresh.rescheduled.client?.firstName).toBe(scenario.rescheduled.client?.firstName);
    expect(appointmentScenario()).toEqual(scenario);
  });
});
