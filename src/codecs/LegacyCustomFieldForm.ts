import * as t from 'io-ts';
import { Bool, SafeId, Str, arr, arrayOf, bool, id, isRecord, known, object, str } from './codec';
import { LegacyFormField } from './LegacyFormField';

const checkLegacyFormField = LegacyFormField.check;

function checkLegacyCustomFieldForm(u: unknown, closed: boolean): boolean {
  if (!isRecord(u)) return false;
  return known(
    u,
    closed,
    id(u.customFieldFormId) + id(u.businessId) + str(u.formName) + bool(u.active) +
    str(u.modifiedUser) + arr(u.customFields, checkLegacyFormField, closed)
    );
}

/**
 * The legacy per-service question form (`reason.customFieldForm`), from before TimeTap moved to
 * scheduler fields. Its answers are the legacy `customField1..N` / `customFieldData` of the
 * appointment; new integrations should read `fields` instead.
 *
 * @example
 * ```ts
 * import { LegacyCustomFieldForm } from 'timetap-webhooks';
 * LegacyCustomFieldForm.is({ formName: 'Intake', customFields: [{ fieldLabel: 'Name' }] }); // true
 * ```
 */
export const LegacyCustomFieldForm = object(
  'LegacyCustomFieldForm',
  {
    customFieldFormId: SafeId,
    businessId: SafeId,
    formName: Str,
    active: Bool,
    modifiedUser: Str,
    customFields: arrayOf(LegacyFormField),
  },
  checkLegacyCustomFieldForm,
);
/** A decoded {@link LegacyCustomFieldForm}. */
export interface LegacyCustomFieldForm extends t.TypeOf<typeof LegacyCustomFieldForm> {}
