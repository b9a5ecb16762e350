import * as t from 'io-ts';
import {
  Bool, JsonNumber, SafeId, Str, Timestamp, bool, id, isRecord, keyCount, num, obj, object, settle, str, ts,
} from './codec';
import { TimeZone } from './TimeZone';

const checkTimeZone = TimeZone.check;

function checkStaff(u: unknown, closed: boolean): boolean {
  if (!isRecord(u)) return false;
  // Keys real bodies send first; the rest only when the object holds other keys.
  const keys = keyCount(u);
  const common =
    id(u.professionalId) + id(u.businessId) + str(u.userName) + str(u.email) + str(u.fullName) +
    obj(u.timeZoneCode, checkTimeZone, closed) + bool(u.active) + bool(u.acceptAppointments) +
    num(u.sortWeight) + num(u.securityRoleId) + bool(u.newApptSms) + bool(u.changePasswordNextLogin) +
    bool(u.googleSyncActive) + bool(u.googleUpload) + bool(u.googleDownload) + bool(u.googleDetailDownload) +
    bool(u.ewsSyncActive) + bool(u.ewsUpload) + bool(u.ewsDownload) + str(u.emailInstructions) +
    str(u.createdUser) + ts(u.createdDate) + str(u.modifiedUser) + ts(u.modifiedDate);
  if (common === keys) return true;
  return settle(
    keys,
    closed,
    common +
    str(u.phone),
  );
}

/**
 * The staff member, sent as `staff` (TimeTap's docs) or `professional` (real bodies). Both keys
 * decode with this codec; `appointmentStaff` picks whichever came.
 *
 * @example
 * ```ts
 * import { Staff } from 'timetap-webhooks';
 * import { isRight } from 'fp-ts/lib/Either.js';
 * isRight(Staff.decode({ professionalId: 42441, fullName: 'Dr Jones' })); // true
 * ```
 */
export const Staff = object(
  'Staff',
  {
    professionalId: SafeId,
    businessId: SafeId,
    userName: Str,
    email: Str,
    fullName: Str,
    phone: Str,
    timeZoneCode: TimeZone,
    active: Bool,
    acceptAppointments: Bool,
    sortWeight: JsonNumber,
    securityRoleId: JsonNumber,
    newApptSms: Bool,
    changePasswordNextLogin: Bool,
    googleSyncActive: Bool,
    googleUpload: Bool,
    googleDownload: Bool,
    googleDetailDownload: Bool,
    ewsSyncActive: Bool,
    ewsUpload: Bool,
    ewsDownload: Bool,
    emailInstructions: Str,
    createdUser: Str,
    createdDate: Timestamp,
    modifiedUser: Str,
    modifiedDate: Timestamp,
  },
  checkStaff,
);
/** A decoded {@link Staff} member: every key optional and nullable, unknown keys kept. */
export interface Staff extends t.TypeOf<typeof Staff> {}
