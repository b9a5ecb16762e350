import * as t from 'io-ts';
import {
  JsonNumber, SafeId, Timestamp, arr, arrayOf, bool, id, isId, isNullableString, isRecord, json, keyCount, settle, list, nullable, num, object, str, ts,
} from '../internal/codec';
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
  checkCustomField,
);
/** A decoded {@link CustomField}: every key optional and nullable, unknown keys kept. */
export interface CustomField extends t.TypeOf<typeof CustomField> {}
