import * as t from 'io-ts';
import { SafeId, object } from './codec';
import { checkOffice } from './objectChecks';

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
  checkOffice,
);
/** A decoded {@link Office}. */
export interface Office extends t.TypeOf<typeof Office> {}
