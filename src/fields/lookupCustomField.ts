import { fromNullable, type Option } from 'fp-ts/lib/Option.js';
import type { Appointment } from '../codecs/Appointment';
import type { CustomField } from '../codecs/CustomField';
import { lookupCustomFields, type CustomFieldSelector, type LookupCustomFieldOptions } from './lookupCustomFields';

/**
 * One custom field, by id (`{ id: 107740 }`) or by label (`{ label: 'Comments' }`): the first
 * match in {@link listCustomFields} order, or `None`. Labels match loosely by default (NFC,
 * trimmed, whitespace collapsed including non-breaking spaces, case-insensitive);
 * `options.match: 'exact'` compares verbatim. Use `lookupCustomFields` to get every field that
 * shares a label. Pure; never throws.
 *
 * @example
 * ```ts
 * import { lookupCustomField } from 'timetap-webhooks';
 * import { isSome } from 'fp-ts/lib/Option.js';
 * const appointment = {
 *   calendarid: 1,
 *   fields: [{ schedulerPreferenceFieldDefnId: 107740, label: 'Comments', value: 'Running late' }],
 * };
 * const field = lookupCustomField(appointment, { label: '  comments ' });
 * if (isSome(field)) field.value.schedulerPreferenceFieldDefnId; // 107740
 * lookupCustomField(appointment, { id: 107740 }); // the same field
 * ```
 */
export function lookupCustomField(
  appointment: Appointment,
  selector: CustomFieldSelector,
  options?: LookupCustomFieldOptions,
): Option<CustomField> {
  return fromNullable(lookupCustomFields(appointment, selector, options)[0]);
}
