import * as t from 'io-ts';
import { GuardedType, JsonNumber, ObjectOf, SafeId, Timestamp, object } from './codec';
import { LegacyCustomFieldForm } from './LegacyCustomFieldForm';
import { ReasonType } from './ReasonType';

const reasonProps = {
  reasonId: SafeId,
  businessId: SafeId,
  visitMinutes: JsonNumber,
  reasonDesc: t.string,
  internalName: t.string,
  internalDisplayName: t.string,
  reasonType: ReasonType,
  active: t.boolean,
  personal: t.boolean,
  price: JsonNumber,
  taxable: t.boolean,
  allowPrePay: t.boolean,
  allowOnline: t.boolean,
  allowWaitList: t.boolean,
  reasonDetail: t.string,
  emailInstructions: t.string,
  emailInstructions2: t.string,
  sortWeight: JsonNumber,
  customWorkSchedule: JsonNumber,
  color: t.string,
  customFieldForm: LegacyCustomFieldForm,
  createdUser: t.string,
  createdDate: Timestamp,
  modifiedUser: t.string,
  modifiedDate: Timestamp,
};

/** The type of the {@link Reason} codec: its props and the decoded {@link Reason}. */
export interface ReasonCodec extends GuardedType<typeof reasonProps, Reason> {}

/**
 * The service or class that was booked (TimeTap calls both a "reason").
 *
 * @example
 * ```ts
 * import { Reason } from 'timetap-webhooks';
 * Reason.is({ reasonId: 96439, reasonDesc: 'Service3', visitMinutes: 45 }); // true
 * ```
 */
export const Reason: ReasonCodec = object('Reason', reasonProps);
/** A decoded {@link Reason}: every key optional and nullable, unknown keys kept. */
export interface Reason extends ObjectOf<typeof reasonProps> {}
