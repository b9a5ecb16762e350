import { none, some } from 'fp-ts/lib/Option.js';
import { classifyAppointmentChange, VOLATILE_PATHS, type Appointment } from '../../src';
import { decodeAppointment } from '../support/decodeAppointment';
import { readValid } from '../support/fixtures';

const load = (name: string): Appointment => decodeAppointment(readValid(name));
const booked = load('booked.json');
const rescheduled = load('rescheduled.json');
const cancelled = load('cancelled.json');
const deleted = load('deleted.json');
const answersEdited = load('answers-edited.json');
const reminderSent = load('reminder-sent.json');

describe('classifyAppointmentChange', () => {
  it('says created when there is no previous snapshot, with empty facts', () => {
    expect(classifyAppointmentChange(undefined, booked)).toEqual({
      kind: 'created',
      statusChanged: none,
      rescheduled: none,
      staffChanged: false,
      locationChanged: false,
      reasonChanged: false,
      clientChanged: false,
      customFields: [],
      changes: [],
    });
    expect(classifyAppointmentChange(undefined, cancelled).kind).toBe('created');
  });

  it('says rescheduled for booked -> rescheduled, with the old and new slot and the staff change', () => {
    const summary = classifyAppointmentChange(booked, rescheduled);
    expect(summary.kind).toBe('rescheduled');
    expect(summary.statusChanged).toEqual(none);
    expect(summary.rescheduled).toEqual(
      some({
        from: expect.objectContaining({ startDate: '2025-04-15T00:00:00', startTime: 1000, endTime: 1045, clientStartTime: 900, startDateTimeUTC: '2025-04-15T14:00:00Z' }),
        to: expect.objectContaining({ startDate: '2025-04-17T00:00:00', startTime: 1430, endTime: 1515, clientStartTime: 1330, startDateTimeUTC: '2025-04-17T18:30:00Z' }),
      }),
    );
    expect(summary).toMatchObject({ staffChanged: true, locationChanged: false, reasonChanged: false, clientChanged: false, customFields: [] });
    const paths = summary.changes.map((c) => c.path);
    expect(paths).toContain('startTime');
    expect(paths).not.toEqual(expect.arrayContaining(['modifieddate', 'modifieduser', 'updateSequence', 'dateFactory.day']));
  });

  it('says cancelled for rescheduled -> cancelled, with the status change', () => {
    const summary = classifyAppointmentChange(rescheduled, cancelled);
    expect(summary.kind).toBe('cancelled');
    expect(summary.statusChanged).toEqual(some({ from: 'OPEN', to: 'CANCELLED' }));
    expect(summary.rescheduled).toEqual(none);
    expect(summary.changes.map((c) => c.path)).toEqual(['cancelReason', 'cancelUser', 'displayStatus', 'status']);
  });

  it('says deleted for a DELETED status or deleted: true, even when nothing else changed', () => {
    expect(classifyAppointmentChange(cancelled, deleted)).toMatchObject({ kind: 'deleted', statusChanged: some({ from: 'CANCELLED', to: 'DELETED' }) });
    expect(classifyAppointmentChange(deleted, deleted).kind).toBe('deleted');
    expect(classifyAppointmentChange(booked, { ...booked, deleted: true }).kind).toBe('deleted');
    expect(classifyAppointmentChange(booked, { ...booked, status: 'deleted' }).kind).toBe('deleted');
  });

  it('says restored when an appointment leaves CANCELLED or DELETED', () => {
    const reopened: Appointment = { ...cancelled, status: 'OPEN', displayStatus: 'OPEN', updateSequence: 3 };
    expect(classifyAppointmentChange(cancelled, reopened)).toMatchObject({ kind: 'restored', statusChanged: some({ from: 'CANCELLED', to: 'OPEN' }) });
    expect(classifyAppointmentChange(deleted, reopened).kind).toBe('restored');
    expect(classifyAppointmentChange(deleted, cancelled).kind).toBe('cancelled');
  });

  it('puts cancellation before rescheduling when both happen in one save', () => {
    expect(classifyAppointmentChange(booked, cancelled)).toMatchObject({ kind: 'cancelled', staffChanged: true, rescheduled: expect.objectContaining({ _tag: 'Some' }) });
  });

  it('says reassigned for another staff member, location or service at the same time', () => {
    const otherStaff: Appointment = { ...booked, professional: { ...booked.professional, professionalId: 99 } };
    expect(classifyAppointmentChange(booked, otherStaff)).toMatchObject({ kind: 'reassigned', staffChanged: true });
    const otherLocation: Appointment = { ...booked, location: { ...booked.location, locationId: 77 } };
    expect(classifyAppointmentChange(booked, otherLocation)).toMatchObject({ kind: 'reassigned', locationChanged: true, staffChanged: false });
    const otherReason: Appointment = { ...booked, reason: { ...booked.reason, reasonId: 5 } };
    expect(classifyAppointmentChange(booked, otherReason)).toMatchObject({ kind: 'reassigned', reasonChanged: true });
  });

  it('reads staff from staff or professional: a change of spelling with the same id is not a new staff member', () => {
    const { professional, ...rest } = booked;
    const asStaff: Appointment = { ...rest, staff: professional };
    const summary = classifyAppointmentChange(booked, asStaff);
    expect(summary).toMatchObject({ kind: 'updated', staffChanged: false });
    const noIds: Appointment = { ...booked, professional: { fullName: 'A' } };
    expect(classifyAppointmentChange(noIds, { ...booked, professional: { fullName: 'B' } }).staffChanged).toBe(true);
    expect(classifyAppointmentChange(noIds, { ...booked, professional: { fullName: 'A' } }).staffChanged).toBe(false);
  });

  it('says updated for an edit of the record itself: an edited staff member is not another one', () => {
    const renamed: Appointment = { ...booked, professional: { ...booked.professional, fullName: 'Jordan Reyes-Kim, DPT' } };
    expect(classifyAppointmentChange(booked, renamed)).toMatchObject({ kind: 'updated', staffChanged: false });
  });

  it('says updated for answer changes, and lists them once per field from fields and client.fields', () => {
    const summary = classifyAppointmentChange(booked, answersEdited);
    expect(summary.kind).toBe('updated');
    expect(summary.customFields).toEqual([
      { id: 510004, label: 'Mobile Phone', before: '312-555-0147', after: '312-555-0199' },
      {
        id: 520102,
        label: 'What would you like to focus on?',
        before: 'Shoulder pain after running; wants a home exercise plan.',
        after: 'Shoulder pain after running; also some knee stiffness.',
      },
      { id: 520105, label: 'Comments', before: null, after: 'Running late is possible, parking is hard.' },
    ]);
    expect(summary.clientChanged).toBe(true); // client.cellPhone
  });

  it('reports an answer changed only in client.fields, and does not count it as a client change', () => {
    const clientFields = (booked.client?.fields ?? []).map((f) => (f?.schedulerPreferenceFieldDefnId === 510020 ? { ...f, value: 'Search engine' } : f));
    const edited: Appointment = { ...booked, client: { ...booked.client, fields: clientFields } };
    const summary = classifyAppointmentChange(booked, edited);
    expect(summary).toMatchObject({ kind: 'updated', clientChanged: false });
    expect(summary.customFields).toEqual([{ id: 510020, label: 'How did you hear about us?', before: 'Referral from a friend', after: 'Search engine' }]);
  });

  it('reports answers from the answer lists when the field definitions are absent', () => {
    const before: Appointment = { calendarid: 1, fieldDataList: [{ schedulerPreferenceFieldDefnId: 7, value: 'a' }] };
    const after: Appointment = { calendarid: 1, fieldDataList: [{ schedulerPreferenceFieldDefnId: 7, value: 'b' }, { schedulerPreferenceFieldDefnId: 8, value: 'c' }] };
    expect(classifyAppointmentChange(before, after).customFields).toEqual([
      { id: 7, label: null, before: 'a', after: 'b' },
      { id: 8, label: null, before: null, after: 'c' },
    ]);
  });

  it('says unchanged when only bookkeeping changed (reminders sent, modifieddate, updateSequence)', () => {
    const summary = classifyAppointmentChange(booked, reminderSent);
    expect(summary.kind).toBe('unchanged');
    expect(summary.changes).toEqual([]);
    expect(classifyAppointmentChange(booked, reminderSent, { ignore: [] }).kind).toBe('updated');
  });

  it('says unchanged for a repeated delivery, and for custom fields in another order', () => {
    expect(classifyAppointmentChange(rescheduled, load('rescheduled.json')).kind).toBe('unchanged');
    const reordered: Appointment = { ...booked, fields: [...(booked.fields ?? [])].reverse() };
    expect(classifyAppointmentChange(booked, reordered).kind).toBe('unchanged');
  });

  it('says updated for a change in a key the codecs do not model', () => {
    const before = load('unknown-extra-fields.json');
    const after = decodeAppointment({ ...before, meetingLink: 'https://meet.example/new' });
    expect(classifyAppointmentChange(before, after)).toMatchObject({ kind: 'updated', changes: [{ path: 'meetingLink', kind: 'added' }] });
  });

  it('lists a change once when the previous snapshot holds the key as undefined', () => {
    const summary = classifyAppointmentChange({ calendarid: 1, note: undefined, status: 'OPEN' }, { calendarid: 1, note: 'hi', status: 'OPEN', price: 3 });
    expect(summary.changes).toStrictEqual([
      { path: 'note', kind: 'added', after: 'hi' },
      { path: 'price', kind: 'added', after: 3 },
    ]);
  });

  it('does not count a change of spelling as a status change: statuses compare case-insensitively', () => {
    const summary = classifyAppointmentChange({ calendarid: 1, status: 'open' }, { calendarid: 1, status: 'OPEN' });
    expect(summary.statusChanged).toEqual(none);
    expect(summary.kind).toBe('updated');
    // The value as sent did change: the raw diff still lists it.
    expect(summary.changes).toEqual([{ path: 'status', kind: 'changed', before: 'open', after: 'OPEN' }]);
    expect(classifyAppointmentChange({ calendarid: 1, displayStatus: 'Open' }, { calendarid: 1, displayStatus: 'OPEN' }).statusChanged).toEqual(none);
    expect(classifyAppointmentChange({ calendarid: 1, status: 'open' }, { calendarid: 1, status: 'PENDING' }).statusChanged).toEqual(
      some({ from: 'open', to: 'PENDING' }),
    );
  });

  it('does not count a new spelling of the same date or instant as a reschedule', () => {
    const spellings: ReadonlyArray<readonly [string, unknown, unknown]> = [
      ['startDate', '2025-04-15', '2025-04-15T00:00:00'],
      ['endDate', '2025-04-15T00:00:00', '2025-04-15 00:00'],
      ['clientStartDate', '2025-04-15T00:00:00.000', '2025-04-15'],
      ['startDateTimeUTC', '2025-04-15T14:00:00Z', 1744725600000],
      ['startDateTimeUTC', '2025-04-15T14:00:00', '2025-04-15T10:00:00-04:00'],
      ['endDateTimeUTC', 1744728300000, 1744728300],
      ['apptDateTime', '2025-04-15T14:00:00', '2025-04-15T14:00:00.000Z'],
      ['startDateTime', '2025-04-15T10:00:00-04:00', 1744725600000],
    ];
    for (const [key, x, y] of spellings) {
      const summary = classifyAppointmentChange({ calendarid: 1, status: 'OPEN', [key]: x }, { calendarid: 1, status: 'OPEN', [key]: y });
      expect([key, summary.kind, summary.rescheduled]).toEqual([key, 'updated', none]);
      expect(summary.changes.map((c) => c.path)).toEqual([key]);
    }
  });

  it('counts a change of the instant or of the wall-clock slot as a reschedule', () => {
    const moves: ReadonlyArray<readonly [string, unknown, unknown]> = [
      ['startDate', '2025-04-15', '2025-04-16T00:00:00'],
      ['startDateTimeUTC', '2025-04-15T14:00:00Z', 1744725660000],
      ['startDateTimeUTC', '2025-04-15T14:00:00Z', '2025-04-15T14:00:00+01:00'],
      ['startTime', 1000, 1030],
      // A wall clock against an instant cannot be told equal without a zone: counted as moved.
      ['startDate', '2025-04-15T00:00:00', 1744675200000],
      // Unreadable on one side: compared as sent.
      ['startDateTime', 'April 15', '2025-04-15'],
    ];
    for (const [key, x, y] of moves) {
      const summary = classifyAppointmentChange({ calendarid: 1, status: 'OPEN', [key]: x }, { calendarid: 1, status: 'OPEN', [key]: y });
      expect([key, summary.kind]).toEqual([key, 'rescheduled']);
    }
  });

  it('counts a time key only when both snapshots have it', () => {
    const { startDateTimeUTC: _dropped, ...withoutUtc } = booked;
    expect(classifyAppointmentChange(booked, withoutUtc).kind).toBe('updated');
  });

  it('takes a custom ignore list, which replaces the default', () => {
    const summary = classifyAppointmentChange(booked, answersEdited, { ignore: [...VOLATILE_PATHS, 'fields', 'client', 'fieldDataList', 'customFieldDesc'] });
    expect(summary).toMatchObject({ kind: 'unchanged', customFields: [], clientChanged: false });
  });
});

