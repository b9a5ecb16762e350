import type { Appointment, CustomField, FieldData, Staff } from 'timetap-webhooks';

// The data behind the testing builders: one realistic appointment, shaped like the bodies TimeTap
// really sends (`calendarid` and `createddate` in lower case, the staff member as `professional`,
// custom fields in `fields` and again in `client.fields`, timestamps in the encodings seen on the
// wire). Names, emails and phone numbers are invented (example.com, 555 numbers).

const BUSINESS_ID = 52760;
const FIELD_CREATED = 1735916400000; // custom-field definitions carry epoch-ms timestamps
const FIELD_MODIFIED = 1741620000000;

function definition(
  schedulerPreferenceFieldDefnId: number,
  code: string,
  dataType: string,
  mode: string,
  label: string,
  sortOrder: number,
  extra: CustomField,
): CustomField {
  return {
    schedulerPreferenceFieldDefnId,
    businessId: BUSINESS_ID,
    code,
    dataType,
    mode,
    label,
    sortOrder,
    required: mode === 'CLIENT' && code !== 'UDF',
    visible: true,
    userDefinedField: code === 'UDF',
    visibleOnScheduler: true,
    filterByService: mode === 'APPT',
    active: true,
    createdUser: 'OWNER01',
    createdDate: FIELD_CREATED,
    modifiedUser: 'OWNER01',
    modifiedDate: FIELD_MODIFIED,
    ...extra,
  };
}

/** The default of `buildCustomField`: an answered appointment-level text field. */
export const SAMPLE_CUSTOM_FIELD: CustomField = definition(530103, 'UDF', 'TXT', 'APPT', 'Insurance Member ID', 22, {
  serviceIds: [771290],
  value: 'QH-2208714',
});

const CLIENT_FIELDS: ReadonlyArray<CustomField> = [
  definition(530001, 'firstName', 'TXT', 'CLIENT', 'First Name', 0, { tagName: 'CLIENT_FIRSTNAME', value: 'Sam' }),
  definition(530002, 'lastName', 'TXT', 'CLIENT', 'Last Name', 1, { tagName: 'CLIENT_LASTNAME', value: 'Lindqvist' }),
  definition(530003, 'emailAddress', 'TXT', 'CLIENT', 'Email', 2, {
    tagName: 'CLIENT_EMAILADDRESS',
    value: 'sam.lindqvist@example.com',
  }),
  definition(530004, 'cellPhone', 'TXT', 'CLIENT', 'Mobile Phone', 3, {
    tagName: 'CLIENT_MOBILE_PHONE',
    value: '617-555-0182',
  }),
  definition(530020, 'UDF', 'LIST', 'CLIENT', 'How did you hear about us?', 6, {
    required: false,
    fieldValues: 'Please select one\nSearch engine\nReferral from a friend\nSocial media\nOther',
    value: 'Search engine',
  }),
];

const APPOINTMENT_FIELDS: ReadonlyArray<CustomField> = [
  definition(530101, 'UDF', 'LIST', 'APPT', 'Session Format', 20, {
    required: true,
    serviceIds: [771290],
    fieldValues: 'Please select one\nIn person\nVideo call',
    value: 'In person',
  }),
  definition(530102, 'UDF', 'AREA', 'APPT', 'What would you like to focus on?', 21, {
    serviceIds: [771290],
    hint: 'A sentence or two is enough',
    value: 'Knee stiffness after a long run; wants to get back to 10 km.',
  }),
  SAMPLE_CUSTOM_FIELD,
  definition(530105, 'UDF', 'AREA', 'APPT', 'Comments', 24, { visible: false, visibleOnScheduler: false }),
];

function answers(fields: ReadonlyArray<CustomField>): FieldData[] {
  const out: FieldData[] = [];
  for (const f of fields) {
    if (typeof f.value === 'string' && f.value !== '') {
      out.push({ schedulerPreferenceFieldDefnId: f.schedulerPreferenceFieldDefnId, value: f.value });
    }
  }
  return out;
}

const ALL_FIELDS = [...CLIENT_FIELDS, ...APPOINTMENT_FIELDS];
const ALL_ANSWERS = answers(ALL_FIELDS);
const CLIENT_ANSWERS = answers(CLIENT_FIELDS);

function staffMember(professionalId: number, userName: string, fullName: string, created: string, modified: string): Staff {
  return {
    professionalId,
    businessId: BUSINESS_ID,
    userName,
    fullName,
    email: `${userName}@riverside-pt.example`,
    active: true,
    acceptAppointments: true,
    sortWeight: 0,
    securityRoleId: 4,
    timeZoneCode: { timeZoneId: 78, timeZoneCode: 'America/New_York', timeZoneDesc: 'America/New_York', sortOrder: 1 },
    newApptSms: false,
    changePasswordNextLogin: false,
    googleSyncActive: true,
    googleUpload: true,
    googleDownload: true,
    googleDetailDownload: false,
    ewsSyncActive: false,
    ewsUpload: false,
    ewsDownload: false,
    createdUser: 'OWNER01',
    createdDate: created,
    modifiedUser: 'OWNER01',
    modifiedDate: modified,
  };
}

