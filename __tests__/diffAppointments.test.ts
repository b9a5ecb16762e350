import { diffAppointments, parseAppointmentWebhook, VOLATILE_PATHS, type Appointment } from '../src';
import { decodeAppointment } from './support/decodeAppointment';
import { readValid } from './support/fixtures';

const load = (name: string): Appointment => decodeAppointment(readValid(name));
const booked = load('booked.json');
const rescheduled = load('rescheduled.json');
const cancelled = load('cancelled.json');
const answersEdited = load('answers-edited.json');

const paths = (a: Appointment, b: Appointment, ignore?: ReadonlyArray<string>): string[] =>
  diffAppointments(a, b, ignore === undefined ? undefined : { ignore }).map((c) => c.path);

describe('diffAppointments', () => {
  it('reports nothing for the same snapshot', () => {
    expect(diffAppointments(booked, booked)).toEqual([]);
    expect(diffAppointments(booked, load('booked.json'))).toEqual([]);
  });

  it('reports the reschedule: dates, times, the new professional, the note and the bookkeeping', () => {
    const changes = diffAppointments(booked, rescheduled);
    expect(changes).toContainEqual({ path: 'startTime', kind: 'changed', before: 1000, after: 1430 });
    expect(changes).toContainEqual({ path: 'professional.professionalId', kind: 'changed', before: 61207, after: 61233 });
    expect(changes).toContainEqual({ path: 'dateFactory.day', kind: 'changed', before: 15, after: 17 });
    expect(changes).toContainEqual({ path: 'updateSequence', kind: 'changed', before: 0, after: 1 });
    expect(changes.map((c) => c.path)).not.toContain('client.fields');
    expect(changes).toHaveLength(24);
  });

  it('sorts the changes by path', () => {
    const list = paths(booked, rescheduled);
    expect(list).toEqual([...list].sort());
  });

  it('reports keys that appear and disappear as added and removed', () => {
    const changes = diffAppointments(rescheduled, cancelled, { ignore: VOLATILE_PATHS });
    expect(changes).toEqual([
      { path: 'cancelReason', kind: 'added', after: 'Work conflict, will rebook next month' },
      { path: 'cancelUser', kind: 'added', after: 'WebClient' },
      { path: 'displayStatus', kind: 'added', after: 'CANCELLED' },
      { path: 'status', kind: 'changed', before: 'OPEN', after: 'CANCELLED' },
    ]);
    expect(diffAppointments(cancelled, rescheduled, { ignore: VOLATILE_PATHS })[0]).toEqual({
      path: 'cancelReason',
      kind: 'removed',
      before: 'Work conflict, will rebook next month',
    });
  });

  it('matches custom fields and answers by id: reordering them is no change', () => {
    const reordered: Appointment = {
      ...booked,
      fields: [...(booked.fields ?? [])].reverse(),
      fieldDataList: [...(booked.fieldDataList ?? [])].reverse(),
      client: { ...booked.client, fields: [...(booked.client?.fields ?? [])].reverse() },
    };
    expect(diffAppointments(booked, reordered)).toEqual([]);
  });

  it('names answer changes by field id, in fields, client.fields and the answer lists', () => {
    const changes = diffAppointments(booked, answersEdited, { ignore: VOLATILE_PATHS });
    expect(changes).toContainEqual({
      path: 'fields[id=520102].value',
      kind: 'changed',
      before: 'Shoulder pain after running; wants a home exercise plan.',
      after: 'Shoulder pain after running; also some knee stiffness.',
    });
    expect(changes).toContainEqual({ path: 'client.fields[id=510004].value', kind: 'changed', before: '312-555-0147', after: '312-555-0199' });
    expect(changes).toContainEqual({ path: 'fields[id=520105].value', kind: 'added', after: 'Running late is possible, parking is hard.' });
    expect(changes).toContainEqual({
      path: 'fieldDataList[id=520105]',
      kind: 'added',
      after: { schedulerPreferenceFieldDefnId: 520105, value: 'Running late is possible, parking is hard.' },
    });
    expect(changes).toContainEqual({ path: 'client.fieldDataList[id=510004].value', kind: 'changed', before: '312-555-0147', after: '312-555-0199' });
    expect(changes.map((c) => c.path)).not.toContain('fieldDataListJson');
  });

  it('reports a removed custom field as one change at its id', () => {
    const fields = booked.fields ?? [];
    const fewer: Appointment = { ...booked, fields: fields.filter((f) => f?.schedulerPreferenceFieldDefnId !== 520103) };
    expect(diffAppointments(booked, fewer)).toEqual([
      { path: 'fields[id=520103]', kind: 'removed', before: fields.find((f) => f?.schedulerPreferenceFieldDefnId === 520103) },
    ]);
  });

  it('compares other arrays element by element', () => {
    const field = (booked.fields ?? [])[8];
    const edited: Appointment = { ...booked, fields: (booked.fields ?? []).map((f) => (f === field ? { ...f, serviceIds: [771204, 771299] } : f)) };
    expect(diffAppointments(booked, edited)).toEqual([{ path: 'fields[id=520101].serviceIds[1]', kind: 'added', after: 771299 }]);
  });

  it('falls back to positions when an entry has no id or an id repeats', () => {
    const fields = booked.fields ?? [];
    const withoutId: Appointment = { ...booked, fields: [...fields, { label: 'Loose field', value: 'x' }] };
    expect(paths(booked, withoutId)).toEqual([`fields[${fields.length}]`]);
    const duplicated: Appointment = { ...booked, fields: [...fields, ...fields.slice(0, 1)] };
    expect(paths(booked, duplicated)).toEqual([`fields[${fields.length}]`]);
  });

  it('diffs keys the codecs do not model, with quoted paths for odd names', () => {
    const unknown = decodeAppointment(readValid('unknown-extra-fields.json'));
    const extended = decodeAppointment({ ...unknown, meetingLink: 'https://meet.example/abc', 'x.y': 1, client: { ...unknown.client, preferredName: 'Mo' } });
    expect(diffAppointments(unknown, extended)).toEqual([
      { path: '["x.y"]', kind: 'added', after: 1 },
      { path: 'client.preferredName', kind: 'added', after: 'Mo' },
      { path: 'meetingLink', kind: 'added', after: 'https://meet.example/abc' },
    ]);
    const edited = decodeAppointment({ ...unknown, client: { ...unknown.client, pronouns: 'they/them' } });
    expect(diffAppointments(unknown, edited)).toEqual([{ path: 'client.pronouns', kind: 'changed', before: 'she/her', after: 'they/them' }]);
  });

  it('tells null from absent, and reports a type change at the key', () => {
    expect(diffAppointments({ calendarid: 1, note: null }, { calendarid: 1 })).toEqual([{ path: 'note', kind: 'removed', before: null }]);
    expect(diffAppointments({ calendarid: 1, note: null }, { calendarid: 1, note: 'x' })).toEqual([
      { path: 'note', kind: 'changed', before: null, after: 'x' },
    ]);
    expect(diffAppointments({ calendarid: 1, client: { clientId: 1 } }, { calendarid: 1, client: null })).toEqual([
      { path: 'client', kind: 'changed', before: { clientId: 1 }, after: null },
    ]);
  });

  it('leaves out ignored paths and everything below them', () => {
    expect(paths(booked, rescheduled, VOLATILE_PATHS)).not.toEqual(expect.arrayContaining(['modifieddate', 'updateSequence', 'dateFactory.day']));
    expect(paths(booked, rescheduled, ['professional', 'dateFactory'])).not.toContain('professional.professionalId');
    expect(paths(booked, answersEdited, ['fields[id=520102]', 'client'])).not.toEqual(
      expect.arrayContaining(['fields[id=520102].value', 'client.cellPhone']),
    );
    expect(paths(booked, answersEdited, ['fields[id=520102]'])).toContain('fields[id=520105].value');
    expect(paths(booked, rescheduled, [''])).toEqual([]);
    expect(paths(booked, rescheduled, ['not a [valid path', 'startTime'])).not.toContain('startTime');
  });

  it('handles values nested far deeper than any body without overflowing the stack', () => {
    let deepA: unknown = 'a';
    let deepB: unknown = 'b';
    for (let i = 0; i < 20_000; i++) {
      deepA = { next: deepA };
      deepB = { next: deepB };
    }
    const decode = (deep: unknown): Appointment => {
      const result = parseAppointmentWebhook({ calendarid: 1, deep }, { maxDepth: 30_000 });
      if (result._tag === 'Left') throw new Error(result.left.message);
      return result.right;
    };
    const changes = diffAppointments(decode(deepA), decode(deepB));
    expect(changes).toHaveLength(1);
    expect(changes[0]?.path).toBe(`deep${'.next'.repeat(20_000)}`);
    expect(changes[0]).toMatchObject({ kind: 'changed', before: 'a', after: 'b' });
  });
});
