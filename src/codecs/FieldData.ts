import * as t from 'io-ts';
import { type GuardedType, type ObjectOf, SafeId, object } from './codec';

const fieldDataProps = {
  schedulerPreferenceFieldDefnId: SafeId,
  value: t.string,
};

/** The type of the {@link FieldData} codec: its props and the decoded {@link FieldData}. */
export interface FieldDataCodec extends GuardedType<typeof fieldDataProps, FieldData> {}

/**
 * One answered custom field in `fieldDataList` / `client.fieldDataList`: only the id and the answer.
 *
 * @example
 * ```ts
 * import { FieldData } from 'timetap-webhooks';
 * FieldData.is({ schedulerPreferenceFieldDefnId: 66333, value: 'Recruit' }); // true
 * ```
 */
export const FieldData: FieldDataCodec = object('FieldData', fieldDataProps);
/** A decoded {@link FieldData} entry. */
export interface FieldData extends ObjectOf<typeof fieldDataProps> {}
