import * as t from 'io-ts';
import { SafeId, isRecord, object, optId } from '../internal/codec';

function isOffice(u: unknown): boolean {
  return isRecord(u) && optId(u.professionalId) && optId(u.locationId) && optId(u.businessId);
}

/**
 * The legacy staff-and-location link (`office`); all zeros in real bodies. Prefer `staff` /
 * `professional` and `location`.
 *
 * @example
 * ```ts
 * import { Office } from 'timetap-webhooks';
 * Office.is({ professionalId: 0, locationId: 0, businessId: 0 }); // true
 * ```
 */
export const Office = object(
  'Office',
  { professionalId: SafeId, locationId: SafeId, businessId: SafeId },
  isOffice,
);
/** A decoded {@link Office}. */
export interface Office extends t.TypeOf<typeof Office> {}
