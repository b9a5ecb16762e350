import * as t from 'io-ts';
import { SafeId, arrayOf, object } from './codec';
import { checkLegacyCustomFieldForm } from './objectChecks';
import { LegacyFormField } from './LegacyFormField';


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
  checkLegacyCustomFieldForm,
);
/** A decoded {@link LegacyCustomFieldForm}. */
export interface LegacyCustomFieldForm extends t.TypeOf<typeof LegacyCustomFieldForm> {}
