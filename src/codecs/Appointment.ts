import * as t from 'io-ts';
import {
  Hhmm, JsonNumber, SafeId, Timestamp, arrayOf, isRecord, object, optArray, optBoolean, optHhmm, optId,
  optNumber, optObject, optString, optTimestamp,
} from '../internal/codec';
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

const isClient = Client.is;
const isStaff = Staff.is;
const isLocation = Location.is;
const isReason = Reason.is;
const isOffice = Office.is;
const isDateFactory = DateFactory.is;
const isCustomField = CustomField.is;
const isFieldData = FieldData.is;
const isLegacyCustomFieldData = LegacyCustomFieldData.is;

/** `fieldDataMap`: answers keyed by field-definition id; values are kept as sent. */
const FieldDataMap = t.UnknownRecord;

function hasId(u: Record<string, unknown>): boolean {
  const a = u.calendarid;
  const b = u.calendarId;
  return (Number.isSafeInteger(a) && (b == null || Number.isSafeInteger(b))) || (a == null && Number.isSafeInteger(b));
}

function isAppointment(u: unknown): boolean {
  if (!isRecord(u) || !hasId(u)) return false;
  return (
    optId(u.businessId) && optHhmm(u.startTime) && optHhmm(u.endTime) && optHhmm(u.clientStartTime) &&
    optHhmm(u.clientEndTime) && optTimestamp(u.startDate) && optTimestamp(u.endDate) &&
    optTimestamp(u.clientStartDate) && optTimestamp(u.clientEndDate) && optTimestamp(u.apptDateTime) &&
    optTimestamp(u.startDateTimeUTC) && optTimestamp(u.endDateTimeUTC) && optTimestamp(u.startDateTime) &&
    optTimestamp(u.endDateTime) && optString(u.appointmentDateTimeClient) &&
    optString(u.appointmentDateTimeStaff) && optString(u.clientTimeZone) && optString(u.staffTimeZone) &&
    optString(u.status) && optString(u.displayStatus) && optString(u.subStatus) && optBoolean(u.deleted) &&
    optString(u.note) && optTimestamp(u.createddate) && optTimestamp(u.modifieddate) &&
    optString(u.createduser) && optString(u.modifieduser) && optBoolean(u.sendConfirmationToClient) &&
    optBoolean(u.sendConfirmationToStaff) && optNumber(u.clientReminderHours) &&
    optNumber(u.staffReminderHours) && optNumber(u.remindClientSmsHrs) && optNumber(u.remindStaffSmsHrs) &&
    optBoolean(u.reminderSentClient) && optBoolean(u.reminderSentStaff) && optBoolean(u.reminderSentClientSms) &&
    optBoolean(u.reminderSentStaffSms) && optBoolean(u.awaitingStaffConfirmation) && optNumber(u.price) &&
    optNumber(u.seats) && optNumber(u.updateSequence) && optString(u.auditReferralId) &&
    optString(u.clientIpAddress) && optString(u.joinURL) && optString(u.cancelReason) &&
    optString(u.cancelUser) && optId(u.recurringAppointmentId) && optString(u.appointmentIdHash) &&
    optString(u.customField1) && optString(u.customField2) && optString(u.customField3) &&
    optString(u.customField4) && optString(u.customField5) && optString(u.customField6) &&
    optString(u.customField7) && optString(u.customField8) && optString(u.customField9) &&
    optString(u.customField10) && optString(u.customFieldDesc) && optString(u.customFieldJson) &&
    optArray(u.customFieldData, isLegacyCustomFieldData) && optString(u.fieldDataListJson) &&
    optArray(u.fieldDataList, isFieldData) &&
    (u.fieldDataMap == null || isRecord(u.fieldDataMap)) && optArray(u.fields, isCustomField) &&
    optObject(u.reason, isReason) && optObject(u.client, isClient) && optObject(u.staff, isStaff) &&
    optObject(u.professional, isStaff) && optObject(u.location, isLocation) && optObject(u.office, isOffice) &&
    optObject(u.dateFactory, isDateFactory)
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
export const Appointment = object('Appointment', props, isAppointment, (value, c) =>
  value.calendarid != null || value.calendarId != null
    ? t.success(value)
    : t.failure(undefined, c.concat({ key: 'calendarid', type: RequiredId, actual: undefined })),
);
/** A decoded {@link Appointment}: see the codec for what is guaranteed. */
export interface Appointment extends t.TypeOf<typeof Appointment> {}
