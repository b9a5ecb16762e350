import type { AppointmentChangeKind, AppointmentChangeSummary } from '../diff/AppointmentChangeSummary';

/**
 * One entry of an appointment tracker's log: a new state of one appointment, what happened
 * (`kind` and `summary`, from `classifyAppointmentChange` against the state before it), and the
 * fingerprints that chain it to that state (`previousFingerprint` is `null` for the first state).
 * `sequence` is the store-wide position in the log (1, 2, 3, … without gaps); `recordedAt` is the
 * tracker's clock at commit time, ISO 8601.
 *
 * @example
 * ```ts
 * import type { AppointmentEvent } from 'timetap-webhooks';
 * const line = (e: AppointmentEvent) => `#${e.sequence} appointment ${e.appointmentId}: ${e.kind}`;
 * ```
 */
export interface AppointmentEvent {
  readonly sequence: number;
  readonly appointmentId: number;
  readonly kind: AppointmentChangeKind;
  readonly summary: AppointmentChangeSummary;
  readonly fingerprint: string;
  readonly previousFingerprint: string | null;
  readonly recordedAt: string;
}
