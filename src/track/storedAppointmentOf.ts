import { Appointment } from '../codecs/Appointment';
import { appointmentId as idOf } from '../codecs/appointmentId';
import type { StoredAppointment } from './AppointmentStore';
import { corruptRecord } from './corruptRecord';
import { isStoredId } from './parseStoredEvent';
import { parseStoredJson } from './parseStoredJson';
import { readStoredInteger } from './readStoredInteger';

/** The fields of one stored snapshot as a store reads them back, before any check. */
export interface StoredSnapshotFields {
  /** The version, as a number or its decimal text. */
  readonly version: unknown;
  /** The sequence of the appointment's last event, as a number or its decimal text. */
  readonly sequence: unknown;
  readonly fingerprint: unknown;
  /** The appointment as the JSON text the store wrote. */
  readonly snapshot: unknown;
}

/**
 * Reads back the snapshot of one appointment as a store wrote it, checked field by field: a
 * version of at least 1, a stored sequence, a fingerprint, and an appointment that decodes and
 * has the id asked for.
 *
 * @throws TimeTapStoreError `CorruptRecord` for anything a store would not have written.
 * @example
 * ```ts
 * const stored = storedAppointmentOf({ version: '3', sequence: '17', fingerprint, snapshot: text }, 42);
 * ```
 */
export function storedAppointmentOf(fields: StoredSnapshotFields, appointmentId: number): StoredAppointment {
  const version = readStoredInteger(fields.version);
  const sequence = readStoredInteger(fields.sequence);
  const appointment = parseStoredJson(fields.snapshot);
  const { fingerprint } = fields;
  if (
    version === undefined ||
    version < 1 ||
    sequence === undefined ||
    !isStoredId(sequence) ||
    typeof fingerprint !== 'string' ||
    fingerprint === '' ||
    !Appointment.is(appointment) ||
    idOf(appointment) !== appointmentId
  ) {
    throw corruptRecord(`the snapshot of appointment ${appointmentId}`, appointmentId);
  }
  return { appointment, fingerprint, sequence, version };
}
