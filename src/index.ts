// The package's only barrel: an explicit list, pinned by __tests__/exports.test.ts.

// Codecs (each a value and a type of the same name)
export { Appointment } from './codecs/Appointment';
export { Client } from './codecs/Client';
export { Staff } from './codecs/Staff';
export { Location } from './codecs/Location';
export { Reason } from './codecs/Reason';
export { CustomField } from './codecs/CustomField';
export { TimeZone } from './codecs/TimeZone';
export { FieldData } from './codecs/FieldData';
export { Office } from './codecs/Office';
export { DateFactory } from './codecs/DateFactory';
export { LegacyCustomFieldData } from './codecs/LegacyCustomFieldData';
export { LegacyCustomFieldForm } from './codecs/LegacyCustomFieldForm';
export { LegacyFormField } from './codecs/LegacyFormField';

// Open enumerations: codec + type, and the known values
export { AppointmentStatus, APPOINTMENT_STATUSES } from './codecs/AppointmentStatus';
export { AppointmentSubStatus, APPOINTMENT_SUB_STATUSES } from './codecs/AppointmentSubStatus';
export { CustomFieldDataType, CUSTOM_FIELD_DATA_TYPES } from './codecs/CustomFieldDataType';
export { CustomFieldMode, CUSTOM_FIELD_MODES } from './codecs/CustomFieldMode';
export { LocationType, LOCATION_TYPES } from './codecs/LocationType';
export { ReasonType, REASON_TYPES } from './codecs/ReasonType';

// Decoding
export {
  parseAppointmentWebhook,
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_DEPTH,
  type ParseAppointmentWebhookOptions,
} from './parseAppointmentWebhook';
export { parseAppointmentWebhookOrThrow } from './parseAppointmentWebhookOrThrow';
export { TimeTapWebhookError } from './TimeTapWebhookError';
export type {
  WebhookDecodeError,
  EmptyBody,
  UnsupportedInput,
  PayloadTooLarge,
  InvalidEncoding,
  InvalidJson,
  TooDeep,
  ForbiddenKey,
  NonJsonValue,
  InvalidPayload,
  InternalError,
  DecodeIssue,
} from './WebhookDecodeError';
export type { DecodeWarning, UnknownField, UnknownEnumValue, DuplicateKey } from './DecodeWarning';
export { findUnknownFields } from './findUnknownFields';

// Accessors
export { appointmentId } from './appointmentId';
export { appointmentStaff } from './appointmentStaff';

// Custom fields and times (issue 3)
export { listCustomFields, type CustomFieldScope, type ListCustomFieldsOptions } from './listCustomFields';
export {
  lookupCustomFields,
  type CustomFieldSelector,
  type CustomFieldLabelMatch,
  type LookupCustomFieldOptions,
} from './lookupCustomFields';
export { lookupCustomField } from './lookupCustomField';
export { lookupCustomFieldValue } from './lookupCustomFieldValue';
export { customFieldValues, type CustomFieldValuesOptions } from './customFieldValues';
export { customFieldOptions } from './customFieldOptions';
export { parseHhmm, type HhmmTime } from './parseHhmm';
export { formatHhmm } from './formatHhmm';
export {
  appointmentInterval,
  type AppointmentInterval,
  type AppointmentIntervalOptions,
  type AppointmentTimeSource,
} from './appointmentInterval';
export { appointmentLocalTimes, type AppointmentLocalTimes, type LocalTimes } from './appointmentLocalTimes';

// Diffing (issue 4)
export { diffAppointments, type DiffAppointmentsOptions } from './diffAppointments';
export type { AppointmentChange } from './AppointmentChange';
export { VOLATILE_PATHS } from './VOLATILE_PATHS';
export { classifyAppointmentChange, type ClassifyAppointmentChangeOptions } from './classifyAppointmentChange';
export type {
  AppointmentChangeSummary,
  AppointmentChangeKind,
  AppointmentSlot,
  CustomFieldChange,
} from './AppointmentChangeSummary';
export {
  matchAppointmentChange,
  type AppointmentChangeHandlers,
  type AppointmentChangeOf,
} from './matchAppointmentChange';
export { isStaleDelivery } from './isStaleDelivery';
export { appointmentFingerprint, type AppointmentFingerprintOptions } from './appointmentFingerprint';

// Security (issue 5)
export { verifyWebhookToken } from './verifyWebhookToken';
