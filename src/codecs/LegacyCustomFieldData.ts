import * as t from 'io-ts';
import { JsonNumber, SafeId, isRecord, object, optId, optNumber, optString } from '../internal/codec';

function isLegacyCustomFieldData(u: unknown): boolean {
  if (!isRecord(u)) return false;
  return (
    optId(u.customFieldDataId) && optId(u.customFieldId) && optString(u.fieldValue) &&
    optString(u.modifiedUser) && optNumber(u.idx)
  );
}

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
  isLegacyCustomFieldData,
);
/** A decoded {@link LegacyCustomFieldData} row. */
export interface LegacyCustomFieldData extends t.TypeOf<typeof LegacyCustomFieldData> {}
