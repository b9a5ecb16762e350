import * as t from 'io-ts';
import { JsonNumber, object } from './codec';
import { checkDateFactory } from './objectChecks';

/**
 * A Java calendar artefact TimeTap sends along (`month` 0-based, `year` minus 1900, `dateId` days
 * since 2006-01-01). Kept for losslessness; do not use it for business logic.
 *
 * @example
 * ```ts
 * import { DateFactory } from 'timetap-webhooks';
 * DateFactory.is({ dateId: 3951, day: 26, month: 9, year: 116 }); // true
 * ```
 */
export const DateFactory = object(
  'DateFactory',
  {
    dateId: JsonNumber,
    day: JsonNumber,
    month: JsonNumber,
    year: JsonNumber,
    dayOfWeek: JsonNumber,
    weekOfMonth: JsonNumber,
    weekSeq: JsonNumber,
    monthSeq: JsonNumber,
  },
  checkDateFactory,
);
/** A decoded {@link DateFactory}. */
export interface DateFactory extends t.TypeOf<typeof DateFactory> {}
