import { TimeTapStoreError } from './TimeTapStoreError';

/**
 * The `CorruptRecord` error a store throws when what it reads back is not what it wrote (a row,
 * key or entry edited by hand). `what` names the record, never its content.
 *
 * @example
 * ```ts
 * throw corruptRecord('the snapshot of appointment 42', 42);
 * ```
 */
export const corruptRecord = (what: string, appointmentId: number | null): TimeTapStoreError =>
  new TimeTapStoreError({
    _tag: 'CorruptRecord',
    appointmentId,
    message: `Stored data does not read back as the store wrote it (edited by hand?): ${what}.`,
  });
