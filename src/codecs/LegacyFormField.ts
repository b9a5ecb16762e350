import * as t from 'io-ts';
import {
  JsonNumber, SafeId, isRecord, object, optBoolean, optId, optNumber, optString,
} from '../internal/codec';

function isLegacyFormField(u: unknown): boolean {
  if (!isRecord(u)) return false;
  return (
    optId(u.customFieldId) && optId(u.customFieldFormId) && optString(u.fieldLabel) && optString(u.fieldType) &&
    optBoolean(u.fieldRequired) && optNumber(u.fieldSortOrder) && optBoolean(u.active) &&
    optString(u.modifiedUser) && optString(u.fieldValues) && optString(u.fieldHint)
  );
}

/**
 * One question of the legacy per-service form (`reason.customFieldForm.customFields[]`).
 *
 * @example
 * ```ts
 * import { LegacyFormField } from 'timetap-webhooks';
 * LegacyFormField.is({ customFieldId: 4072, fieldLabel: "Child's Name", fieldType: 'TXT' }); // true
 * ```
 */
export const LegacyFormField = object(
  'LegacyFormField',
  {
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
  },
  isLegacyFormField,
);
/** A decoded {@link LegacyFormField}. */
export interface LegacyFormField extends t.TypeOf<typeof LegacyFormField> {}
