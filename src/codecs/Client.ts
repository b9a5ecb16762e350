import * as t from 'io-ts';
import {
  Bool, SafeId, Str, Timestamp, arr, arrayOf, bool, id, isRecord, keyCount, obj, object, settle, str, ts,
} from './codec';
import { CustomField } from './CustomField';
import { FieldData } from './FieldData';
import { TimeZone } from './TimeZone';

const checkTimeZone = TimeZone.check;
const checkCustomField = CustomField.check;
const checkFieldData = FieldData.check;

function checkClient(u: unknown, closed: boolean): boolean {
  if (!isRecord(u)) return false;
  // Keys real bodies send first; the rest only when the object holds other keys.
  const keys = keyCount(u);
  const common =
    id(u.clientId) + id(u.businessId) + str(u.firstName) + str(u.lastName) + str(u.fullName) +
    str(u.emailAddress) + str(u.cellPhone) + str(u.address1) + str(u.address2) + str(u.city) +
    str(u.county) + str(u.state) + str(u.zip) + str(u.dateOfBirth) + str(u.companyName) + str(u.notes) +
    str(u.status) + bool(u.deleted) + obj(u.timeZoneCode, checkTimeZone, closed) + ts(u.createdDate) +
    ts(u.modifiedDate) + str(u.createdUser) + str(u.modifiedUser) + arr(u.fields, checkCustomField, closed) +
    arr(u.fieldDataList, checkFieldData, closed) + str(u.fieldDataListJson);
  if (common === keys) return true;
  return settle(
    keys,
    closed,
    common +
    str(u.homePhone) + str(u.businessPhone) + str(u.country) + str(u.sex) + str(u.ssn),
  );
}

/**
 * The client who booked. `emailAddress` and phones may be `""` or absent; `fields` repeats the
 * custom fields with the client's answers.
 *
 * @example
 * ```ts
 * import { Client } from 'timetap-webhooks';
 * Client.is({ clientId: 2530974, firstName: 'Jon', lastName: 'Snow', emailAddress: '' }); // true
 * ```
 */
export const Client = object(
  'Client',
  {
    clientId: SafeId,
    businessId: SafeId,
    firstName: Str,
    lastName: Str,
    fullName: Str,
    emailAddress: Str,
    cellPhone: Str,
    homePhone: Str,
    businessPhone: Str,
    address1: Str,
    address2: Str,
    city: Str,
    county: Str,
    state: Str,
    zip: Str,
    country: Str,
    dateOfBirth: Str,
    sex: Str,
    ssn: Str,
    companyName: Str,
    notes: Str,
    status: Str,
    deleted: Bool,
    timeZoneCode: TimeZone,
    createdDate: Timestamp,
    modifiedDate: Timestamp,
    createdUser: Str,
    modifiedUser: Str,
    fields: arrayOf(CustomField),
    fieldDataList: arrayOf(FieldData),
    fieldDataListJson: Str,
  },
  checkClient,
);
/** A decoded {@link Client}: every key optional and nullable, unknown keys kept. */
export interface Client extends t.TypeOf<typeof Client> {}
