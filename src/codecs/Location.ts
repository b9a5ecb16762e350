import * as t from 'io-ts';
import { type GuardedType, type ObjectOf, SafeId, Timestamp, object } from './codec';
import { LocationType } from './LocationType';

const locationProps = {
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
};

/** The type of the {@link Location} codec: its props and the decoded {@link Location}. */
export interface LocationCodec extends GuardedType<typeof locationProps, Location> {}

/**
 * Where the appointment takes place.
 *
 * @example
 * ```ts
 * import { Location } from 'timetap-webhooks';
 * Location.is({ locationId: 29945, locationName: 'MyOffice', locationType: 'Office' }); // true
 * ```
 */
export const Location: LocationCodec = object('Location', locationProps);
/** A decoded {@link Location}: every key optional and nullable, unknown keys kept. */
export interface Location extends ObjectOf<typeof locationProps> {}
