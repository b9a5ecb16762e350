import type { Appointment } from '../codecs/Appointment';
import type { CustomField } from '../codecs/CustomField';
import { looseLabel, type CustomFieldLabelMatch } from './customFieldLabel';
import { listCustomFields, type CustomFieldScope } from './listCustomFields';

export type { CustomFieldLabelMatch } from './customFieldLabel';

/**
 * Which field to find: by `schedulerPreferenceFieldDefnId` (`{ id: 107740 }`) or by label
 * (`{ label: 'Comments' }`).
 */
export type CustomFieldSelector = { readonly id: number } | { readonly label: string };

/** Options of the custom-field lookups. */
export interface LookupCustomFieldOptions {
  /**
   * How a label selector is compared. `'loose'` (the default): Unicode NFC, trimmed, inner
   * whitespace collapsed (non-breaking spaces count), case-insensitive. `'exact'`: verbatim.
   */
  readonly match?: CustomFieldLabelMatch;
  /** Which fields to search; see `listCustomFields`. Default `'all'`. */
  readonly scope?: CustomFieldScope;
}

/**
 * Every custom field the selector matches, in {@link listCustomFields} order (so `fields` before
 * `client.fields`, copies merged). Several fields can share a label; by id, more than one is
 * returned only when a body reuses an id for different fields. `[]` when none matches or the
 * selector is malformed. Pure; never throws.
 *
 * @example
 * ```ts
 * import { lookupCustomFields } from 'timetap-webhooks';
 * const appointment = {
 *   calendarid: 1,
 *   fields: [
 *     { schedulerPreferenceFieldDefnId: 1, label: 'Notes', mode: 'APPT', value: 'Gate code 1234' },
 *     { schedulerPreferenceFieldDefnId: 2, label: 'notes ', mode: 'CLIENT', value: 'Prefers mornings' },
 *   ],
 * };
 * lookupCustomFields(appointment, { label: 'NOTES' }).length; // 2
 * lookupCustomFields(appointment, { label: 'Notes' }, { match: 'exact' }).length; // 1
 * ```
 */
export function lookupCustomFields(
  appointment: Appointment,
  selector: CustomFieldSelector,
  options?: LookupCustomFieldOptions,
): ReadonlyArray<CustomField> {
  const predicate = selectorPredicate(selector, options?.match ?? 'loose');
  if (predicate === undefined) return [];
  return listCustomFields(appointment, { scope: options?.scope ?? 'all' }).filter(predicate);
}

function selectorPredicate(
  selector: CustomFieldSelector,
  match: CustomFieldLabelMatch,
): ((field: CustomField) => boolean) | undefined {
  if (typeof selector !== 'object' || selector === null) return undefined;
  if ('id' in selector && typeof selector.id === 'number') {
    const id = selector.id;
    return (field) => field.schedulerPreferenceFieldDefnId === id;
  }
  if ('label' in selector && typeof selector.label === 'string') {
    const label = selector.label;
    if (match === 'exact') return (field) => field.label === label;
    const wanted = looseLabel(label);
    return (field) => typeof field.label === 'string' && looseLabel(field.label) === wanted;
  }
  return undefined;
}