describe('classifyAppointmentChange facts', () => {
  it('gives the whole slot, every date and time key, with null for the absent ones', () => {
    const slot = (a: Appointment): Record<string, unknown> => ({
      startDate: a.startDate ?? null, endDate: a.endDate ?? null, startTime: a.startTime ?? null, endTime: a.endTime ?? null,
      clientStartDate: null, clientEndDate: null, clientStartTime: a.clientStartTime ?? null, clientEndTime: a.clientEndTime ?? null,
      apptDateTime: a.apptDateTime ?? null, startDateTimeUTC: a.startDateTimeUTC ?? null, endDateTimeUTC: a.endDateTimeUTC ?? null,
      startDateTime: null, endDateTime: null,
    });
    expect(classifyAppointmentChange(booked, rescheduled).rescheduled).toEqual(some({ from: slot(booked), to: slot(rescheduled) }));
    expect(slot(booked)).toMatchObject({ endDate: '2025-04-15T00:00:00', clientEndTime: 945, endDateTimeUTC: '2025-04-15T14:45:00Z' });
  });

  it('reads displayStatus when status is absent', () => {
    const open: Appointment = { calendarid: 1, displayStatus: 'Open' };
    const summary = classifyAppointmentChange(open, { calendarid: 1, displayStatus: 'Cancelled' });
    expect(summary).toMatchObject({ kind: 'cancelled', statusChanged: some({ from: 'Open', to: 'Cancelled' }) });
    expect(classifyAppointmentChange({ calendarid: 1 }, { calendarid: 1, note: 'x' }).statusChanged).toEqual(none);
    expect(classifyAppointmentChange({ calendarid: 1 }, open).statusChanged).toEqual(some({ from: null, to: 'Open' }));
  });

  it('tells an edited location or service (same id) from another one, and a removed one from an absent one', () => {
    const renamedLocation: Appointment = { ...booked, location: { ...booked.location, locationName: 'Northside Clinic (2nd floor)' } };
    expect(classifyAppointmentChange(booked, renamedLocation)).toMatchObject({ kind: 'updated', locationChanged: false });
    const renamedReason: Appointment = { ...booked, reason: { ...booked.reason, reasonDesc: 'Follow-up visit (45 min)' } };
    expect(classifyAppointmentChange(booked, renamedReason)).toMatchObject({ kind: 'updated', reasonChanged: false });
    const { location: _location, ...withoutLocation } = booked;
    expect(classifyAppointmentChange(booked, withoutLocation).locationChanged).toBe(true);
    expect(classifyAppointmentChange(withoutLocation, { ...withoutLocation, note: 'x' }).locationChanged).toBe(false);
    expect(classifyAppointmentChange(booked, { ...booked, location: null }).locationChanged).toBe(true);
  });

  it('reports an answer changed only in fields', () => {
    const fields = (booked.fields ?? []).map((f) => (f?.schedulerPreferenceFieldDefnId === 520102 ? { ...f, value: 'Knees' } : f));
    const summary = classifyAppointmentChange(booked, { ...booked, fields });
    const before = (booked.fields ?? []).find((f) => f?.schedulerPreferenceFieldDefnId === 520102)?.value;
    expect(summary.customFields).toEqual([{ id: 520102, label: 'What would you like to focus on?', before, after: 'Knees' }]);
  });

  it('reports an answer changed only in client.fieldDataList, and does not count it as a client change', () => {
    const before: Appointment = { calendarid: 1, client: { clientId: 3, fieldDataList: [{ schedulerPreferenceFieldDefnId: 7, value: 'a' }] } };
    const after: Appointment = { calendarid: 1, client: { clientId: 3, fieldDataList: [{ schedulerPreferenceFieldDefnId: 7, value: 'b' }] } };
    expect(classifyAppointmentChange(before, after)).toMatchObject({
      kind: 'updated',
      clientChanged: false,
      customFields: [{ id: 7, label: null, before: 'a', after: 'b' }],
    });
  });

  it('sorts the changed answers by id, and takes the first of two entries with one id', () => {
    const before: Appointment = {
      calendarid: 1,
      fieldDataList: [{ schedulerPreferenceFieldDefnId: 9, value: 'a' }, { schedulerPreferenceFieldDefnId: 7, value: 'b' }, { schedulerPreferenceFieldDefnId: 9, value: 'z' }],
    };
    const after: Appointment = {
      calendarid: 1,
      fieldDataList: [{ schedulerPreferenceFieldDefnId: 9, value: 'c' }, { schedulerPreferenceFieldDefnId: 7, value: 'd' }, { schedulerPreferenceFieldDefnId: 9, value: 'z' }],
    };
    expect(classifyAppointmentChange(before, after).customFields).toEqual([
      { id: 7, label: null, before: 'b', after: 'd' },
      { id: 9, label: null, before: 'a', after: 'c' },
    ]);
  });

  it('leaves out an answer whose id, or whose value, is ignored in every copy', () => {
    const everyCopy = (suffix: string): string[] => ['fields', 'client.fields', 'fieldDataList'].map((list) => `${list}[id=520102]${suffix}`);
    const ids = (ignore: ReadonlyArray<string>): number[] =>
      classifyAppointmentChange(booked, answersEdited, { ignore: [...VOLATILE_PATHS, ...ignore] }).customFields.map((c) => c.id);
    expect(ids([])).toEqual([510004, 520102, 520105]);
    expect(ids(everyCopy(''))).toEqual([510004, 520105]);
    expect(ids(everyCopy('.value'))).toEqual([510004, 520105]);
  });

  it('leaves out an ignored answer list even when its parent appears whole', () => {
    const before: Appointment = { calendarid: 1 };
    const after: Appointment = { calendarid: 1, client: { clientId: 3, fields: [{ schedulerPreferenceFieldDefnId: 7, label: 'Q', value: 'x' }] } };
    expect(classifyAppointmentChange(before, after).customFields).toEqual([{ id: 7, label: 'Q', before: null, after: 'x' }]);
    expect(classifyAppointmentChange(before, after, { ignore: ['client.fields'] }).customFields).toEqual([]);
  });
});
