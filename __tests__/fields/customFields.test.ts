import { isNone, isSome, none, some } from 'fp-ts/lib/Option.js';
import {
  customFieldOptions,
  customFieldValues,
  listCustomFields,
  lookupCustomField,
  lookupCustomFieldValue,
  lookupCustomFields,
  type Appointment,
  type CustomField,
} from '../../src';
import { looseLabel } from '../../src/fields/customFieldLabel';
import { decodeAppointment } from '../support/decodeAppointment';
import { readValid, textOf, validFixtures } from '../support/fixtures';

const decode = decodeAppointment;

const fixtures = validFixtures().map(({ name, bytes }) => ({ name, json: textOf(bytes), appointment: decode(bytes) }));
const fixture = (name: string): Appointment => decode(readValid(name));

const messy = fixture('custom-fields-messy.json');
const booked = fixture('booked.json');
const legacy = fixture('legacy-2016-shape.json');
// A body that (wrongly) sends two different fields under one id.
const clash = decode({
  calendarid: 1,
  fields: [
    { schedulerPreferenceFieldDefnId: 66357, mode: 'CLIENT', code: 'sex', label: 'Gender' },
    { schedulerPreferenceFieldDefnId: 66357, mode: 'APPT', code: 'UDF', label: "Child's Class", value: 'Recruit' },
  ],
  fieldDataList: [{ schedulerPreferenceFieldDefnId: 66357, value: 'Recruit' }],
});

const idsOf = (fields: ReadonlyArray<CustomField>) => fields.map((f) => f.schedulerPreferenceFieldDefnId);
const sameField = (a: CustomField, b: CustomField) =>
  a.schedulerPreferenceFieldDefnId === b.schedulerPreferenceFieldDefnId &&
  looseLabel(a.label ?? '') === looseLabel(b.label ?? '') &&
  (a.mode ?? '') === (b.mode ?? '');
const answered = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

