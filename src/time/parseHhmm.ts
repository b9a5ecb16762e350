import { none, some, type Option } from 'fp-ts/lib/Option.js';
import { isHhmm } from '../codecs/codec';

/** A wall-clock time of day: `hours` 0–24 (24 only as `24:00`, the end of the day), `minutes` 0–59. */
export interface HhmmTime {
  readonly hours: number;
  readonly minutes: number;
}

/**
 * Reads one of TimeTap's HHmm integers (`startTime`, `endTime`, `clientStartTime`,
 * `clientEndTime`): unpadded, `800` is 08:00, `1745` is 17:45 and `2400` is the end of the day.
 * `None` for anything that is not an integer from 0 to 2400 with minutes below 60 (`960`, `-5`,
 * `12.5`), and for `null` / `undefined` so a field can be passed as it is.
 *
 * @example
 * ```ts
 * import { parseHhmm } from 'timetap-webhooks';
 * parseHhmm(800); // some({ hours: 8, minutes: 0 })
 * parseHhmm(2400); // some({ hours: 24, minutes: 0 })
 * parseHhmm(960); // none
 * ```
 */
export function parseHhmm(value: number | null | undefined): Option<HhmmTime> {
  if (!isHhmm(value)) return none;
  return some({ hours: Math.floor(value / 100), minutes: value % 100 });
}
