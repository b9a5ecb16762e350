import * as t from 'io-ts';
import { type GuardedType, type ObjectOf, SafeId, Timestamp, arrayOf, object } from './codec';
import { CustomField } from './CustomField';
import { FieldData } from './FieldData';
import { TimeZone } from './TimeZone';

const clientProps = {
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
};

/** The type of the {@link Client} codec: its props and the decoded {@link Client}. */
export interface ClientCodec extends GuardedType<typeof clientProps, Client> {}

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
export const Client: ClientCodec = object('Client', clientProps);
/** A decoded {@link Client}: every key optional and nullable, unknown keys kept. */
export interface Client extends ObjectOf<typeof clientProps> {}
