import * as t from 'io-ts';
import { JsonNumber, SafeId, Str, id, isRecord, known, num, object, str } from './codec';

function checkLegacyCustomFieldData(u: unknown, closed: boolean): boolean {
  if (!isRecord(u)) return false;
  return known(
    u,
    closed,
    id(u.customFieldDataId) + id(u.customFieldId) + str(u.fieldValue) +
    str(u.modifiedUser) + num(u.idx)
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
    fieldValue: Str,
    modifiedUser: Str,
    idx: JsonNumber,
  },
  checkLegacyCustomFieldData,
);
/** A decoded {@link LegacyCustomFieldData} row. */
export interface LegacyCustomFieldData extends t.TypeOf<typeof LegacyCustomFieldData> {}
