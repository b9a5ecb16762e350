import * as t from 'io-ts';
import { SafeId, object } from './codec';
import { checkFieldData } from './objectChecks';

/**
 * One answered custom field in `fieldDataList` / `client.fieldDataList`: only the id and the answer.
 *
 * @example
 * ```ts
 * import { FieldData } from 'timetap-webhooks';
 * FieldData.is({ schedulerPreferenceFieldDefnId: 66333, value: 'Recruit' }); // true
 * ```
 */
export const FieldData = object('FieldData', { schedulerPreferenceFieldDefnId: SafeId, value: t.string }, checkFieldData);
/** A decoded {@link FieldData} entry. */
export interface FieldData extends t.TypeOf<typeof FieldData> {}
