import * as t from 'io-ts';
import {
  SafeId, Timestamp, isRecord, object, optBoolean, optId, optString, optTimestamp,
} from '../internal/codec';
import { LocationType } from './LocationType';

function isLocation(u: unknown): boolean {
  if (!isRecord(u)) return false;
  return (
    optId(u.locationId) && optString(u.locationName) && optId(u.businessId) && optString(u.locationType) &&
    optBoolean(u.active) && optString(u.address1) && optString(u.address2) && optString(u.city) &&
    optString(u.state) && optString(u.zip) && optString(u.country) && optString(u.directions) &&
    optString(u.description) && optTimestamp(u.startDate) && optString(u.createdUser) &&
    optTimestamp(u.createdDate) && optString(u.modifiedUser) && optTimestamp(u.modifiedDate)
  );
}

/**
 * Where the appointment takes place.
 *
 * @example
 * ```ts
 * import { Location } from 'timetap-webhooks';
 * Location.is({ locationId: 29945, locationName: 'MyOffice', locationType: 'Office' }); // true
 * ```
 */
export const Location = object(
  'Location',
  {
    locationId: SafeId,
    locationName: t.string,
    businessId: SafeId,
    locationType: LocationType,
    active: t.boolean,
    address1: t.string,
    address2: t.string,
    city: t.string,
    state: t.string,
    zip: t.string,
    country: t.string,
    directions: t.string,
    description: t.string,
    startDate: Timestamp,
    createdUser: t.string,
    createdDate: Timestamp,
    modifiedUser: t.string,
    modifiedDate: Timestamp,
  },
  isLocation,
);
/** A decoded {@link Location}: every key optional and nullable, unknown keys kept. */
export interface Location extends t.TypeOf<typeof Location> {}
