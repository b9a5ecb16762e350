import type { Appointment } from '../codecs/Appointment';
import type { AppointmentChangeSummary } from '../diff/AppointmentChangeSummary';
import type { AppointmentCommit, StoredAppointment } from './AppointmentStore';

/** What {@link appointmentCommitOf} builds a commit from. */
export interface AppointmentCommitParts {
  readonly appointmentId: number;
  /** What the store held before (its version is the one the commit expects), if anything. */
  readonly stored: StoredAppointment | undefined;
  /** The appointment to store. */
  readonly appointment: Appointment;
  /** The change from `stored` to `appointment`: gives the event its `kind` and `summary`. */
  readonly summary: AppointmentChangeSummary;
  /** The fingerprint of `appointment`. */
  readonly fingerprint: string;
  /** When the event is recorded, as an ISO 8601 timestamp. */
  readonly recordedAt: string;
}

/**
 * The commit that stores `appointment` in place of `stored` and appends the event of that change:
 * it expects the stored version (or no snapshot at all), and the event chains the stored
 * fingerprint to the new one.
 *
 * @example
 * ```ts
 * const commit = appointmentCommitOf({ appointmentId: 42, stored: undefined, appointment, summary, fingerprint, recordedAt: new Date().toISOString() });
 * ```
 */
export function appointmentCommitOf(parts: AppointmentCommitParts): AppointmentCommit {
  const { appointmentId, stored, appointment, summary, fingerprint, recordedAt } = parts;
  return {
    appointmentId,
    expectedVersion: stored === undefined ? null : stored.version,
    appointment,
    fingerprint,
    event: {
      appointmentId,
      kind: summary.kind,
      summary,
      fingerprint,
      previousFingerprint: stored === undefined ? null : stored.fingerprint,
      recordedAt,
    },
  };
}
