import * as t from 'io-ts';
import {
  JsonNumber, SafeId, Timestamp, isRecord, object, optBoolean, optId, optNumber, optObject, optString,
  optTimestamp,
} from '../internal/codec';
import { LegacyCustomFieldForm } from './LegacyCustomFieldForm';
import { ReasonType } from './ReasonType';

const isLegacyCustomFieldForm = LegacyCustomFieldForm.is;

function isReason(u: unknown): boolean {
  if (!isRecord(u)) return false;
  return (
    optId(u.reasonId) && optId(u.businessId) && optNumber(u.visitMinutes) && optString(u.reasonDesc) &&
    optString(u.internalName) && optString(u.internalDisplayName) && optString(u.reasonType) &&
    optBoolean(u.active) && optBoolean(u.personal) && optNumber(u.price) && optBoolean(u.taxable) &&
    optBoolean(u.allowPrePay) && optBoolean(u.allowOnline) && optBoolean(u.allowWaitList) &&
    optString(u.reasonDetail) && optString(u.emailInstructions) && optString(u.emailInstructions2) &&
    optNumber(u.sortWeight) && optNumber(u.customWorkSchedule) && optString(u.color) &&
    optObject(u.customFieldForm, isLegacyCustomFieldForm) && optString(u.createdUser) &&
    optTimestamp(u.createdDate) && optString(u.modifiedUser) && optTimestamp(u.modifiedDate)
  );
}

/**
 * The service or class that was booked (TimeTap calls both a "reason").
 *
 * @example
 * ```ts
 * import { Reason } from 'timetap-webhooks';
 * Reason.is({ reasonId: 96439, reasonDesc: 'Service3', visitMinutes: 45 }); // true
 * ```
 */
export const Reason = object(
  'Reason',
  {
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
  },
  isReason,
);
/** A decoded {@link Reason}: every key optional and nullable, unknown keys kept. */
export interface Reason extends t.TypeOf<typeof Reason> {}
