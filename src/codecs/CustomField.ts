import * as t from 'io-ts';
import {
  Bool, JsonNumber, SafeId, Str, Timestamp, arr, arrayOf, bool, id, isId, isNullableString, isRecord, json, keyCount, list, nullable, num, object, settle, str, ts,
} from './codec';
import { CustomFieldDataType } from './CustomFieldDataType';
import { CustomFieldMode } from './CustomFieldMode';

/** `fieldValues`: a newline-separated string, or an array of strings (or nulls). */
function fieldValues(u: unknown, closed: boolean): number {
  return typeof u === 'string' ? 1 : arr(u, isNullableString, closed);
}

function checkCustomField(u: unknown, closed: boolean): boolean {
  if (!isRecord(u)) return false;
  // Keys real bodies send first; the rest only when the object holds other keys.
  const keys = keyCount(u);
  const common =
    id(u.schedulerPreferenceFieldDefnId) + id(u.businessId) + str(u.mode) + str(u.code) + str(u.tagName) +
    str(u.dataType) + str(u.label) + str(u.hint) + str(u.value) + fieldValues(u.fieldValues, closed) +
    bool(u.required) + bool(u.visible) + bool(u.visibleOnScheduler) + bool(u.active) +
    bool(u.userDefinedField) + bool(u.filterByService) + arr(u.serviceIds, isId, closed) +
    arr(u.oldFieldIds, isId, closed) + num(u.sortOrder) + str(u.createdUser) + str(u.modifiedUser) +
    ts(u.createdDate) + ts(u.modifiedDate);
  if (common === keys) return true;
  return settle(
    keys,
    closed,
    common +
    str(u.labelTag) + str(u.valueTag) + str(u.validationRegex) + str(u.validationError) +
    id(u.depFieldDefnId) + list(u.depFields, closed) + json(u.extendedValue, closed) +
    json(u.depAction, closed) + json(u.depCondition, closed) + json(u.depError, closed) +
    json(u.depSetValue, closed) + json(u.depType, closed),
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
    code: Str,
    tagName: Str,
    labelTag: Str,
    valueTag: Str,
    dataType: CustomFieldDataType,
    label: Str,
    hint: Str,
    value: Str,
    extendedValue: t.unknown,
    fieldValues: t.union([Str, arrayOf(nullable(Str))], 'string | Array<string | null>'),
    required: Bool,
    visible: Bool,
    visibleOnScheduler: Bool,
    active: Bool,
    userDefinedField: Bool,
    filterByService: Bool,
    serviceIds: arrayOf(SafeId),
    oldFieldIds: arrayOf(SafeId),
    sortOrder: JsonNumber,
    validationRegex: Str,
    validationError: Str,
    createdUser: Str,
    modifiedUser: Str,
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
  checkCustomField,
);
/** A decoded {@link CustomField}: every key optional and nullable, unknown keys kept. */
export interface CustomField extends t.TypeOf<typeof CustomField> {}
