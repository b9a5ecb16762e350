import type { AppointmentEvent } from './AppointmentEvent';

/** Every `kind` a stored event may carry (the compiler checks the list is complete). */
const KINDS: Readonly<Record<AppointmentEvent['kind'], true>> = {
  created: true,
  deleted: true,
  cancelled: true,
  restored: true,
  rescheduled: true,
  reassigned: true,
  updated: true,
  unchanged: true,
};

const isRecord = (u: unknown): u is Record<string, unknown> => typeof u === 'object' && u !== null && !Array.isArray(u);

/** A store's sequence numbers and appointment ids: positive safe integers. */
export const isStoredId = (u: unknown): u is number => typeof u === 'number' && Number.isSafeInteger(u) && u > 0;

/**
 * Reads back one event as a store wrote it: the fields of an {@link AppointmentEvent} without its
 * `sequence` (which the store keeps in its own column or key), checked field by field. Answers
 * `undefined` for anything a store would not have written (a row or entry edited by hand), so the
 * store can report it as a `CorruptRecord`.
 *
 * @example
 * ```ts
 * const event = parseStoredEvent(JSON.parse(text), 42);
 * if (event === undefined) throw new Error('corrupt event 42');
 * ```
 */
export function parseStoredEvent(fields: unknown, sequence: number): AppointmentEvent | undefined {
  if (!isRecord(fields) || !isStoredId(sequence)) return undefined;
  const { appointmentId, kind, summary, fingerprint, previousFingerprint, recordedAt } = fields;
  if (!isStoredId(appointmentId)) return undefined;
  if (typeof kind !== 'string' || !Object.prototype.hasOwnProperty.call(KINDS, kind)) return undefined;
  if (!isRecord(summary) || summary.kind !== kind || !Array.isArray(summary.changes)) return undefined;
  if (typeof fingerprint !== 'string' || fingerprint === '') return undefined;
  if (previousFingerprint !== null && (typeof previousFingerprint !== 'string' || previousFingerprint === '')) return undefined;
  if (typeof recordedAt !== 'string' || recordedAt === '') return undefined;
  return {
    sequence,
    appointmentId,
    kind: kind as AppointmentEvent['kind'],
    summary: summary as unknown as AppointmentEvent['summary'],
    fingerprint,
    previousFingerprint,
    recordedAt,
  };
}