describe('listCustomFields', () => {
  describe.each(fixtures.map((f) => [f.name, f] as const))('over %s', (_name, { json, appointment }) => {
    const inputs: CustomField[] = [...(appointment.fields ?? []), ...(appointment.client?.fields ?? [])];
    const listed = listCustomFields(appointment);

    it('lists every field of fields and client.fields once', () => {
      for (const input of inputs) expect(listed.filter((f) => sameField(f, input))).toHaveLength(1);
      for (const field of listed) expect(inputs.some((input) => sameField(field, input))).toBe(true);
    });

    it('never loses an answer that any copy or fieldDataList carries', () => {
      for (const input of inputs) {
        if (!answered(input.value)) continue;
        const merged = listed.find((f) => sameField(f, input));
        expect(answered(merged?.value)).toBe(true);
      }
      const lists = [...(appointment.fieldDataList ?? []), ...(appointment.client?.fieldDataList ?? [])];
      for (const entry of lists) {
        const matches = listed.filter((f) => f.schedulerPreferenceFieldDefnId === entry.schedulerPreferenceFieldDefnId);
        if (matches.length === 1 && answered(entry.value)) expect(answered(matches[0]?.value)).toBe(true);
      }
    });

    it('puts fields before client.fields and keeps their order', () => {
      const firstClientOnly = listed.findIndex((f) => !(appointment.fields ?? []).some((g) => sameField(f, g)));
      if (firstClientOnly >= 0) {
        expect(listed.slice(firstClientOnly).every((f) => !(appointment.fields ?? []).some((g) => sameField(f, g)))).toBe(true);
      }
    });

    it('splits into the appointment and client scopes by mode', () => {
      const appt = listCustomFields(appointment, { scope: 'appointment' });
      const client = listCustomFields(appointment, { scope: 'client' });
      expect(appt.every((f) => f.mode === 'APPT' || f.mode === 'CLASS')).toBe(true);
      expect(client.every((f) => f.mode === 'CLIENT')).toBe(true);
      expect(appt.length + client.length).toBe(listed.filter((f) => typeof f.mode === 'string').length);
    });

    it('leaves the decoded appointment unchanged', () => {
      listCustomFields(appointment);
      listCustomFields(appointment, { scope: 'client' });
      expect(appointment).toEqual(JSON.parse(json));
    });
  });

  it('merges the copies in fields and client.fields of a real-shaped body', () => {
    expect(booked.fields).toHaveLength(13);
    expect(booked.client?.fields).toHaveLength(13);
    expect(listCustomFields(booked)).toHaveLength(13);
    expect(idsOf(listCustomFields(booked, { scope: 'appointment' }))).toEqual([520101, 520102, 520103, 520104, 520105]);
    expect(idsOf(listCustomFields(booked, { scope: 'client' }))).toEqual([510001, 510002, 510003, 510004, 510005, 510006, 510020, 510021]);
  });

  it('fills a missing value from a later copy, from client.fieldDataList and from fieldDataList', () => {
    const byId = new Map(listCustomFields(messy).map((f) => [f.schedulerPreferenceFieldDefnId, f.value]));
    expect(byId.get(610002)).toBe('priya@example.com'); // only the client.fields copy is answered
    expect(byId.get(610003)).toBe('+91 98765 43210'); // only client.fieldDataList
    expect(byId.get(620008)).toBe('SPRING25'); // value null; fieldDataList has it
    expect(byId.get(620009)).toBeUndefined(); // never answered
  });

  it('returns new objects for filled fields and leaves the input fields untouched', () => {
    const inputEmail = messy.fields?.find((f) => f.schedulerPreferenceFieldDefnId === 610002);
    const listed = listCustomFields(messy);
    const email = listed.find((f) => f.schedulerPreferenceFieldDefnId === 610002);
    expect(email).not.toBe(inputEmail);
    expect(inputEmail?.value).toBeUndefined();
    expect(email).toEqual({ ...inputEmail, value: 'priya@example.com' });
    // an untouched field is the very object that was sent
    expect(listed[0]).toBe(messy.fields?.[0]);
  });

  it('keeps the first copy even when a later copy spells the label differently', () => {
    const first = listCustomFields(messy).filter((f) => f.schedulerPreferenceFieldDefnId === 610001);
    expect(first).toHaveLength(1);
    expect(first[0]?.label).toBe('First Name'); // client.fields has "first  NAME"
  });

  it('lists client-only fields after the top-level ones', () => {
    const ids = idsOf(listCustomFields(messy));
    expect(ids[ids.length - 1]).toBe(610020);
    expect(ids).toEqual([
      610001, 610002, 610003, 610010, 620001, 620002, 620003, 620004, 620005, 620006, 620007, 620008, 620009, 610020,
    ]);
  });

  it('keeps two different fields that a body sent under one id apart, without swapping answers', () => {
    const reused = listCustomFields(clash).filter((f) => f.schedulerPreferenceFieldDefnId === 66357);
    expect(reused.map((f) => [f.label, f.value])).toEqual([
      ['Gender', undefined],
      ["Child's Class", 'Recruit'],
    ]);
  });

  it('keeps fields without an id and puts fields without a mode only in the "all" scope', () => {
    const body = decode({
      calendarid: 1,
      fields: [{ label: 'Loose note', value: 'a' }, { label: 'Loose note', value: 'b' }, { schedulerPreferenceFieldDefnId: 9, label: 'No mode' }],
    });
    expect(listCustomFields(body).map((f) => f.value ?? f.label)).toEqual(['a', 'b', 'No mode']);
    expect(listCustomFields(body, { scope: 'appointment' })).toEqual([]);
    expect(listCustomFields(body, { scope: 'client' })).toEqual([]);
  });

  it('lists every field when one id stands for many different fields', () => {
    const fields = Array.from({ length: 40 }, (_, i) => ({ schedulerPreferenceFieldDefnId: 5, label: `Field ${i}`, mode: 'APPT', value: `v${i}` }));
    const body = decode({ calendarid: 1, fields, client: { fields: fields.slice(0, 3) } });
    const listed = listCustomFields(body);
    expect(listed.slice(0, 40).map((f) => f.label)).toEqual(fields.map((f) => f.label));
    expect(listed).toHaveLength(40); // the client.fields copies of the first ones are merged
  });

  it('does not throw for a hand-built value that is not an appointment', () => {
    expect(listCustomFields(null as unknown as Appointment)).toEqual([]);
    expect(customFieldValues(undefined as unknown as Appointment)).toEqual({});
    expect(lookupCustomFieldValue(null as unknown as Appointment, { label: 'x' })).toEqual(none);
    expect(customFieldOptions(null as unknown as CustomField)).toEqual([]);
  });

  it('returns [] for a body without fields, null lists included', () => {
    expect(listCustomFields(fixture('minimal-id-only.json'))).toEqual([]);
    expect(listCustomFields(decode({ calendarid: 1, fields: null, client: { fields: null }, fieldDataList: null }))).toEqual([]);
  });
});