/** The staff member of the sample appointment. */
export const SAMPLE_STAFF: Staff = staffMember(63410, 'amoreno', 'Alex Moreno, DPT', '2023-02-13T10:41:09', '2024-12-02T08:15:30');
/** The colleague the scenario reassigns the appointment to. */
export const SAMPLE_OTHER_STAFF: Staff = staffMember(
  63452,
  'pnatarajan',
  'Priya Natarajan, DPT',
  '2023-07-24T14:03:51',
  '2025-01-14T12:30:02',
);

/** The default of `buildAppointment`: booked online, open, Tuesday 10 June 2025 at 10:00 New York time. */
export const SAMPLE_APPOINTMENT: Appointment = {
  calendarid: 91022451,
  businessId: BUSINESS_ID,
  status: 'OPEN',
  startDate: '2025-06-10T00:00:00',
  endDate: '2025-06-10T00:00:00',
  startTime: 1000,
  endTime: 1045,
  clientStartTime: 900,
  clientEndTime: 945,
  apptDateTime: '2025-06-10T14:00:00',
  startDateTimeUTC: '2025-06-10T14:00:00Z',
  endDateTimeUTC: '2025-06-10T14:45:00Z',
  staffTimeZone: 'America/New_York',
  clientTimeZone: 'America/Chicago',
  appointmentDateTimeClient: 'Tuesday, Jun 10, 2025 at 9:00 AM CDT',
  appointmentDateTimeStaff: 'Tuesday, Jun 10, 2025 at 10:00 AM EDT',
  dateFactory: { dateId: 7100, day: 10, month: 5, year: 125, dayOfWeek: 2, weekOfMonth: 2, weekSeq: 1014, monthSeq: 234 },
  note: '',
  price: 95.0,
  seats: 1,
  sendConfirmationToClient: true,
  sendConfirmationToStaff: true,
  clientReminderHours: 24,
  staffReminderHours: 24,
  remindClientSmsHrs: 2,
  remindStaffSmsHrs: 0,
  reminderSentClient: false,
  reminderSentStaff: false,
  reminderSentClientSms: false,
  reminderSentStaffSms: false,
  awaitingStaffConfirmation: false,
  updateSequence: 0,
  auditReferralId: 'r8b2e6f0c4a9d47e18c3f5a2b7d9e0c14',
  clientIpAddress: '203.0.113.58, 10.44.1.7',
  createddate: '2025-06-02T09:14:37',
  createduser: 'WebClient',
  modifieddate: '2025-06-02T09:14:37',
  modifieduser: 'WebClient',
  customField1: '',
  customField2: '',
  customFieldDesc: APPOINTMENT_FIELDS.filter((f) => f.value != null && f.value !== '')
    .map((f) => `${f.label ?? ''} : ${f.value ?? ''}\n`)
    .join(''),
  fieldDataList: ALL_ANSWERS,
  fieldDataListJson: JSON.stringify(ALL_ANSWERS),
  office: { professionalId: 0, locationId: 0, businessId: 0 },
  professional: SAMPLE_STAFF,
  location: {
    locationId: 40987,
    locationName: 'Riverside Clinic',
    businessId: BUSINESS_ID,
    locationType: 'Office',
    active: true,
    address1: '88 Riverside Ave',
    city: 'Cambridge',
    state: 'MA',
    zip: '02139',
    directions: 'Ground floor, next to the pharmacy.',
    description: 'Treatment rooms 1-4',
    startDate: '2023-02-13T00:00:00',
    createdUser: 'OWNER01',
    createdDate: '2023-02-13T10:22:48',
    modifiedUser: 'OWNER01',
    modifiedDate: '2024-09-30T17:05:12',
  },
  reason: {
    reasonId: 771290,
    businessId: BUSINESS_ID,
    reasonDesc: 'Follow-up Physical Therapy Session',
    internalName: 'PT Follow-up 45',
    reasonType: 'SERVICE',
    visitMinutes: 45,
    price: 95.0,
    active: true,
    personal: false,
    taxable: false,
    allowPrePay: false,
    allowOnline: true,
    allowWaitList: true,
    reasonDetail: 'Hands-on treatment and an updated home programme.',
    emailInstructions: 'Please wear comfortable clothing.',
    emailInstructions2: '',
    sortWeight: 2,
    customWorkSchedule: 0,
    color: '#7BB662',
    createdUser: 'OWNER01',
    createdDate: '2023-02-13T11:02:17',
    modifiedUser: 'OWNER01',
    modifiedDate: '2025-02-03T09:12:48',
  },
  client: {
    clientId: 3407719,
    businessId: BUSINESS_ID,
    firstName: 'Sam',
    lastName: 'Lindqvist',
    fullName: 'Sam Lindqvist',
    emailAddress: 'sam.lindqvist@example.com',
    cellPhone: '617-555-0182',
    address1: '410 Elm St',
    address2: '',
    city: 'Chicago',
    county: '',
    state: 'IL',
    zip: '60610',
    companyName: '',
    dateOfBirth: '1991-11-23',
    notes: '',
    status: 'Active',
    deleted: false,
    timeZoneCode: { timeZoneId: 74, timeZoneCode: 'America/Chicago', timeZoneDesc: 'America/Chicago', sortOrder: 1 },
    createdUser: 'WebClient',
    createdDate: '2025-06-02T09:11:02',
    modifiedUser: 'WebClient',
    modifiedDate: '2025-06-02T09:14:37',
    fields: ALL_FIELDS,
    fieldDataList: CLIENT_ANSWERS,
    fieldDataListJson: JSON.stringify(CLIENT_ANSWERS),
  },
  fields: ALL_FIELDS,
};
