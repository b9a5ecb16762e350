import * as t from 'io-ts';
import {
  SafeId, Timestamp, arrayOf, isRecord, object, optArray, optBoolean, optId, optObject, optString, optTimestamp,
} from '../internal/codec';
import { CustomField } from './CustomField';
import { FieldData } from './FieldData';
import { TimeZone } from './TimeZone';

const isTimeZone = TimeZone.is;
const isCustomField = CustomField.is;
const isFieldData = FieldData.is;

function isClient(u: unknown): boolean {
  if (!isRecord(u)) return false;
  return (
    optId(u.clientId) && optId(u.businessId) && optString(u.firstName) && optString(u.lastName) &&
    optString(u.fullName) && optString(u.emailAddress) && optString(u.cellPhone) && optString(u.homePhone) &&
    optString(u.businessPhone) && optString(u.address1) && optString(u.address2) && optString(u.city) &&
    optString(u.county) && optString(u.state) && optString(u.zip) && optString(u.country) &&
    optString(u.dateOfBirth) && optString(u.sex) && optString(u.ssn) && optString(u.companyName) &&
    optString(u.notes) && optString(u.status) && optBoolean(u.deleted) && optObject(u.timeZoneCode, isTimeZone) &&
    optTimestamp(u.createdDate) && optTimestamp(u.modifiedDate) && optString(u.createdUser) &&
    optString(u.modifiedUser) && optArray(u.fields, isCustomField) && optArray(u.fieldDataList, isFieldData) &&
    optString(u.fieldDataListJson)
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
    firstName: t.string,
    lastName: t.string,
    fullName: t.string,
    emailAddress: t.string,
    cellPhone: t.string,
    homePhone: t.string,
    businessPhone: t.string,
    address1: t.string,
    address2: t.string,
    city: t.string,
    county: t.string,
    state: t.string,
    zip: t.string,
    country: t.string,
    dateOfBirth: t.string,
    sex: t.string,
    ssn: t.string,
    companyName: t.string,
    notes: t.string,
    status: t.string,
    deleted: t.boolean,
    timeZoneCode: TimeZone,
    createdDate: Timestamp,
    modifiedDate: Timestamp,
    createdUser: t.string,
    modifiedUser: t.string,
    fields: arrayOf(CustomField),
    fieldDataList: arrayOf(FieldData),
    fieldDataListJson: t.string,
  },
  isClient,
);
/** A decoded {@link Client}: every key optional and nullable, unknown keys kept. */
export interface Client extends t.TypeOf<typeof Client> {}
