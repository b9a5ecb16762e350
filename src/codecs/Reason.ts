import * as t from 'io-ts';
import {
  Bool, JsonNumber, SafeId, Str, Timestamp, bool, id, isRecord, keyCount, num, obj, object, settle, str, ts,
} from './codec';
import { LegacyCustomFieldForm } from './LegacyCustomFieldForm';
import { ReasonType } from './ReasonType';

const checkLegacyCustomFieldForm = LegacyCustomFieldForm.check;

function checkReason(u: unknown, closed: boolean): boolean {
  if (!isRecord(u)) return false;
  // Keys real bodies send first; the rest only when the object holds other keys.
  const keys = keyCount(u);
  const common =
    id(u.reasonId) + id(u.businessId) + num(u.visitMinutes) + str(u.reasonDesc) + str(u.internalName) +
    str(u.reasonType) + bool(u.active) + bool(u.personal) + num(u.price) + bool(u.taxable) +
    bool(u.allowPrePay) + bool(u.allowOnline) + bool(u.allowWaitList) + str(u.reasonDetail) +
    str(u.emailInstructions) + str(u.emailInstructions2) + num(u.sortWeight) + num(u.customWorkSchedule) +
    str(u.color) + obj(u.customFieldForm, checkLegacyCustomFieldForm, closed) + str(u.createdUser) +
    ts(u.createdDate) + str(u.modifiedUser) + ts(u.modifiedDate);
  if (common === keys) return true;
  return settle(
    keys,
    closed,
    common +
    str(u.internalDisplayName),
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
    reasonDesc: Str,
    internalName: Str,
    internalDisplayName: Str,
    reasonType: ReasonType,
    active: Bool,
    personal: Bool,
    price: JsonNumber,
    taxable: Bool,
    allowPrePay: Bool,
    allowOnline: Bool,
    allowWaitList: Bool,
    reasonDetail: Str,
    emailInstructions: Str,
    emailInstructions2: Str,
    sortWeight: JsonNumber,
    customWorkSchedule: JsonNumber,
    color: Str,
    customFieldForm: LegacyCustomFieldForm,
    createdUser: Str,
    createdDate: Timestamp,
    modifiedUser: Str,
    modifiedDate: Timestamp,
  },
  checkReason,
);
/** A decoded {@link Reason}: every key optional and nullable, unknown keys kept. */
export interface Reason extends t.TypeOf<typeof Reason> {}
