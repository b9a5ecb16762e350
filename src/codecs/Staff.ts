import * as t from 'io-ts';
import {
  JsonNumber, SafeId, Timestamp, isRecord, object, optBoolean, optId, optNumber, optObject, optString,
  optTimestamp,
} from '../internal/codec';
import { TimeZone } from './TimeZone';

const isTimeZone = TimeZone.is;

function isStaff(u: unknown): boolean {
  if (!isRecord(u)) return false;
  return (
    optId(u.professionalId) && optId(u.businessId) && optString(u.userName) && optString(u.email) &&
    optString(u.fullName) && optString(u.phone) &&
    optObject(u.timeZoneCode, isTimeZone) && optBoolean(u.active) && optBoolean(u.acceptAppointments) &&
    optNumber(u.sortWeight) && optNumber(u.securityRoleId) && optBoolean(u.newApptSms) &&
    optBoolean(u.changePasswordNextLogin) && optBoolean(u.googleSyncActive) && optBoolean(u.googleUpload) &&
    optBoolean(u.googleDownload) && optBoolean(u.googleDetailDownload) && optBoolean(u.ewsSyncActive) &&
    optBoolean(u.ewsUpload) && optBoolean(u.ewsDownload) && optString(u.emailInstructions) &&
    optString(u.createdUser) && optTimestamp(u.createdDate) && optString(u.modifiedUser) &&
    optTimestamp(u.modifiedDate)
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
  isStaff,
);
/** A decoded {@link Staff} member: every key optional and nullable, unknown keys kept. */
export interface Staff extends t.TypeOf<typeof Staff> {}
