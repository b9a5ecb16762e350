/**
 * The appointment tree the baseline schemas (zod, ajv, idiomatic io-ts) model, written once as
 * plain data so the three baselines cannot drift apart. It mirrors the `src/codecs/*` props key for
 * key (the `benchSchemas` test checks that); every key is optional and nullable, unknown keys are
 * allowed, and the appointment needs `calendarid` or `calendarId`.
 *
 * Leaves:
 * - `id`: a safe integer; `hhmm`: an integer 0-2400 whose minutes are below 60;
 * - `number`: a number within ±(2^53 - 1) (what survives `JSON.parse` exactly);
 * - `timestamp`: a string or such a number; `string` (open enumerations are strings too);
 * - `boolean`; `unknown` (anything); `record` (any plain object); `array` (any array);
 * - `fieldValues`: a string or an array of strings and nulls.
 */
export type Leaf =
  | 'id' | 'hhmm' | 'number' | 'timestamp' | 'string' | 'boolean' | 'unknown' | 'record' | 'array' | 'fieldValues';
export type Node = Leaf | { readonly object: Shape } | { readonly arrayOf: Node };
export type Shape = { readonly [key: string]: Node };

const s = 'string' as const;
const b = 'boolean' as const;
const id = 'id' as const;
const num = 'number' as const;
const ts = 'timestamp' as const;
const hhmm = 'hhmm' as const;

export const TimeZoneShape: Shape = { timeZoneId: id, timeZoneCode: s, timeZoneDesc: s, sortOrder: num };

export const FieldDataShape: Shape = { schedulerPreferenceFieldDefnId: id, value: s };

export const CustomFieldShape: Shape = {
  schedulerPreferenceFieldDefnId: id, businessId: id, mode: s, code: s, tagName: s, labelTag: s, valueTag: s,
  dataType: s, label: s, hint: s, value: s, extendedValue: 'unknown', fieldValues: 'fieldValues', required: b,
  visible: b, visibleOnScheduler: b, active: b, userDefinedField: b, filterByService: b,
  serviceIds: { arrayOf: id }, oldFieldIds: { arrayOf: id }, sortOrder: num, validationRegex: s,
  validationError: s, createdUser: s, modifiedUser: s, createdDate: ts, modifiedDate: ts, depAction: 'unknown',
  depCondition: 'unknown', depError: 'unknown', depFieldDefnId: id, depFields: 'array', depSetValue: 'unknown',
  depType: 'unknown',
};

export const ClientShape: Shape = {
  clientId: id, businessId: id, firstName: s, lastName: s, fullName: s, emailAddress: s, cellPhone: s,
  homePhone: s, businessPhone: s, address1: s, address2: s, city: s, county: s, state: s, zip: s, country: s,
  dateOfBirth: s, sex: s, ssn: s, companyName: s, notes: s, status: s, deleted: b,
  timeZoneCode: { object: TimeZoneShape }, createdDate: ts, modifiedDate: ts, createdUser: s, modifiedUser: s,
  fields: { arrayOf: { object: CustomFieldShape } }, fieldDataList: { arrayOf: { object: FieldDataShape } },
  fieldDataListJson: s,
};

export const StaffShape: Shape = {
  professionalId: id, businessId: id, userName: s, email: s, fullName: s, phone: s,
  timeZoneCode: { object: TimeZoneShape }, active: b, acceptAppointments: b, sortWeight: num, securityRoleId: num,
  newApptSms: b, changePasswordNextLogin: b, googleSyncActive: b, googleUpload: b, googleDownload: b,
  googleDetailDownload: b, ewsSyncActive: b, ewsUpload: b, ewsDownload: b, emailInstructions: s, createdUser: s,
  createdDate: ts, modifiedUser: s, modifiedDate: ts,
};

export const LocationShape: Shape = {
  locationId: id, locationName: s, businessId: id, locationType: s, active: b, address1: s, address2: s,
  city: s, state: s, zip: s, country: s, directions: s, description: s, startDate: ts, createdUser: s,
  createdDate: ts, modifiedUser: s, modifiedDate: ts,
};

