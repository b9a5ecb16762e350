import * as t from 'io-ts';
import { type GuardedType, Hhmm, JsonNumber, type ObjectOf, SafeId, Timestamp, arrayOf, leaf, object } from './codec';
import { AppointmentStatus } from './AppointmentStatus';
import { AppointmentSubStatus } from './AppointmentSubStatus';
import { Client } from './Client';
import { CustomField } from './CustomField';
import { DateFactory } from './DateFactory';
import { FieldData } from './FieldData';
import { LegacyCustomFieldData } from './LegacyCustomFieldData';
import { Location } from './Location';
import { Office } from './Office';
import { Reason } from './Reason';
import { Staff } from './Staff';

/** How a missing id is reported: at `calendarid`, naming both spellings. */
const RequiredId = leaf('safe integer (calendarid or calendarId is required)', Number.isSafeInteger as (u: unknown) => u is number);

/** `fieldDataMap`: answers keyed by field-definition id; values are kept as sent. */
const FieldDataMap = t.UnknownRecord;

const appointmentProps = {
  calendarid: SafeId,
  calendarId: SafeId,
  businessId: SafeId,
  startTime: Hhmm,
  endTime: Hhmm,
  clientStartTime: Hhmm,
  clientEndTime: Hhmm,
  startDate: Timestamp,
  endDate: Timestamp,
  clientStartDate: Timestamp,
  clientEndDate: Timestamp,
  apptDateTime: Timestamp,
  startDateTimeUTC: Timestamp,
  endDateTimeUTC: Timestamp,
  startDateTime: Timestamp,
  endDateTime: Timestamp,
  appointmentDateTimeClient: t.string,
  appointmentDateTimeStaff: t.string,
  clientTimeZone: t.string,
  staffTimeZone: t.string,
  status: AppointmentStatus,
  displayStatus: t.string,
  subStatus: AppointmentSubStatus,
  deleted: t.boolean,
  note: t.string,
  createddate: Timestamp,
  modifieddate: Timestamp,
  createduser: t.string,
  modifieduser: t.string,
  sendConfirmationToClient: t.boolean,
  sendConfirmationToStaff: t.boolean,
  clientReminderHours: JsonNumber,
  staffReminderHours: JsonNumber,
  remindClientSmsHrs: JsonNumber,
  remindStaffSmsHrs: JsonNumber,
  reminderSentClient: t.boolean,
  reminderSentStaff: t.boolean,
  reminderSentClientSms: t.boolean,
  reminderSentStaffSms: t.boolean,
  awaitingStaffConfirmation: t.boolean,
  price: JsonNumber,
  seats: JsonNumber,
  updateSequence: JsonNumber,
  auditReferralId: t.string,
  clientIpAddress: t.string,
  joinURL: t.string,
  cancelReason: t.string,
  cancelUser: t.string,
  recurringAppointmentId: SafeId,
  appointmentIdHash: t.string,
  appointementIdHash: t.string,
  customField1: t.string,
  customField2: t.string,
  customField3: t.string,
  customField4: t.string,
  customField5: t.string,
  customField6: t.string,
  customField7: t.string,
  customField8: t.string,
  customField9: t.string,
  customField10: t.string,
  customFieldDesc: t.string,
  customFieldJson: t.string,
  customFieldData: arrayOf(LegacyCustomFieldData),
  fieldDataListJson: t.string,
  fieldDataList: arrayOf(FieldData),
  fieldDataMap: FieldDataMap,
  fields: arrayOf(CustomField),
  reason: Reason,
  client: Client,
  staff: Staff,
  professional: Staff,
  location: Location,
  office: Office,
  dateFactory: DateFactory,
};

/** The type of the {@link Appointment} codec: its props and the decoded {@link Appointment}. */
export interface AppointmentCodec extends GuardedType<typeof appointmentProps, Appointment> {}

/**
 * A TimeTap appointment, as the webhook sends it: the whole object for a booking, an edit, a
 * cancellation or a deletion alike.
 *
 * The only required key is the id, `calendarid` (webhooks) or `calendarId` (the REST spelling):
 * at least one must be a safe integer. Every other key is optional **and** nullable (TimeTap omits
 * empty keys; its docs show `null`) but type-checked when present. Keys the codec does not model
 * are kept, unchanged. Times (`startTime`, …) are HHmm integers; timestamps are kept as sent
 * (string or epoch ms). Use `appointmentId`, `appointmentStaff` and `appointmentInterval` rather
 * than reading the raw spellings.
 *
 * @example
 * ```ts
 * import { Appointment } from 'timetap-webhooks';
 * import { isRight } from 'fp-ts/lib/Either.js';
 * isRight(Appointment.decode({ calendarid: 10390617, startTime: 800, status: 'OPEN' })); // true
 * isRight(Appointment.decode({ startTime: 800 })); // false: no id
 * ```
 */
export const Appointment: AppointmentCodec = object('Appointment', appointmentProps, { keys: ['calendarid', 'calendarId'], type: RequiredId });
/** A decoded {@link Appointment}: see the codec for what is guaranteed. */
export interface Appointment extends ObjectOf<typeof appointmentProps> {}
