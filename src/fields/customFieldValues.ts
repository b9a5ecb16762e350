import type { Appointment } from '../codecs/Appointment';
import { isAnswered } from './customFieldAnswer';
import { listCustomFields, type CustomFieldScope } from './listCustomFields';

/** Options of {@link customFieldValues}. */
export interface CustomFieldValuesOptions {
  /** Key the record by field id (`'id'`, the default, as a decimal string) or by label (`'label'`). */
  readonly key?: 'id' | 'label';
  /** Which fields; see `listCustomFields`. Default `'all'`. */
  readonly scope?: CustomFieldScope;
}

/**
 * The answered custom fields as a plain record, in {@link listCustomFields} order: keyed by
 * `schedulerPreferenceFieldDefnId` as a decimal string (default) or, with `key: 'label'`, by the
 * label as sent with surrounding whitespace trimmed. Only answered fields (non-blank `value`)
 * appear; values are as sent. A field without the chosen key is left out; when two answered
 * fields share a key, the first wins. Keys such as `__proto__` are ordinary own properties.
 * Pure; never throws.
 *
 * @example
 * ```ts
 * import { customFieldValues } from 'timetap-webhooks';
 * const appointment = {
 *   calendarid: 1,
 *   fields: [
 *     { schedulerPreferenceFieldDefnId: 520101, label: 'Session Format', value: 'In person' },
 *     { schedulerPreferenceFieldDefnId: 520105, label: 'Comments' },
 *   ],
 * };
 * customFieldValues(appointment); // { '520101': 'In person' }
 * customFieldValues(appointment, { key: 'label' }); // { 'Session Format': 'In person' }
 * ```
 */
export function customFieldValues(
  appointment: Appointment,
  options?: CustomFieldValuesOptions,
): Readonly<Record<string, string>> {
  const byLabel = options?.key === 'label';
  const out: Record<string, string> = {};
  for (const field of listCustomFields(appointment, { scope: options?.scope ?? 'all' })) {
    if (!isAnswered(field.value)) continue;
    const id = field.schedulerPreferenceFieldDefnId;
    const key = byLabel
      ? typeof field.label === 'string' ? field.label.trim() : ''
      : typeof id === 'number' ? String(id) : '';
    if (key === '' || Object.prototype.hasOwnProperty.call(out, key)) continue;
    Object.defineProperty(out, key, { value: field.value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}
