import { isNone, isSome } from 'fp-ts/lib/Option.js';
import { appointmentId, appointmentStaff, parseAppointmentWebhook, type Appointment } from '../../src';
import { readValid, textOf } from '../support/fixtures';

function decode(name: string): Appointment {
  const result = parseAppointmentWebhook(readValid(name));
  if (result._tag === 'Left') throw new Error(result.left.message);
  return result.right;
}

describe('appointmentId', () => {
  it('reads the webhook spelling calendarid', () => {
    expect(appointmentId(decode('booked.json'))).toBe(88410237);
  });

  it('reads the REST spelling calendarId', () => {
    expect(appointmentId(decode('rest-calendarId-staff.json'))).toBe(987654321);
  });

  it('prefers calendarid when both are sent', () => {
    expect(appointmentId({ calendarid: 1, calendarId: 2 })).toBe(1);
    expect(appointmentId({ calendarid: null, calendarId: 2 })).toBe(2);
  });

  it('returns NaN for a hand-built value without an id instead of throwing', () => {
    expect(appointmentId({})).toBeNaN();
  });
});

describe('appointmentStaff', () => {
  it('reads professional, as real bodies send it', () => {
    const staff = appointmentStaff(decode('booked.json'));
    expect(isSome(staff) && staff.value.fullName).toBe('Jordan Reyes, DPT');
  });

  it('reads staff, as the docs send it', () => {
    const staff = appointmentStaff(decode('documented-example.json'));
    expect(isSome(staff) && staff.value.userName).toBe('DrJones2');
  });

  it('prefers staff over professional when both are present', () => {
    const staff = appointmentStaff({ calendarid: 1, staff: { professionalId: 1 }, professional: { professionalId: 2 } });
    expect(isSome(staff) && staff.value.professionalId).toBe(1);
  });

  it('is None when neither is present or both are null', () => {
    expect(isNone(appointmentStaff(decode('minimal-id-only.json')))).toBe(true);
    expect(isNone(appointmentStaff({ calendarid: 1, staff: null, professional: null }))).toBe(true);
  });

  it('falls back to professional when staff is null', () => {
    const body = JSON.parse(textOf(readValid('booked.json'))) as Record<string, unknown>;
    const staff = appointmentStaff({ ...body, calendarid: 1, staff: null } as Appointment);
    expect(isSome(staff) && staff.value.professionalId).toBe(61207);
  });
});