describe('lookupCustomField', () => {
  it('finds a field by id', () => {
    const field = lookupCustomField(messy, { id: 620003 });
    expect(isSome(field) && field.value.label).toBe('Caf\u00e9 order');
  });

  it.each([
    ['different case', 'FIRST NAME', 610001],
    ['extra and trimmed spaces', 'session type', 620002],
    ['a plain space for a non-breaking one', 'preferred name', 620001],
    ['a non-breaking space for a plain one', 'First\u00a0Name', 610001],
    ['NFD for an NFC label', 'Cafe\u0301 Order', 620003],
    ['NFC for an NFD label', 'caf\u00e9 allergies', 620004],
    ['tabs and newlines as spaces', '\tMobile\n Phone ', 610003],
  ])('matches a label loosely by default (%s)', (_what, label, id) => {
    const field = lookupCustomField(messy, { label });
    expect(isSome(field) && field.value.schedulerPreferenceFieldDefnId).toBe(id);
  });

  it('compares verbatim with match: "exact"', () => {
    expect(isNone(lookupCustomField(messy, { label: 'session type' }, { match: 'exact' }))).toBe(true);
    expect(isNone(lookupCustomField(messy, { label: 'Preferred Name' }, { match: 'exact' }))).toBe(true);
    expect(isSome(lookupCustomField(messy, { label: 'Preferred\u00a0Name' }, { match: 'exact' }))).toBe(true);
    expect(isSome(lookupCustomField(messy, { label: '  Session   TYPE ' }, { match: 'exact' }))).toBe(true);
    expect(isNone(lookupCustomField(messy, { label: 'Caf\u00e9 allergies' }, { match: 'exact' }))).toBe(true);
  });

  it('returns the first field in listing order when several share a label', () => {
    const field = lookupCustomField(messy, { label: 'Notes' });
    expect(isSome(field) && field.value.schedulerPreferenceFieldDefnId).toBe(610010);
    const inAppointment = lookupCustomField(messy, { label: 'Notes' }, { scope: 'appointment' });
    expect(isSome(inAppointment) && inAppointment.value.schedulerPreferenceFieldDefnId).toBe(620005);
  });

  it('returns None for a missing field or a malformed selector', () => {
    expect(lookupCustomField(messy, { label: 'Shoe size' })).toEqual(none);
    expect(lookupCustomField(messy, { id: 1 })).toEqual(none);
    const malformed: unknown = { id: '620003' };
    expect(lookupCustomField(messy, malformed as { id: number })).toEqual(none);
    expect(lookupCustomField(messy, null as unknown as { id: number })).toEqual(none);
    expect(lookupCustomField(fixture('minimal-id-only.json'), { label: 'Notes' })).toEqual(none);
  });

  it('finds every listed field of every fixture by its id', () => {
    for (const { appointment } of fixtures) {
      for (const field of listCustomFields(appointment)) {
        const id = field.schedulerPreferenceFieldDefnId;
        if (typeof id !== 'number') continue;
        const found = lookupCustomField(appointment, { id });
        expect(isSome(found) && found.value.schedulerPreferenceFieldDefnId).toBe(id);
      }
    }
  });
});

