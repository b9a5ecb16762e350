import * as api from '../../src';

// The package's public names. Adding or removing one is an API change: update this list (and
// CHANGELOG.md) on purpose.
const EXPECTED = [
  // Codecs
  'Appointment', 'Client', 'Staff', 'Location', 'Reason', 'CustomField', 'TimeZone', 'FieldData', 'Office',
  'DateFactory', 'LegacyCustomFieldData', 'LegacyCustomFieldForm', 'LegacyFormField',
  // Open enumerations
  'AppointmentStatus', 'APPOINTMENT_STATUSES', 'AppointmentSubStatus', 'APPOINTMENT_SUB_STATUSES',
  'CustomFieldDataType', 'CUSTOM_FIELD_DATA_TYPES', 'CustomFieldMode', 'CUSTOM_FIELD_MODES', 'LocationType',
  'LOCATION_TYPES', 'ReasonType', 'REASON_TYPES',
  // Decoding
  'parseAppointmentWebhook', 'parseAppointmentWebhookOrThrow', 'TimeTapWebhookError', 'DEFAULT_MAX_BYTES',
  'DEFAULT_MAX_DEPTH', 'findUnknownFields',
  // Accessors
  'appointmentId', 'appointmentStaff',
  // Custom fields and times (issue 3)
  'listCustomFields', 'lookupCustomField', 'lookupCustomFields', 'lookupCustomFieldValue', 'customFieldValues',
  'customFieldOptions', 'parseHhmm', 'formatHhmm', 'appointmentInterval', 'appointmentLocalTimes',
  // Diffing (issue 4)
  'diffAppointments', 'VOLATILE_PATHS', 'classifyAppointmentChange', 'matchAppointmentChange', 'isStaleDelivery',
  'appointmentFingerprint',
  // Security (issue 5)
  'verifyWebhookToken',
  // Appointment event log
  'createAppointmentTracker', 'memoryAppointmentStore', 'TimeTapStoreError',
];

describe('the package root', () => {
  it('exports exactly the documented names', () => {
    expect(Object.keys(api).sort()).toEqual([...EXPECTED].sort());
  });
});
