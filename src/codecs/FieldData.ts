import * as t from 'io-ts';
import { SafeId, isRecord, object, optId, optString } from '../internal/codec';

function isFieldData(u: unknown): boolean {
  return isRecord(u) && optId(u.schedulerPreferenceFieldDefnId) && optString(u.value);
}

/**
 * One answered custom field in `fieldDataList` / `client.fieldDataList`: only the id and the answer.
 *
 * @example
 * ```ts
 * import { FieldData } from 'timetap-webhooks';
 * FieldData.is({ schedulerPreferenceFieldDefnId: 66333, value: 'Recruit' }); // true
 * ```
 */
export const FieldData = object('FieldData', { schedulerPreferenceFieldDefnId: SafeId, value: t.string }, isFieldData);
/** A decoded {@link FieldData} entry. */
export interface FieldData extends t.TypeOf<typeof FieldData> {}
