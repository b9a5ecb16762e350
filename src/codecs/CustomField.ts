import * as t from 'io-ts';
import {
  JsonNumber, SafeId, Timestamp, arrayOf, isId, isRecord, nullable, object, optArray, optBoolean,
  optId, optNumber, optString, optTimestamp,
} from '../internal/codec';
import { CustomFieldDataType } from './CustomFieldDataType';
import { CustomFieldMode } from './CustomFieldMode';

function optFieldValues(u: unknown): boolean {
  if (u == null || typeof u === 'string') return true;
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (u[i] !== null && typeof u[i] !== 'string') return false;
  return true;
}

function isCustomField(u: unknown): boolean {
  if (!isRecord(u)) return false;
  return (
    optId(u.schedulerPreferenceFieldDefnId) && optId(u.businessId) && optString(u.mode) && optString(u.code) &&
    optString(u.tagName) && optString(u.labelTag) && optString(u.valueTag) && optString(u.dataType) &&
    optString(u.label) && optString(u.hint) && optString(u.value) && optFieldValues(u.fieldValues) &&
    optBoolean(u.required) && optBoolean(u.visible) && optBoolean(u.visibleOnScheduler) && optBoolean(u.active) &&
    optBoolean(u.userDefinedField) && optBoolean(u.filterByService) && optArray(u.serviceIds, isId) &&
    optArray(u.oldFieldIds, isId) && optNumber(u.sortOrder) && optString(u.validationRegex) &&
    optString(u.validationError) && optString(u.createdUser) && optString(u.modifiedUser) &&
    optTimestamp(u.createdDate) && optTimestamp(u.modifiedDate) && optId(u.depFieldDefnId) &&
    (u.depFields == null || Array.isArray(u.depFields))
  );
}

/**
 * A custom ("scheduler preference") field: its definition and, when answered, its `value`. The
 * same fields arrive in `appointment.fields` and again in `client.fields`; key on
 * `schedulerPreferenceFieldDefnId`, or use `lookupCustomField`.
 *
 * `fieldValues` (the choices of a LIST field) is a newline-separated string in real bodies and may
 * be an array; both decode. `extendedValue` and the `dep*` settings have undocumented types and
 * decode as anything.
 *
 * @example
 * ```ts
 * import { CustomField } from 'timetap-webhooks';
 * CustomField.is({ schedulerPreferenceFieldDefnId: 107740, label: 'Comments', value: 'Hi' }); // true
 * ```
 */
export const CustomField = object(
  'CustomField',
  {
    schedulerPreferenceFieldDefnId: SafeId,
    businessId: SafeId,
    mode: CustomFieldMode,
    code: t.string,
    tagName: t.string,
    labelTag: t.string,
    valueTag: t.string,
    dataType: CustomFieldDataType,
    label: t.string,
    hint: t.string,
    value: t.string,
    extendedValue: t.unknown,
    fieldValues: t.union([t.string, arrayOf(nullable(t.string))], 'string | Array<string | null>'),
    required: t.boolean,
    visible: t.boolean,
    visibleOnScheduler: t.boolean,
    active: t.boolean,
    userDefinedField: t.boolean,
    filterByService: t.boolean,
    serviceIds: arrayOf(SafeId),
    oldFieldIds: arrayOf(SafeId),
    sortOrder: JsonNumber,
    validationRegex: t.string,
    validationError: t.string,
    createdUser: t.string,
    modifiedUser: t.string,
    createdDate: Timestamp,
    modifiedDate: Timestamp,
    depAction: t.unknown,
    depCondition: t.unknown,
    depError: t.unknown,
    depFieldDefnId: SafeId,
    depFields: t.UnknownArray,
    depSetValue: t.unknown,
    depType: t.unknown,
  },
  isCustomField,
);
/** A decoded {@link CustomField}: every key optional and nullable, unknown keys kept. */
export interface CustomField extends t.TypeOf<typeof CustomField> {}
