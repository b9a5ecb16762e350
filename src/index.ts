// The package's only barrel: an explicit list, pinned by __tests__/package/exports.test.ts.

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

// Interop: every codec is a Standard Schema; JSON Schema generated from the codecs
export type { StandardSchemaV1 } from './codecs/StandardSchemaV1';
export { toJsonSchema } from './jsonSchema/toJsonSchema';
export { appointmentJsonSchema } from './jsonSchema/appointmentJsonSchema';
export type { JsonSchema } from './jsonSchema/JsonSchema';
export { standardJsonSchema } from './jsonSchema/standardJsonSchema';
export type { StandardJSONSchemaV1 } from './jsonSchema/StandardJSONSchemaV1';

// Decoding
export {
  parseAppointmentWebhook,
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_DEPTH,
  type ParseAppointmentWebhookOptions,
} from './decode/parseAppointmentWebhook';
export { parseAppointmentWebhookOrThrow } from './decode/parseAppointmentWebhookOrThrow';
export { TimeTapWebhookError } from './decode/TimeTapWebhookError';
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
  InvalidOptions,
  InternalError,
  DecodeIssue,
} from './decode/WebhookDecodeError';
export type { DecodeWarning, UnknownField, UnknownEnumValue, DuplicateKey } from './decode/DecodeWarning';
export { findUnknownFields } from './decode/findUnknownFields';

// Accessors
export { appointmentId } from './codecs/appointmentId';
export { appointmentStaff } from './codecs/appointmentStaff';

// Custom fields and times
export { listCustomFields, type CustomFieldScope, type ListCustomFieldsOptions } from './fields/listCustomFields';
export {
  lookupCustomFields,
  type CustomFieldSelector,
  type CustomFieldLabelMatch,
  type LookupCustomFieldOptions,
} from './fields/lookupCustomFields';
export { lookupCustomField } from './fields/lookupCustomField';
export { lookupCustomFieldValue } from './fields/lookupCustomFieldValue';
export { customFieldValues, type CustomFieldValuesOptions } from './fields/customFieldValues';
export { customFieldOptions } from './fields/customFieldOptions';
export { parseHhmm, type HhmmTime } from './time/parseHhmm';
export { formatHhmm } from './time/formatHhmm';
export {
  appointmentInterval,
  type AppointmentInterval,
  type AppointmentIntervalOptions,
  type AppointmentTimeSource,
} from './time/appointmentInterval';
export { appointmentLocalTimes, type AppointmentLocalTimes, type LocalTimes } from './time/appointmentLocalTimes';

// Diffing
export { diffAppointments, type DiffAppointmentsOptions } from './diff/diffAppointments';
export type { AppointmentChange } from './diff/AppointmentChange';
export { VOLATILE_PATHS } from './diff/VOLATILE_PATHS';
export { classifyAppointmentChange, type ClassifyAppointmentChangeOptions } from './diff/classifyAppointmentChange';
export type {
  AppointmentChangeSummary,
  AppointmentChangeKind,
  AppointmentSlot,
  CustomFieldChange,
} from './diff/AppointmentChangeSummary';
export {
  matchAppointmentChange,
  type AppointmentChangeHandlers,
  type AppointmentChangeOf,
} from './diff/matchAppointmentChange';
export { isStaleDelivery } from './diff/isStaleDelivery';
export { appointmentFingerprint, type AppointmentFingerprintOptions } from './diff/appointmentFingerprint';

// Security
export { verifyWebhookToken } from './security/verifyWebhookToken';

// Appointment event log
export {
  createAppointmentTracker,
  type AppointmentTracker,
  type AppointmentTrackerOptions,
} from './track/createAppointmentTracker';
export type { RecordOutcome } from './track/RecordOutcome';
export type { AppointmentEvent } from './track/AppointmentEvent';
export type {
  AppointmentStore,
  StoredAppointment,
  AppointmentCommit,
  CommitResult,
  AppointmentEventQuery,
} from './track/AppointmentStore';
export { memoryAppointmentStore } from './track/memoryAppointmentStore';
export { TimeTapStoreError } from './track/TimeTapStoreError';
export type { StoreError, StoreUnavailable, StoreConflict, CorruptRecord, InvalidAppointment } from './track/StoreError';
