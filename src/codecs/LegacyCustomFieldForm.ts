import * as t from 'io-ts';
import { type GuardedType, type ObjectOf, SafeId, arrayOf, object } from './codec';
import { LegacyFormField } from './LegacyFormField';

const legacyCustomFieldFormProps = {
  customFieldFormId: SafeId,
  businessId: SafeId,
  formName: t.string,
  active: t.boolean,
  modifiedUser: t.string,
  customFields: arrayOf(LegacyFormField),
};

/** The type of the {@link LegacyCustomFieldForm} codec: its props and the decoded {@link LegacyCustomFieldForm}. */
export interface LegacyCustomFieldFormCodec extends GuardedType<typeof legacyCustomFieldFormProps, LegacyCustomFieldForm> {}

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
export const LegacyCustomFieldForm: LegacyCustomFieldFormCodec = object('LegacyCustomFieldForm', legacyCustomFieldFormProps);
/** A decoded {@link LegacyCustomFieldForm}. */
export interface LegacyCustomFieldForm extends ObjectOf<typeof legacyCustomFieldFormProps> {}