export const LegacyFormFieldShape: Shape = {
  customFieldId: id, customFieldFormId: id, fieldLabel: s, fieldType: s, fieldRequired: b, fieldSortOrder: num,
  active: b, modifiedUser: s, fieldValues: s, fieldHint: s,
};

export const LegacyCustomFieldFormShape: Shape = {
  customFieldFormId: id, businessId: id, formName: s, active: b, modifiedUser: s,
  customFields: { arrayOf: { object: LegacyFormFieldShape } },
};

export const ReasonShape: Shape = {
  reasonId: id, businessId: id, visitMinutes: num, reasonDesc: s, internalName: s, internalDisplayName: s,
  reasonType: s, active: b, personal: b, price: num, taxable: b, allowPrePay: b, allowOnline: b,
  allowWaitList: b, reasonDetail: s, emailInstructions: s, emailInstructions2: s, sortWeight: num,
  customWorkSchedule: num, color: s, customFieldForm: { object: LegacyCustomFieldFormShape }, createdUser: s,
  createdDate: ts, modifiedUser: s, modifiedDate: ts,
};

export const OfficeShape: Shape = { professionalId: id, locationId: id, businessId: id };

export const DateFactoryShape: Shape = {
  dateId: num, day: num, month: num, year: num, dayOfWeek: num, weekOfMonth: num, weekSeq: num, monthSeq: num,
};

export const LegacyCustomFieldDataShape: Shape = {
  customFieldDataId: id, customFieldId: id, fieldValue: s, modifiedUser: s, idx: num,
};

/** The appointment; `calendarid` or `calendarId` must be present and non-null (checked separately). */
export const AppointmentShape: Shape = {
  calendarid: id, calendarId: id, businessId: id, startTime: hhmm, endTime: hhmm, clientStartTime: hhmm,
  clientEndTime: hhmm, startDate: ts, endDate: ts, clientStartDate: ts, clientEndDate: ts, apptDateTime: ts,
  startDateTimeUTC: ts, endDateTimeUTC: ts, startDateTime: ts, endDateTime: ts, appointmentDateTimeClient: s,
  appointmentDateTimeStaff: s, clientTimeZone: s, staffTimeZone: s, status: s, displayStatus: s, subStatus: s,
  deleted: b, note: s, createddate: ts, modifieddate: ts, createduser: s, modifieduser: s,
  sendConfirmationToClient: b, sendConfirmationToStaff: b, clientReminderHours: num, staffReminderHours: num,
  remindClientSmsHrs: num, remindStaffSmsHrs: num, reminderSentClient: b, reminderSentStaff: b,
  reminderSentClientSms: b, reminderSentStaffSms: b, awaitingStaffConfirmation: b, price: num, seats: num,
  updateSequence: num, auditReferralId: s, clientIpAddress: s, joinURL: s, cancelReason: s, cancelUser: s,
  recurringAppointmentId: id, appointmentIdHash: s, appointementIdHash: s, customField1: s, customField2: s, customField3: s,
  customField4: s, customField5: s, customField6: s, customField7: s, customField8: s, customField9: s,
  customField10: s, customFieldDesc: s, customFieldJson: s,
  customFieldData: { arrayOf: { object: LegacyCustomFieldDataShape } }, fieldDataListJson: s,
  fieldDataList: { arrayOf: { object: FieldDataShape } }, fieldDataMap: 'record',
  fields: { arrayOf: { object: CustomFieldShape } }, reason: { object: ReasonShape }, client: { object: ClientShape },
  staff: { object: StaffShape }, professional: { object: StaffShape }, location: { object: LocationShape },
  office: { object: OfficeShape }, dateFactory: { object: DateFactoryShape },
};

/** The id keys of which at least one must be present and non-null. */
export const ID_KEYS = ['calendarid', 'calendarId'] as const;
