import type { CustomField } from '../codecs/CustomField';

const LINE_BREAK = /\r\n|\r|\n/;

/**
 * The choices of a LIST custom field, in the order sent, whichever shape `fieldValues` arrived
 * in: a newline-separated string (split on `\n`, `\r\n` and `\r`) or an array.
 *
 * What you get is what TimeTap sent, not a cleaned-up list: the "Please select one" placeholder
 * TimeTap puts first is **kept**, entries are not trimmed, and blank entries are kept (including
 * the empty string after a trailing newline); a `null` array entry becomes `''`. Absent, `null`
 * or `""` `fieldValues` give `[]`. The field's `dataType` is not checked. Filter the result
 * yourself if you want only real choices. Pure; never throws.
 *
 * @example
 * ```ts
 * import { customFieldOptions } from 'timetap-webhooks';
 * customFieldOptions({ fieldValues: 'Please select one\nIn person\nVideo call' });
 * // ['Please select one', 'In person', 'Video call']
 * customFieldOptions({ fieldValues: ['Please select one', 'Standard', 'Large'] });
 * // ['Please select one', 'Standard', 'Large']
 * customFieldOptions({ label: 'Comments' }); // []
 * ```
 */
export function customFieldOptions(field: CustomField): ReadonlyArray<string> {
  const values: unknown = field == null ? undefined : field.fieldValues;
  if (typeof values === 'string') return values === '' ? [] : values.split(LINE_BREAK);
  if (!Array.isArray(values)) return [];
  return values.map((v: unknown) => (typeof v === 'string' ? v : ''));
}
