import * as t from 'io-ts';
import { SafeId, Str, id, isRecord, known, object, str } from './codec';

function checkFieldData(u: unknown, closed: boolean): boolean {
  return isRecord(u) && known(u, closed, id(u.schedulerPreferenceFieldDefnId) + str(u.value));
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
export const FieldData = object('FieldData', { schedulerPreferenceFieldDefnId: SafeId, value: Str }, checkFieldData);
/** A decoded {@link FieldData} entry. */
export interface FieldData extends t.TypeOf<typeof FieldData> {}
