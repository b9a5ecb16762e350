import type { Appointment } from 'timetap-webhooks';
import { checkBuiltAppointment } from './checkBuiltAppointment';
import { mergeOverrides } from './mergeOverrides';
import { buildAppointment } from './buildAppointment';
import type { DeepPartial } from './DeepPartial';
import { SAMPLE_OTHER_STAFF } from './sampleAppointment';

/**
 * Five snapshots of one appointment's life, as five webhook deliveries would carry them. Each is
 * the previous one plus one change, with the same id, `updateSequence` one higher and a later
 * `modifieddate`.
 */
export interface AppointmentScenario {
  /** Booked online: status `OPEN`, Tuesday 10 June 2025 10:00–10:45 New York time, `updateSequence` 0. */
  readonly booked: Appointment;
  /** Moved to Thursday 12 June 2025 14:30–15:15 New York time (13:30 for the client in Chicago), with a note. */
  readonly rescheduled: Appointment;
  /** Given to another staff member (`professionalId` 63452; or in `staff`, if that is where the staff member was). */
  readonly reassigned: Appointment;
  /** Cancelled by the client: status and `displayStatus` `CANCELLED`, with `cancelReason` and `cancelUser`. */
  readonly cancelled: Appointment;
  /** Then deleted by the business: status (and `displayStatus`) `DELETED`. */
  readonly deleted: Appointment;
}

function next(previous: Appointment, modifieddate: string, modifieduser: string, changes: DeepPartial<Appointment>): Appointment {
  const sequence = typeof previous.updateSequence === 'number' ? previous.updateSequence : 0;
  return checkBuiltAppointment(
    mergeOverrides(previous, { ...changes, updateSequence: sequence + 1, modifieddate, modifieduser }),
    'appointmentScenario',
  );
}

/**
 * The lifecycle of one appointment as consistent snapshots: `booked` → `rescheduled` →
 * `reassigned` → `cancelled` → `deleted`. Use it to test a handler that must tell what
 * happened from full snapshots, store the latest, and ignore stale or repeated deliveries.
 *
 * `overrides` shape `booked` exactly as in {@link buildAppointment}; the later snapshots start from
 * it. Their `modifieddate` values are fixed (5, 6, 9 and 10 June 2025), so an override of
 * `booked.modifieddate` later than those breaks the ordering. Every snapshot decodes with
 * `parseAppointmentWebhook`, and every one is a fresh object.
 *
 * @throws `TypeError` when the overrides make an appointment the decoder rejects.
 *
 * @example
 * ```ts
 * import { appointmentScenario } from 'timetap-webhooks/testing';
 *
 * const { booked, rescheduled, cancelled } = appointmentScenario({ calendarid: 42 });
 * booked.calendarid === cancelled.calendarid; // true: one appointment
 * rescheduled.startDate; // '2025-06-12T00:00:00'
 * cancelled.status; // 'CANCELLED'
 * ```
 */
export function appointmentScenario(overrides?: DeepPartial<Appointment>): AppointmentScenario {
  const booked = buildAppointment(overrides);
  const rescheduled = next(booked, '2025-06-05T16:02:11', 'frontdesk2', {
    startDate: '2025-06-12T00:00:00',
    endDate: '2025-06-12T00:00:00',
    startTime: 1430,
    endTime: 1515,
    clientStartTime: 1330,
    clientEndTime: 1415,
    apptDateTime: '2025-06-12T18:30:00',
    startDateTimeUTC: '2025-06-12T18:30:00Z',
    endDateTimeUTC: '2025-06-12T19:15:00Z',
    appointmentDateTimeClient: 'Thursday, Jun 12, 2025 at 1:30 PM CDT',
    appointmentDateTimeStaff: 'Thursday, Jun 12, 2025 at 2:30 PM EDT',
    dateFactory: { dateId: 7102, day: 12, dayOfWeek: 4 },
    note: "Moved to Thursday at the client's request.",
  });
  const reassigned = next(
    rescheduled,
    '2025-06-06T08:40:55',
    'frontdesk2',
    rescheduled.staff != null ? { staff: SAMPLE_OTHER_STAFF } : { professional: SAMPLE_OTHER_STAFF },
  );
  const cancelled = next(reassigned, '2025-06-09T19:21:08', 'WebClient', {
    status: 'CANCELLED',
    displayStatus: 'CANCELLED',
    cancelReason: 'Schedule conflict, will rebook next month',
    cancelUser: 'WebClient',
  });
  const deleted = next(cancelled, '2025-06-10T07:03:44', 'OWNER01', { status: 'DELETED', displayStatus: 'DELETED' });
  return { booked, rescheduled, reassigned, cancelled, deleted };
}
