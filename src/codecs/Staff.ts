import * as t from 'io-ts';
import {
  JsonNumber, SafeId, Timestamp, bool, id, isRecord, keyCount, settle, num, obj, object, str, ts,
} from '../internal/codec';
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
    userName: t.string,
    email: t.string,
    fullName: t.string,
    phone: t.string,
    timeZoneCode: TimeZone,
    active: t.boolean,
    acceptAppointments: t.boolean,
    sortWeight: JsonNumber,
    securityRoleId: JsonNumber,
    newApptSms: t.boolean,
    changePasswordNextLogin: t.boolean,
    googleSyncActive: t.boolean,
    googleUpload: t.boolean,
    googleDownload: t.boolean,
    googleDetailDownload: t.boolean,
    ewsSyncActive: t.boolean,
    ewsUpload: t.boolean,
    ewsDownload: t.boolean,
    emailInstructions: t.string,
    createdUser: t.string,
    createdDate: Timestamp,
    modifiedUser: t.string,
    modifiedDate: Timestamp,
  },
  checkStaff,
);
/** A decoded {@link Staff} member: every key optional and nullable, unknown keys kept. */
export interface Staff extends t.TypeOf<typeof Staff> {}
