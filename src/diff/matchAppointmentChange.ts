import type { AppointmentChangeKind, AppointmentChangeSummary } from './AppointmentChangeSummary';

/** A summary whose `kind` is known to be `K`. */
export type AppointmentChangeOf<K extends AppointmentChangeKind> = AppointmentChangeSummary & { readonly kind: K };

/**
 * The handlers of {@link matchAppointmentChange}: either one for every kind, or some of them
 * plus `default`. Leaving a kind out without a `default` is a type error that names the kind.
 */
export type AppointmentChangeHandlers<R> =
  | ({ readonly [K in AppointmentChangeKind]?: (summary: AppointmentChangeOf<K>) => R } & {
      readonly default: (summary: AppointmentChangeSummary) => R;
    })
  | { readonly [K in AppointmentChangeKind]: (summary: AppointmentChangeOf<K>) => R };

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * Calls the handler for `summary.kind` (or `default`) and returns its result: an exhaustive,
 * typed dispatch, so a webhook handler reads as a list of cases and TypeScript points at the
 * case you forgot. Pure: no emitter, no state.
 *
 * Only a caller that bypasses the types can reach a kind with no handler and no `default`; that
 * is a programming error and throws a `TypeError`.
 *
 * @example
 * ```ts
 * import { classifyAppointmentChange, matchAppointmentChange } from 'timetap-webhooks';
 * const booked = { calendarid: 1, status: 'OPEN' };
 * const summary = classifyAppointmentChange(booked, { ...booked, status: 'CANCELLED' });
 * const action = matchAppointmentChange(summary, {
 *   created: () => 'insert',
 *   cancelled: (s) => `cancel (was ${s.statusChanged._tag === 'Some' ? s.statusChanged.value.from : '?'})`,
 *   default: (s) => `update (${s.kind})`,
 * }); // 'cancel (was OPEN)'
 * ```
 */
export function matchAppointmentChange<R>(summary: AppointmentChangeSummary, handlers: AppointmentChangeHandlers<R>): R {
  const table = handlers as Readonly<Record<string, ((s: AppointmentChangeSummary) => R) | undefined>>;
  const handler = hasOwn.call(table, summary.kind) ? table[summary.kind] : undefined;
  const chosen = handler ?? (hasOwn.call(table, 'default') ? table.default : undefined);
  if (typeof chosen !== 'function') {
    throw new TypeError(`matchAppointmentChange: no handler for kind '${String(summary.kind)}' and no default.`);
  }
  return chosen(summary);
}
