import type { CustomField } from 'timetap-webhooks';
import { checkBuiltAppointment } from './checkBuiltAppointment';
import { mergeOverrides } from './mergeOverrides';
import type { DeepPartial } from './DeepPartial';
import { SAMPLE_CUSTOM_FIELD } from './sampleAppointment';

/**
 * A complete custom ("scheduler preference") field as TimeTap sends it in `fields` and
 * `client.fields`: by default an answered appointment-level text field, id `530103`, labelled
 * `Insurance Member ID`. Override any key (deep-partial, as {@link buildAppointment}: arrays
 * replace, `undefined` removes a key). Put the result in `buildAppointment({ fields: [...] })`.
 *
 * What it returns always decodes as a `CustomField`.
 *
 * @throws `TypeError` when the overrides make a field the decoder rejects (an id that is not a
 *   safe integer, a non-string `value`, …); the message names the path as `fields[0].…`.
 *
 * @example
 * ```ts
 * import { buildAppointment, buildCustomField } from 'timetap-webhooks/testing';
 *
 * const plan = buildCustomField({ schedulerPreferenceFieldDefnId: 107740, label: 'Plan', value: 'Gold' });
 * const appointment = buildAppointment({ fields: [plan] });
 * ```
 */
export function buildCustomField(overrides?: DeepPartial<CustomField>): CustomField {
  const field = mergeOverrides(SAMPLE_CUSTOM_FIELD, overrides);
  checkBuiltAppointment({ calendarid: 0, fields: [field] }, 'buildCustomField');
  return field as CustomField;
}
