import { diffAppointments, parseAppointmentWebhook, VOLATILE_PATHS, type Appointment } from '../../src';
import { decodeAppointment } from '../support/decodeAppointment';
import { readValid } from '../support/fixtures';

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

  it('matches by id when one side is empty, or when the ids differ at one position', () => {
    const fields = booked.fields ?? [];
    const none: Appointment = { ...booked, fields: [] };
    const ids = fields.map((f) => `fields[id=${String(f?.schedulerPreferenceFieldDefnId)}]`).sort();
    expect(paths(none, booked)).toEqual(ids);
    expect(diffAppointments(none, booked).map((c) => c.kind)).toEqual(ids.map(() => 'added'));
    expect(paths(booked, none)).toEqual(ids);
    expect(diffAppointments(booked, none).map((c) => c.kind)).toEqual(ids.map(() => 'removed'));
    const [first, ...rest] = fields;
    const swapped: Appointment = { ...booked, fields: [{ ...first, schedulerPreferenceFieldDefnId: 999 }, ...rest] };
    expect(diffAppointments(booked, swapped)).toEqual([
      { path: `fields[id=${String(first?.schedulerPreferenceFieldDefnId)}]`, kind: 'removed', before: first },
      { path: 'fields[id=999]', kind: 'added', after: { ...first, schedulerPreferenceFieldDefnId: 999 } },
    ]);
    const loose: Appointment = { ...booked, fields: [{ label: 'Loose field' }] };
    expect(paths(none, loose)).toEqual(['fields[0]']);
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
  it('does not depend on the order of keys', () => {
    const reorder = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(reorder);
      if (typeof value !== 'object' || value === null) return value;
      return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reorder(v)]));
    };
    const reversed = decodeAppointment(reorder(booked));
    expect(Object.keys(reversed)[0]).not.toBe(Object.keys(booked)[0]);
    expect(diffAppointments(booked, reversed)).toEqual([]);
    const reversedMoved = decodeAppointment(reorder(rescheduled));
    expect(diffAppointments(booked, reversedMoved)).toEqual(diffAppointments(booked, rescheduled));
    expect(diffAppointments(reversedMoved, booked)).toEqual(diffAppointments(rescheduled, booked));
  });

  it('gives added changes no before key and removed changes no after key', () => {
    expect(diffAppointments({ calendarid: 1 }, { calendarid: 1, note: 'x' })).toStrictEqual([{ path: 'note', kind: 'added', after: 'x' }]);
    expect(diffAppointments({ calendarid: 1, note: 'x' }, { calendarid: 1 })).toStrictEqual([{ path: 'note', kind: 'removed', before: 'x' }]);
    expect(diffAppointments({ calendarid: 1, note: 'x' }, { calendarid: 1, note: 'y' })).toStrictEqual([
      { path: 'note', kind: 'changed', before: 'x', after: 'y' },
    ]);
  });

  it('reports a key once when one side holds it as undefined and the keys do not line up', () => {
    // `{ ...a, note: undefined }` is a common idiom: the key is present, its value absent.
    expect(diffAppointments({ calendarid: 1, note: undefined, status: 'OPEN' }, { calendarid: 1, note: 'hi', price: 3 })).toStrictEqual([
      { path: 'note', kind: 'added', after: 'hi' },
      { path: 'price', kind: 'added', after: 3 },
      { path: 'status', kind: 'removed', before: 'OPEN' },
    ]);
    expect(diffAppointments({ calendarid: 1, status: 'OPEN', note: undefined }, { note: 'hi', calendarid: 1 })).toStrictEqual([
      { path: 'note', kind: 'added', after: 'hi' },
      { path: 'status', kind: 'removed', before: 'OPEN' },
    ]);
    expect(diffAppointments({ calendarid: 1, note: 'hi', price: 3 }, { calendarid: 1, note: undefined, status: 'OPEN' })).toStrictEqual([
      { path: 'note', kind: 'removed', before: 'hi' },
      { path: 'price', kind: 'removed', before: 3 },
      { path: 'status', kind: 'added', after: 'OPEN' },
    ]);
  });

  it('reports a value that turns from a scalar into an object or an array, or from an object into an array, once at its key', () => {
    const before = decodeAppointment({ calendarid: 1, a: 1, b: 'text', c: { x: 1 }, d: [1] });
    const after = decodeAppointment({ calendarid: 1, a: { x: 1 }, b: ['t'], c: [1], d: { 0: 1 } });
    expect(diffAppointments(before, after)).toEqual([
      { path: 'a', kind: 'changed', before: 1, after: { x: 1 } },
      { path: 'b', kind: 'changed', before: 'text', after: ['t'] },
      { path: 'c', kind: 'changed', before: { x: 1 }, after: [1] },
      { path: 'd', kind: 'changed', before: [1], after: { 0: 1 } },
    ]);
  });

  it('reads an own __proto__ key as data and never reaches the prototype (undecoded input)', () => {
    const withProto: Appointment = JSON.parse('{"calendarid":1,"__proto__":{"a":1},"note":"x"}');
    const without: Appointment = JSON.parse('{"note":"x","calendarid":1}');
    expect(diffAppointments(withProto, without)).toEqual([{ path: '__proto__', kind: 'removed', before: { a: 1 } }]);
    expect(diffAppointments(without, withProto)).toEqual([{ path: '__proto__', kind: 'added', after: { a: 1 } }]);
    const otherProto: Appointment = JSON.parse('{"__proto__":{"a":2},"calendarid":1,"note":"x"}');
    expect(diffAppointments(withProto, otherProto)).toEqual([{ path: '__proto__.a', kind: 'changed', before: 1, after: 2 }]);
  });

  it('reports keys named like Object.prototype members (toString, constructor) as added and removed', () => {
    const plain = decodeAppointment('{"calendarid":1,"note":"x"}');
    const named = decodeAppointment('{"calendarid":1,"toString":"a","constructor":"b","note":"x"}');
    expect(diffAppointments(plain, named)).toEqual([
      { path: 'constructor', kind: 'added', after: 'b' },
      { path: 'toString', kind: 'added', after: 'a' },
    ]);
    expect(diffAppointments(named, plain)).toEqual([
      { path: 'constructor', kind: 'removed', before: 'b' },
      { path: 'toString', kind: 'removed', before: 'a' },
    ]);
  });

  it('sorts long lists of changes by path too', () => {
    const keys = Array.from({ length: 100 }, (_, i) => `k${String((i * 37) % 100).padStart(3, '0')}`);
    const before = decodeAppointment({ calendarid: 1, ...Object.fromEntries(keys.map((k) => [k, 0])) });
    const after = decodeAppointment({ calendarid: 1, ...Object.fromEntries(keys.map((k) => [k, 1])) });
    const changed = paths(before, after);
    expect(changed).toHaveLength(100);
    expect(changed).toEqual([...keys].sort());
  });

  it('leaves out ignored array positions, shared or extra, in arrays compared by position', () => {
    const before = decodeAppointment({ calendarid: 1, tags: ['a', 'b'] });
    const after = decodeAppointment({ calendarid: 1, tags: ['A', 'B', 'c', 'd'] });
    expect(paths(before, after)).toEqual(['tags[0]', 'tags[1]', 'tags[2]', 'tags[3]']);
    expect(paths(before, after, ['tags[1]', 'tags[3]'])).toEqual(['tags[0]', 'tags[2]']);
    expect(paths(after, before, ['tags[1]', 'tags[3]'])).toEqual(['tags[0]', 'tags[2]']);
  });

  it('keeps custom-field ids in the path of a change nested deeper than the recursion limit', () => {
    const nested = (leaf: string): unknown => {
      let value: unknown = leaf;
      for (let i = 0; i < 150; i++) value = { next: value };
      return value;
    };
    const decode = (leaf: string): Appointment => {
      const result = parseAppointmentWebhook(
        { calendarid: 1, fields: [{ schedulerPreferenceFieldDefnId: 7, extendedValue: nested(leaf) }] },
        { maxDepth: 200 },
      );
      if (result._tag === 'Left') throw new Error(result.left.message);
      return result.right;
    };
    expect(paths(decode('a'), decode('b'))).toEqual([`fields[id=7].extendedValue${'.next'.repeat(150)}`]);
  });
});
