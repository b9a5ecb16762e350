import { TimeTapStoreError } from './TimeTapStoreError';

/**
 * Runs one store operation with a deadline: settles as the operation does, or rejects with a
 * `StoreUnavailable` {@link TimeTapStoreError} after `timeoutMs`, whichever comes first. An
 * operation that settles after its deadline is ignored (its rejection is handled, never left
 * unhandled). Errors the operation throws go through `classify`.
 *
 * @example
 * ```ts
 * const rows = await withStoreDeadline(() => pool.query('SELECT 1'), 5000, 'PostgreSQL', toStoreError);
 * ```
 */
export function withStoreDeadline<T>(
  operation: () => Promise<T>,
  timeoutMs: number,
  what: string,
  classify: (error: unknown) => TimeTapStoreError,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => {
      if (settled) return;
      settled = true;
      reject(
        new TimeTapStoreError({
          _tag: 'StoreUnavailable',
          code: 'TIMEOUT',
          message: `${what} did not answer within ${timeoutMs} ms (the operation may still complete; retrying it is safe)`,
        }),
      );
    }, timeoutMs);
    const finish = (): boolean => {
      if (settled) return false;
      settled = true;
      clearTimeout(timer);
      return true;
    };
    let running: Promise<T>;
    try {
      running = operation();
    } catch (error) {
      running = Promise.reject(error);
    }
    running.then(
      (value) => {
        if (finish()) resolve(value);
      },
      (error: unknown) => {
        if (finish()) reject(error instanceof TimeTapStoreError ? error : classify(error));
      },
    );
  });
}
