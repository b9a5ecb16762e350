import * as t from 'io-ts';
import { SafeId, Timestamp, object } from './codec';
import { checkLocation } from './objectChecks';
import { LocationType } from './LocationType';

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
  checkLocation,
);
/** A decoded {@link Location}: every key optional and nullable, unknown keys kept. */
export interface Location extends t.TypeOf<typeof Location> {}
