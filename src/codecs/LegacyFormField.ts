import * as t from 'io-ts';
import { GuardedType, JsonNumber, ObjectOf, SafeId, object } from './codec';

const legacyFormFieldProps = {
  customFieldId: SafeId,
  customFieldFormId: SafeId,
  fieldLabel: t.string,
  fieldType: t.string,
  fieldRequired: t.boolean,
  fieldSortOrder: JsonNumber,
  active: t.boolean,
  modifiedUser: t.string,
  fieldValues: t.string,
  fieldHint: t.string,
};

/** The type of the {@link LegacyFormField} codec: its props and the decoded {@link LegacyFormField}. */
export interface LegacyFormFieldCodec extends GuardedType<typeof legacyFormFieldProps, LegacyFormField> {}

/**
 * One question of the legacy per-service form (`reason.customFieldForm.customFields[]`).
 *
 * @example
 * ```ts
 * import { LegacyFormField } from 'timetap-webhooks';
 * LegacyFormField.is({ customFieldId: 4072, fieldLabel: "Child's Name", fieldType: 'TXT' }); // true
 * ```
 */
export const LegacyFormField: LegacyFormFieldCodec = object('LegacyFormField', legacyFormFieldProps);
/** A decoded {@link LegacyFormField}. */
export interface LegacyFormField extends ObjectOf<typeof legacyFormFieldProps> {}
