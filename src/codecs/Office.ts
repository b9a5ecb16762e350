import { type GuardedType, type ObjectOf, SafeId, object } from './codec';

const officeProps = {
  professionalId: SafeId,
  locationId: SafeId,
  businessId: SafeId,
};

/** The type of the {@link Office} codec: its props and the decoded {@link Office}. */
export interface OfficeCodec extends GuardedType<typeof officeProps, Office> {}

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
export const Office: OfficeCodec = object('Office', officeProps);
/** A decoded {@link Office}. */
export interface Office extends ObjectOf<typeof officeProps> {}
