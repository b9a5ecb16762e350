import type { AppointmentEvent } from './AppointmentEvent';

/**
 * What `record` did with one delivery:
 * - `Recorded`: a newer state of the appointment (or its first); the snapshot is stored and
 *   `event` appended to the log;
 * - `Duplicate`: the same content as the stored state (bookkeeping keys such as `modifieddate`
 *   and `updateSequence` do not count); no event (a newer save of the same content replaces the
 *   stored snapshot, so that older deliveries are still recognised). `sequence` is that of the
 *   appointment's last event;
 * - `Stale`: an older state than the stored one (`isStaleDelivery`), delivered late; nothing
 *   written. `sequence` is that of the appointment's last event.
 *
 * @example
 * ```ts
 * import type { RecordOutcome } from 'timetap-webhooks';
 * const line = (o: RecordOutcome) => (o._tag === 'Recorded' ? `#${o.event.sequence} ${o.event.kind}` : `${o._tag} of #${o.sequence}`);
 * ```
 */
export type RecordOutcome =
  | { readonly _tag: 'Recorded'; readonly event: AppointmentEvent }
  | { readonly _tag: 'Duplicate'; readonly sequence: number }
  | { readonly _tag: 'Stale'; readonly sequence: number };
