import * as t from 'io-ts';
import { GuardedType, JsonNumber, ObjectOf, SafeId, object } from './codec';

const legacyCustomFieldDataProps = {
  customFieldDataId: SafeId,
  customFieldId: SafeId,
  fieldValue: t.string,
  modifiedUser: t.string,
  idx: JsonNumber,
};

/** The type of the {@link LegacyCustomFieldData} codec: its props and the decoded {@link LegacyCustomFieldData}. */
export interface LegacyCustomFieldDataCodec extends GuardedType<typeof legacyCustomFieldDataProps, LegacyCustomFieldData> {}

/**
 * A legacy answer row (`customFieldData[]`); `customFieldId` matches
 * `reason.customFieldForm.customFields[].customFieldId` and the `oldFieldIds` of the new fields.
 *
 * @example
 * ```ts
 * import { LegacyCustomFieldData } from 'timetap-webhooks';
 * LegacyCustomFieldData.is({ customFieldId: 4072, fieldValue: '', idx: 0 }); // true
 * ```
 */
export const LegacyCustomFieldData: LegacyCustomFieldDataCodec = object('LegacyCustomFieldData', legacyCustomFieldDataProps);
/** A decoded {@link LegacyCustomFieldData} row. */
export interface LegacyCustomFieldData extends ObjectOf<typeof legacyCustomFieldDataProps> {}
