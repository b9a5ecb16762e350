import { chain, none, some, type Option } from 'fp-ts/lib/Option.js';
import type { Appointment } from '../codecs/Appointment';
import type { CustomField } from '../codecs/CustomField';
import { isAnswered } from './customFieldAnswer';
import { lookupCustomField } from './lookupCustomField';
import type { CustomFieldSelector, LookupCustomFieldOptions } from './lookupCustomFields';

/**
 * The answer of one custom field (the field {@link lookupCustomField} finds): `Some` only when
 * the field exists and its `value` is non-empty (not absent, `null`, `""` or only whitespace).
 * The value is returned as sent, untrimmed; a value missing from the field itself is taken from
 * a later copy or `fieldDataList` (see `listCustomFields`). Pure; never throws.
 *
 * @example
 * ```ts
 * import { lookupCustomFieldValue } from 'timetap-webhooks';
 * const appointment = {
 *   calendarid: 1,
 *   fields: [
 *     { schedulerPreferenceFieldDefnId: 66355, label: "Child's Name" },
 *     { schedulerPreferenceFieldDefnId: 66359, label: 'Anything else?', value: '' },
 *   ],
 *   fieldDataList: [{ schedulerPreferenceFieldDefnId: 66355, value: 'Liam' }],
 * };
 * lookupCustomFieldValue(appointment, { label: "child's name" }); // some('Liam')
 * lookupCustomFieldValue(appointment, { id: 66359 }); // none: unanswered
 * lookupCustomFieldValue(appointment, { label: 'Shoe size' }); // none: no such field
 * ```
 */
export function lookupCustomFieldValue(
  appointment: Appointment,
  selector: CustomFieldSelector,
  options?: LookupCustomFieldOptions,
): Option<string> {
  return chain((field: CustomField) => (isAnswered(field.value) ? some(field.value) : none))(
    lookupCustomField(appointment, selector, options),
  );
}
