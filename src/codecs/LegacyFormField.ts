import * as t from 'io-ts';
import { Bool, JsonNumber, SafeId, Str, bool, id, isRecord, known, num, object, str } from './codec';

function checkLegacyFormField(u: unknown, closed: boolean): boolean {
  if (!isRecord(u)) return false;
  return known(
    u,
    closed,
    id(u.customFieldId) + id(u.customFieldFormId) + str(u.fieldLabel) + str(u.fieldType) +
    bool(u.fieldRequired) + num(u.fieldSortOrder) + bool(u.active) + str(u.modifiedUser) +
    str(u.fieldValues) + str(u.fieldHint),
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
    fieldLabel: Str,
    fieldType: Str,
    fieldRequired: Bool,
    fieldSortOrder: JsonNumber,
    active: Bool,
    modifiedUser: Str,
    fieldValues: Str,
    fieldHint: Str,
  },
  checkLegacyFormField,
);
/** A decoded {@link LegacyFormField}. */
export interface LegacyFormField extends t.TypeOf<typeof LegacyFormField> {}