describe('lookupCustomFields', () => {
  it('returns every field that shares a label, in listing order', () => {
    expect(idsOf(lookupCustomFields(messy, { label: 'notes' }))).toEqual([610010, 620005]);
    expect(idsOf(lookupCustomFields(messy, { label: 'Notes' }, { match: 'exact' }))).toEqual([620005]);
    expect(idsOf(lookupCustomFields(messy, { label: 'notes' }, { scope: 'client' }))).toEqual([610010]);
  });

  it('returns both fields a body sent under one id', () => {
    expect(lookupCustomFields(clash, { id: 66357 }).map((f) => f.label)).toEqual(['Gender', "Child's Class"]);
  });

  it('returns [] when nothing matches', () => {
    expect(lookupCustomFields(messy, { label: '' })).toEqual([]);
    expect(lookupCustomFields(booked, { id: 66357 })).toEqual([]);
  });
});

describe('lookupCustomFieldValue', () => {
  it('returns the answer of an answered field, as sent', () => {
    expect(lookupCustomFieldValue(booked, { label: 'session format' })).toEqual(some('In person'));
    expect(lookupCustomFieldValue(messy, { label: 'CAFE\u0301 ALLERGIES' })).toEqual(some('Oat milk only\nNo nuts'));
    expect(lookupCustomFieldValue(fixture('documented-example.json'), { id: 107740 })).toEqual(some('These are comments '));
    expect(lookupCustomFieldValue(legacy, { label: "Child's class" })).toEqual(some('Recruit'));
  });

  it('returns an answer found only in another copy or in a fieldDataList', () => {
    expect(lookupCustomFieldValue(messy, { label: 'email' })).toEqual(some('priya@example.com'));
    expect(lookupCustomFieldValue(messy, { id: 610003 })).toEqual(some('+91 98765 43210'));
    expect(lookupCustomFieldValue(messy, { label: 'Referral Code' })).toEqual(some('SPRING25'));
  });

  it('returns None for an unanswered field: value absent, null, empty or whitespace', () => {
    const body = decode({
      calendarid: 1,
      fields: [
        { schedulerPreferenceFieldDefnId: 1, label: 'Absent' },
        { schedulerPreferenceFieldDefnId: 2, label: 'Null', value: null },
        { schedulerPreferenceFieldDefnId: 3, label: 'Empty', value: '' },
        { schedulerPreferenceFieldDefnId: 4, label: 'Blank', value: ' \u00a0\n' },
      ],
    });
    for (const label of ['Absent', 'Null', 'Empty', 'Blank']) expect(lookupCustomFieldValue(body, { label })).toEqual(none);
    for (const id of [1, 2, 3, 4]) expect(lookupCustomFieldValue(body, { id })).toEqual(none);
    expect(isSome(lookupCustomField(body, { label: 'Blank' }))).toBe(true);
  });

  it('returns None for a field that does not exist', () => {
    expect(lookupCustomFieldValue(booked, { label: 'Shoe size' })).toEqual(none);
    expect(lookupCustomFieldValue(fixture('nulls-everywhere.json'), { label: 'Notes' })).toEqual(none);
  });

  it('follows lookupCustomField when several fields share a label', () => {
    expect(lookupCustomFieldValue(messy, { label: 'notes' })).toEqual(some('Left knee surgery 2019'));
    expect(lookupCustomFieldValue(messy, { label: 'Notes' }, { match: 'exact' })).toEqual(none); // 620005 is blank
  });
});

