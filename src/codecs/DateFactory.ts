import { GuardedType, JsonNumber, ObjectOf, object } from './codec';

const dateFactoryProps = {
  dateId: JsonNumber,
  day: JsonNumber,
  month: JsonNumber,
  year: JsonNumber,
  dayOfWeek: JsonNumber,
  weekOfMonth: JsonNumber,
  weekSeq: JsonNumber,
  monthSeq: JsonNumber,
};

/** The type of the {@link DateFactory} codec: its props and the decoded {@link DateFactory}. */
export interface DateFactoryCodec extends GuardedType<typeof dateFactoryProps, DateFactory> {}

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
export const DateFactory: DateFactoryCodec = object('DateFactory', dateFactoryProps);
/** A decoded {@link DateFactory}. */
export interface DateFactory extends ObjectOf<typeof dateFactoryProps> {}
