import { map, type Option } from 'fp-ts/lib/Option.js';
import { formatClock } from './timestamp';
import { parseHhmm } from './parseHhmm';

/**
 * Formats one of TimeTap's HHmm integers as `HH:MM` (zero-padded, 24-hour): `800` → `'08:00'`,
 * `2400` → `'24:00'`. `None` when {@link parseHhmm} rejects the value (`960` → `None`).
 *
 * @example
 * ```ts
 * import { formatHhmm } from 'timetap-webhooks';
 * formatHhmm(800); // some('08:00')
 * formatHhmm(1745); // some('17:45')
 * formatHhmm(960); // none
 * ```
 */
export function formatHhmm(value: number | null | undefined): Option<string> {
  return map((t: { hours: number; minutes: number }) => formatClock(t.hours, t.minutes))(parseHhmm(value));
}