describe('customFieldValues', () => {
  it('keys the answered fields by id by default', () => {
    expect(customFieldValues(booked)).toEqual({
      '510001': 'Maya',
      '510002': 'Okafor',
      '510003': 'maya.okafor@example.com',
      '510004': '312-555-0147',
      '510005': '1988-07-02',
      '510020': 'Referral from a friend',
      '520101': 'In person',
      '520102': 'Shoulder pain after running; wants a home exercise plan.',
      '520103': 'XK-4410982',
      '520104': '2025-03-28',
    });
  });

  it('keys by the trimmed label with key: "label", the first of a shared label winning', () => {
    const values = customFieldValues(messy, { key: 'label' });
    expect(values['Session   TYPE']).toBe('Video call');
    expect(values['Preferred\u00a0Name']).toBe('Pri');
    expect(values.notes).toBe('Left knee surgery 2019');
    expect(values.Notes).toBeUndefined(); // blank
    expect(values['Anything else?']).toBeUndefined(); // whitespace only
    expect(values['Parking needed']).toBeUndefined(); // never answered
    expect(Object.keys(values)).toHaveLength(11);
  });

  it('restricts to a scope', () => {
    expect(customFieldValues(booked, { scope: 'appointment', key: 'label' })).toEqual({
      'Session Format': 'In person',
      'What would you like to focus on?': 'Shoulder pain after running; wants a home exercise plan.',
      'Insurance Member ID': 'XK-4410982',
      'Date of Injury': '2025-03-28',
    });
    expect(Object.keys(customFieldValues(booked, { scope: 'client' }))).toEqual(['510001', '510002', '510003', '510004', '510005', '510020']);
  });

  it('stores a label such as __proto__ as an ordinary key', () => {
    const body = decode({ calendarid: 1, fields: [{ schedulerPreferenceFieldDefnId: 1, label: '__proto__', value: 'x' }] });
    const values = customFieldValues(body, { key: 'label' });
    expect(Object.keys(values)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('holds, for every fixture, exactly the answered listed fields', () => {
    for (const { appointment } of fixtures) {
      const expected: Record<string, string> = {};
      for (const field of listCustomFields(appointment)) {
        const key = String(field.schedulerPreferenceFieldDefnId);
        if (answered(field.value) && !(key in expected)) expected[key] = field.value;
      }
      expect(customFieldValues(appointment)).toEqual(expected);
    }
  });
});

describe('customFieldOptions', () => {
  it('splits a newline-separated string, keeping the placeholder', () => {
    const field = lookupCustomField(booked, { label: 'Session Format' });
    expect(isSome(field) && customFieldOptions(field.value)).toEqual(['Please select one', 'In person', 'Video call']);
  });

  it('splits on \\r\\n too and keeps the blank entry after a trailing newline', () => {
    const field = lookupCustomField(messy, { id: 620002 });
    expect(isSome(field) && customFieldOptions(field.value)).toEqual(['Please select one', 'In person', 'Video call', '']);
  });

  it('returns an array as sent, blanks kept and null entries as ""', () => {
    const field = lookupCustomField(messy, { label: 'Equipment' });
    expect(isSome(field) && customFieldOptions(field.value)).toEqual(['Please select one', '', 'Mat', '', 'Blocks']);
    const mat = lookupCustomField(fixture('class-booking.json'), { label: 'Mat size' });
    expect(isSome(mat) && customFieldOptions(mat.value)).toEqual(['Please select one', 'Standard', 'Large']);
  });

  it('returns [] when there are no choices', () => {
    expect(customFieldOptions({ label: 'Comments' })).toEqual([]);
    expect(customFieldOptions({ fieldValues: null })).toEqual([]);
    expect(customFieldOptions({ fieldValues: '' })).toEqual([]);
    expect(customFieldOptions({ fieldValues: [] })).toEqual([]);
  });

  it('offers, in every fixture, the answer of every answered LIST field among its choices', () => {
    let checked = 0;
    for (const { appointment } of fixtures) {
      for (const field of listCustomFields(appointment)) {
        if (field.dataType !== 'LIST') continue;
        expect(customFieldOptions(field).length).toBeGreaterThan(1);
        if (answered(field.value)) {
          expect(customFieldOptions(field)).toContain(field.value);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(5);
  });
});
