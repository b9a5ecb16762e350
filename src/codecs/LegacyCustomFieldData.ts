import * as t from 'io-ts';
import { JsonNumber, SafeId, object } from './codec';
import { checkLegacyCustomFieldData } from './objectChecks';

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
export const LegacyCustomFieldData = object(
  'LegacyCustomFieldData',
  {
    customFieldDataId: SafeId,
    customFieldId: SafeId,
    fieldValue: t.string,
    modifiedUser: t.string,
    idx: JsonNumber,
  },
  checkLegacyCustomFieldData,
);
/** A decoded {@link LegacyCustomFieldData} row. */
export interface LegacyCustomFieldData extends t.TypeOf<typeof LegacyCustomFieldData> {}
