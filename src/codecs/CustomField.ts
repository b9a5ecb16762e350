import * as t from 'io-ts';
import { GuardedType, JsonNumber, ObjectOf, SafeId, Timestamp, arrayOf, nullable, object } from './codec';
import { CustomFieldDataType } from './CustomFieldDataType';
import { CustomFieldMode } from './CustomFieldMode';

const customFieldProps = {
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
};

/** The type of the {@link CustomField} codec: its props and the decoded {@link CustomField}. */
export interface CustomFieldCodec extends GuardedType<typeof customFieldProps, CustomField> {}

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
export const CustomField: CustomFieldCodec = object('CustomField', customFieldProps);
/** A decoded {@link CustomField}: every key optional and nullable, unknown keys kept. */
export interface CustomField extends ObjectOf<typeof customFieldProps> {}
