/**
 * `T` with every property optional, recursively, as the testing builders take their overrides.
 * Arrays are not made partial: an array in the overrides replaces the whole array. A property
 * set to `undefined` removes the key.
 *
 * @example
 * ```ts
 * import type { Appointment } from 'timetap-webhooks';
 * import type { DeepPartial } from 'timetap-webhooks/testing';
 * const overrides: DeepPartial<Appointment> = { client: { firstName: 'Ana' }, startTime: 1330 };
 * ```
 */
export type DeepPartial<T> = T extends string | number | boolean | bigint | symbol | null | undefined
  ? T // before `object`: an open enumeration's `string & {}` would otherwise be mapped as an object
  : T extends ReadonlyArray<unknown>
    ? T
    : T extends object
      ? { [K in keyof T]?: DeepPartial<T[K]> | undefined }
      : T;
