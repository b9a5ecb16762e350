import * as t from 'io-ts';
import { JsonNumber, SafeId, object } from './codec';
import { checkLegacyFormField } from './objectChecks';

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
  checkLegacyFormField,
);
/** A decoded {@link LegacyFormField}. */
export interface LegacyFormField extends t.TypeOf<typeof LegacyFormField> {}
