import { TimeTapStoreError } from '../track/TimeTapStoreError';

/** A Redis error reply starts with its code in capitals: `WRONGTYPE …`, `ERR …`, `OOM …`. */
const REPLY_CODE = /^([A-Z][A-Z_]+)(?:\s|$)/;

/**
 * Turns what node-redis rejects with into a {@link TimeTapStoreError}. Error replies are reported
 * by their code only (the text of a script error can quote arguments); connection errors by their
 * message, which holds no data.
 *
 * - `WRONGTYPE`: a key of the store holds another type (edited by hand): `CorruptRecord`;
 * - everything else (connection lost, `LOADING`, `OOM`, `READONLY`, `BUSY`, …): `StoreUnavailable`
 *   with the reply's code or the client error's name.
 *
 * @example
 * ```ts
 * redisStoreError(new Error('WRONGTYPE Operation against a key holding the wrong kind of value')).error._tag; // 'CorruptRecord'
 * ```
 */
export function redisStoreError(error: unknown): TimeTapStoreError {
  const message = error instanceof Error ? error.message : String(error);
  const code = REPLY_CODE.exec(message)?.[1];
  if (code === undefined) {
    const name = error instanceof Error && error.name !== 'Error' ? error.name : undefined;
    return new TimeTapStoreError({
      _tag: 'StoreUnavailable',
      ...(name === undefined ? {} : { code: name }),
      message: `Redis cannot be reached: ${message}`,
    });
  }
  if (code === 'WRONGTYPE') {
    return new TimeTapStoreError({
      _tag: 'CorruptRecord',
      appointmentId: null,
      message: 'A key of the appointment store holds another Redis type (edited by hand?).',
    });
  }
  return new TimeTapStoreError({ _tag: 'StoreUnavailable', code, message: `Redis replied ${code}.` });
}
