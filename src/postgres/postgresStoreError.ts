import { TimeTapStoreError } from '../track/TimeTapStoreError';

const SQLSTATE = /^[0-9A-Z]{5}$/;

const fieldOf = (error: unknown, key: string): unknown =>
  typeof error === 'object' && error !== null ? (error as Record<string, unknown>)[key] : undefined;

/**
 * Turns what `pg` rejects with into a {@link TimeTapStoreError}. Server errors are reported by
 * their SQLSTATE, never by their text (which can quote the values of a row); connection errors
 * (refused, reset, terminated, timed out) by their message, which holds no row data.
 *
 * - integrity and data errors (the log or its head row edited by hand): `CorruptRecord`;
 * - everything else: `StoreUnavailable` with the SQLSTATE or the driver's code (connection loss,
 *   timeouts, missing tables; serialization failures and deadlocks, after which nothing was
 *   written and retrying is safe).
 *
 * @example
 * ```ts
 * postgresStoreError({ code: '57P01' }).error._tag; // 'StoreUnavailable' (the server is shutting down)
 * ```
 */
export function postgresStoreError(error: unknown): TimeTapStoreError {
  const code = fieldOf(error, 'code');
  if (typeof code === 'string' && SQLSTATE.test(code)) {
    if (code === '40001' || code === '40P01' || code === '55P03') {
      return new TimeTapStoreError({ _tag: 'StoreUnavailable', code, message: `PostgreSQL reported a conflict (SQLSTATE ${code}); nothing was written, retrying is safe` });
    }
    if (code.startsWith('23') || code.startsWith('22')) {
      return new TimeTapStoreError({
        _tag: 'CorruptRecord',
        appointmentId: null,
        message: `PostgreSQL rejected the write (SQLSTATE ${code}): the event log does not match its head row (edited by hand?)`,
      });
    }
    if (code === '42P01' || code === '3F000') {
      return new TimeTapStoreError({
        _tag: 'StoreUnavailable',
        code,
        message: `The appointment store's tables do not exist (SQLSTATE ${code}): call migrate() or apply postgresAppointmentSchema().`,
      });
    }
    return new TimeTapStoreError({ _tag: 'StoreUnavailable', code, message: `PostgreSQL failed (SQLSTATE ${code}).` });
  }
  const message = fieldOf(error, 'message');
  return new TimeTapStoreError({
    _tag: 'StoreUnavailable',
    ...(typeof code === 'string' && code !== '' ? { code } : {}),
    message: `PostgreSQL cannot be reached: ${typeof message === 'string' && message !== '' ? message : 'unknown error'}`,
  });
}
