import * as t from 'io-ts';
import {
  Bool, Hhmm, JsonNumber, SafeId, Str, Timestamp, arr, arrayOf, bool, hhmm, id, isRecord, keyCount, num, obj, object, record, settle, str, ts,
} from './codec';
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
const RequiredId = new t.Type<number, number, unknown>(
  'safe integer (calendarid or calendarId is required)',
  SafeId.is,
  SafeId.validate,
  t.identity,
);

const checkClient = Client.check;
const checkStaff = Staff.check;
const checkLocation = Location.check;
const checkReason = Reason.check;
const checkOffice = Office.check;
const checkDateFactory = DateFactory.check;
const checkCustomField = CustomField.check;
const checkFieldData = FieldData.check;
const checkLegacyCustomFieldData = LegacyCustomFieldData.check;

/** `fieldDataMap`: answers keyed by field-definition id; values are kept as sent. */
const FieldDataMap = t.UnknownRecord;

function hasId(u: Record<string, unknown>): boolean {
  const a = u.calendarid;
  const b = u.calendarId;
  return (Number.isSafeInteger(a) && (b == null || Number.isSafeInteger(b))) || (a == null && Number.isSafeInteger(b));
}

function checkAppointment(u: unknown, closed: boolean): boolean {
  if (!isRecord(u) || !hasId(u)) return false;
  // Keys real bodies send first; the rest only when the object holds other keys.
  const keys = keyCount(u);
  const common =
    id(u.calendarid) + id(u.businessId) + hhmm(u.startTime) + hhmm(u.endTime) + hhmm(u.clientStartTime) +
    hhmm(u.clientEndTime) + ts(u.startDate) + ts(u.endDate) + ts(u.apptDateTime) + ts(u.startDateTimeUTC) +
    ts(u.endDateTimeUTC) + str(u.appointmentDateTimeClient) + str(u.appointmentDateTimeStaff) +
    str(u.clientTimeZone) + str(u.staffTimeZone) + str(u.status) + str(u.displayStatus) + str(u.note) +
    ts(u.createddate) + ts(u.modifieddate) + str(u.createduser) + str(u.modifieduser) +
    bool(u.sendConfirmationToClient) + bool(u.sendConfirmationToStaff) + num(u.clientReminderHours) +
    num(u.staffReminderHours) + num(u.remindClientSmsHrs) + num(u.remindStaffSmsHrs) +
    bool(u.reminderSentClient) + bool(u.reminderSentStaff) + bool(u.reminderSentClientSms) +
    bool(u.reminderSentStaffSms) + bool(u.awaitingStaffConfirmation) + num(u.price) + num(u.seats) +
    num(u.updateSequence) + str(u.auditReferralId) + str(u.clientIpAddress) + str(u.cancelReason) +
    str(u.cancelUser) + str(u.customField1) + str(u.customField2) + str(u.customField3) +
    str(u.customFieldDesc) + str(u.customFieldJson) +
    arr(u.customFieldData, checkLegacyCustomFieldData, closed) + str(u.fieldDataListJson) +
    arr(u.fieldDataList, checkFieldData, closed) + arr(u.fields, checkCustomField, closed) +
    obj(u.reason, checkReason, closed) + obj(u.client, checkClient, closed) +
    obj(u.professional, checkStaff, closed) + obj(u.location, checkLocation, closed) +
    obj(u.office, checkOffice, closed) + obj(u.dateFactory, checkDateFactory, closed);
  if (common === keys) return true;
  return settle(
    keys,
    closed,
    common +
    id(u.calendarId) + ts(u.clientStartDate) + ts(u.clientEndDate) + ts(u.startDateTime) +
    ts(u.endDateTime) + str(u.subStatus) + bool(u.deleted) + str(u.joinURL) + id(u.recurringAppointmentId) +
    str(u.appointmentIdHash) + str(u.customField4) + str(u.customField5) + str(u.customField6) +
    str(u.customField7) + str(u.customField8) + str(u.customField9) + str(u.customField10) +
    record(u.fieldDataMap, closed) + obj(u.staff, checkStaff, closed),
  );
}

const props = {
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
  appointmentDateTimeClient: Str,
  appointmentDateTimeStaff: Str,
  clientTimeZone: Str,
  staffTimeZone: Str,
  status: AppointmentStatus,
  displayStatus: Str,
  subStatus: AppointmentSubStatus,
  deleted: Bool,
  note: Str,
  createddate: Timestamp,
  modifieddate: Timestamp,
  createduser: Str,
  modifieduser: Str,
  sendConfirmationToClient: Bool,
  sendConfirmationToStaff: Bool,
  clientReminderHours: JsonNumber,
  staffReminderHours: JsonNumber,
  remindClientSmsHrs: JsonNumber,
  remindStaffSmsHrs: JsonNumber,
  reminderSentClient: Bool,
  reminderSentStaff: Bool,
  reminderSentClientSms: Bool,
  reminderSentStaffSms: Bool,
  awaitingStaffConfirmation: Bool,
  price: JsonNumber,
  seats: JsonNumber,
  updateSequence: JsonNumber,
  auditReferralId: Str,
  clientIpAddress: Str,
  joinURL: Str,
  cancelReason: Str,
  cancelUser: Str,
  recurringAppointmentId: SafeId,
  appointmentIdHash: Str,
  customField1: Str,
  customField2: Str,
  customField3: Str,
  customField4: Str,
  customField5: Str,
  customField6: Str,
  customField7: Str,
  customField8: Str,
  customField9: Str,
  customField10: Str,
  customFieldDesc: Str,
  customFieldJson: Str,
  customFieldData: arrayOf(LegacyCustomFieldData),
  fieldDataListJson: Str,
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
export const Appointment = object('Appointment', props, checkAppointment, (value, c) =>
  value.calendarid != null || value.calendarId != null
    ? t.success(value)
    : t.failure(undefined, c.concat({ key: 'calendarid', type: RequiredId, actual: undefined })),
);
/** A decoded {@link Appointment}: see the codec for what is guaranteed. */
export interface Appointment extends t.TypeOf<typeof Appointment> {}
