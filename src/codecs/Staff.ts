import * as t from 'io-ts';
import { GuardedType, JsonNumber, ObjectOf, SafeId, Timestamp, object } from './codec';
import { TimeZone } from './TimeZone';

const staffProps = {
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
};

/** The type of the {@link Staff} codec: its props and the decoded {@link Staff}. */
export interface StaffCodec extends GuardedType<typeof staffProps, Staff> {}

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
export const Staff: StaffCodec = object('Staff', staffProps);
/** A decoded {@link Staff} member: every key optional and nullable, unknown keys kept. */
export interface Staff extends ObjectOf<typeof staffProps> {}
