import * as t from 'io-ts';
import { Bool, SafeId, Str, Timestamp, bool, id, isRecord, keyCount, object, settle, str, ts } from './codec';
import { LocationType } from './LocationType';

function checkLocation(u: unknown, closed: boolean): boolean {
  if (!isRecord(u)) return false;
  // Keys real bodies send first; the rest only when the object holds other keys.
  const keys = keyCount(u);
  const common =
    id(u.locationId) + str(u.locationName) + id(u.businessId) + str(u.locationType) + bool(u.active) +
    str(u.address1) + str(u.city) + str(u.state) + str(u.zip) + str(u.directions) + str(u.description) +
    ts(u.startDate) + str(u.createdUser) + ts(u.createdDate) + str(u.modifiedUser) + ts(u.modifiedDate);
  if (common === keys) return true;
  return settle(
    keys,
    closed,
    common +
    str(u.address2) + str(u.country),
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
    locationName: Str,
    businessId: SafeId,
    locationType: LocationType,
    active: Bool,
    address1: Str,
    address2: Str,
    city: Str,
    state: Str,
    zip: Str,
    country: Str,
    directions: Str,
    description: Str,
    startDate: Timestamp,
    createdUser: Str,
    createdDate: Timestamp,
    modifiedUser: Str,
    modifiedDate: Timestamp,
  },
  checkLocation,
);
/** A decoded {@link Location}: every key optional and nullable, unknown keys kept. */
export interface Location extends t.TypeOf<typeof Location> {}
