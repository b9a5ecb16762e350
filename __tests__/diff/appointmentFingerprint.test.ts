import { appointmentFingerprint, diffAppointments, parseAppointmentWebhook, type Appointment } from '../../src';
import { decodeAppointment } from '../support/decodeAppointment';
import { readValid, textOf } from '../support/fixtures';

const load = (name: string): Appointment => decodeAppointment(readValid(name));
const booked = load('booked.json');

describe('appointmentFingerprint', () => {
  it('is 32 lowercase hex characters, and the same for a repeated delivery', () => {
    expect(appointmentFingerprint(booked)).toMatch(/^[0-9a-f]{32}$/);
    expect(appointmentFingerprint(load('booked.json'))).toBe(appointmentFingerprint(booked));
  });

  it('does not depend on key order nor on the order of the custom fields', () => {
    const keysReversed = decodeAppointment(JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(booked).reverse()))));
    expect(appointmentFingerprint(keysReversed)).toBe(appointmentFingerprint(booked));
    const fieldsReversed: Appointment = { ...booked, fields: [...(booked.fields ?? [])].reverse() };
    expect(appointmentFingerprint(fieldsReversed)).toBe(appointmentFingerprint(booked));
  });

  it('leaves out the volatile paths by default, and hashes everything with ignore: []', () => {
    const reminderSent = load('reminder-sent.json');
    expect(appointmentFingerprint(reminderSent)).toBe(appointmentFingerprint(booked));
    expect(appointmentFingerprint(reminderSent, { ignore: [] })).not.toBe(appointmentFingerprint(booked, { ignore: [] }));
    expect(appointmentFingerprint(load('rescheduled.json'), { ignore: ['startTime'] })).not.toBe(appointmentFingerprint(booked, { ignore: ['startTime'] }));
  });

  it('changes with any content outside the ignored paths, unknown keys and answers included', () => {
    const all = new Set(
      ['booked.json', 'rescheduled.json', 'cancelled.json', 'deleted.json', 'answers-edited.json'].map((f) => appointmentFingerprint(load(f))),
    );
    expect(all.size).toBe(5);
    const variants: Appointment[] = [
      { ...booked, note: 'x' },
      { ...booked, note: null },
      { ...booked, price: 120.5 },
      { ...booked, seats: 2 },
      decodeAppointment({ ...booked, meetingLink: 'https://meet.example/abc' }),
      { ...booked, fields: (booked.fields ?? []).slice(1) },
      { ...booked, fields: [...(booked.fields ?? []), ...(booked.fields ?? []).slice(0, 1)] },
    ];
    const fingerprints = new Set([booked, ...variants].map((a) => appointmentFingerprint(a)));
    expect(fingerprints.size).toBe(variants.length + 1);
  });

  it('agrees with the diff when every entry of a custom-field list is ignored by id', () => {
    const ignore = ['fields[id=5]'];
    const empty = { calendarid: 1, fields: [] };
    const onlyIgnored = { calendarid: 1, fields: [{ schedulerPreferenceFieldDefnId: 5 }] };
    expect(diffAppointments(empty, onlyIgnored, { ignore })).toEqual([]);
    expect(appointmentFingerprint(empty, { ignore })).toBe(appointmentFingerprint(onlyIgnored, { ignore }));
    const other = { calendarid: 1, fields: [{ schedulerPreferenceFieldDefnId: 6 }] };
    expect(diffAppointments(empty, other, { ignore })).not.toEqual([]);
    expect(appointmentFingerprint(empty, { ignore })).not.toBe(appointmentFingerprint(other, { ignore }));
  });

  it('agrees with the diff when one custom-field list is matched by id and the other is not', () => {
    // `byId` is matched by id; `withoutId` is not (its second entry has no id), so index paths
    // apply to it alone: the two lists differ whatever index paths are ignored.
    const byId = { calendarid: 1, fields: [{ schedulerPreferenceFieldDefnId: 5 }, { schedulerPreferenceFieldDefnId: 6 }] };
    const withoutId = { calendarid: 1, fields: [{ schedulerPreferenceFieldDefnId: 5 }, { label: 'no id' }] };
    for (const ignore of [['fields[1]'], ['fields[0]', 'fields[1]'], ['fields[1]', 'fields[id=6]'], ['fields[1].label', 'fields[id=6]']]) {
      expect(diffAppointments(byId, withoutId, { ignore })).not.toEqual([]);
      expect(appointmentFingerprint(byId, { ignore })).not.toBe(appointmentFingerprint(withoutId, { ignore }));
    }
    // Every entry of both ignored (by id on one side, by index on the other): two empty lists.
    const ignore = ['fields[id=5]', 'fields[id=6]', 'fields[0]', 'fields[1]'];
    expect(diffAppointments(byId, withoutId, { ignore })).toEqual([]);
    expect(appointmentFingerprint(byId, { ignore })).toBe(appointmentFingerprint(withoutId, { ignore }));
  });

  it('tells apart values of different types that print alike', () => {
    const pairs: [Appointment, Appointment][] = [
      [decodeAppointment({ calendarid: 1, x: '1' }), decodeAppointment({ calendarid: 1, x: 1 })],
      [decodeAppointment({ calendarid: 1, x: [] }), decodeAppointment({ calendarid: 1, x: {} })],
      [decodeAppointment({ calendarid: 1, x: null }), decodeAppointment({ calendarid: 1 })],
      [decodeAppointment({ calendarid: 1, x: [1, 2] }), decodeAppointment({ calendarid: 1, x: [2, 1] })],
      [decodeAppointment({ calendarid: 1, x: { a: 1, b: 2 } }), decodeAppointment({ calendarid: 1, x: { a: 2, b: 1 } })],
      [decodeAppointment({ calendarid: 1, x: 'ab', y: 'c' }), decodeAppointment({ calendarid: 1, x: 'a', y: 'bc' })],
    ];
    for (const [a, b] of pairs) expect(appointmentFingerprint(a)).not.toBe(appointmentFingerprint(b));
  });

  it('treats -0 as 0, as JSON does', () => {
    expect(appointmentFingerprint({ calendarid: 1, price: -0 })).toBe(appointmentFingerprint({ calendarid: 1, price: 0 }));
  });

  it('handles the largest fixture and absurd nesting without throwing', () => {
    expect(appointmentFingerprint(load('legacy-2016-shape.json'))).toMatch(/^[0-9a-f]{32}$/);
    let deep: unknown = 'end';
    for (let i = 0; i < 50_000; i++) deep = [deep];
    const result = parseAppointmentWebhook({ calendarid: 1, deep }, { maxDepth: 60_000 });
    expect(result._tag).toBe('Right');
    if (result._tag === 'Right') expect(appointmentFingerprint(result.right)).toMatch(/^[0-9a-f]{32}$/);
  });

  it('is stable across versions of this package (pinned values)', () => {
    // Stored fingerprints must stay comparable: changing the algorithm is a breaking change.
    expect(appointmentFingerprint(booked)).toBe(appointmentFingerprint(decodeAppointment(textOf(readValid('booked.json')))));
    expect(appointmentFingerprint({ calendarid: 1 })).toBe('d0b8238e8f98d93fb0e145e046e71ad3');
    expect(appointmentFingerprint(booked)).toBe('85194aca572b5c6726338e29c2e06a09');
  });
});
