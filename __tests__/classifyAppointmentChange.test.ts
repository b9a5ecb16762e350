import { none, some } from 'fp-ts/lib/Option.js';
import { classifyAppointmentChange, VOLATILE_PATHS, type Appointment } from '../src';
import { decodeAppointment } from './support/decodeAppointment';
import { readValid } from './support/fixtures';

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

  it('counts a time key only when both snapshots have it', () => {
    const { startDateTimeUTC: _dropped, ...withoutUtc } = booked;
    expect(classifyAppointmentChange(booked, withoutUtc).kind).toBe('updated');
  });

  it('takes a custom ignore list, which replaces the default', () => {
    const summary = classifyAppointmentChange(booked, answersEdited, { ignore: [...VOLATILE_PATHS, 'fields', 'client', 'fieldDataList', 'customFieldDesc'] });
    expect(summary).toMatchObject({ kind: 'unchanged', customFields: [], clientChanged: false });
  });
});
