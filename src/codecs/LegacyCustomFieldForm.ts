import * as t from 'io-ts';
import { SafeId, arrayOf, isRecord, object, optArray, optBoolean, optId, optString } from '../internal/codec';
import { LegacyFormField } from './LegacyFormField';

const isLegacyFormField = LegacyFormField.is;

function isLegacyCustomFieldForm(u: unknown): boolean {
  if (!isRecord(u)) return false;
  return (
    optId(u.customFieldFormId) && optId(u.businessId) && optString(u.formName) && optBoolean(u.active) &&
    optString(u.modifiedUser) && optArray(u.customFields, isLegacyFormField)
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
    formName: t.string,
    active: t.boolean,
    modifiedUser: t.string,
    customFields: arrayOf(LegacyFormField),
  },
  isLegacyCustomFieldForm,
);
/** A decoded {@link LegacyCustomFieldForm}. */
export interface LegacyCustomFieldForm extends t.TypeOf<typeof LegacyCustomFieldForm> {}
