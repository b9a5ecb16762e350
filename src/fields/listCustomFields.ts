import type { Appointment } from '../codecs/Appointment';
import type { CustomField } from '../codecs/CustomField';
import type { FieldData } from '../codecs/FieldData';
import { isAnswered } from './customFieldAnswer';
import { looseLabel } from './customFieldLabel';

/**
 * Which custom fields to consider:
 * - `'all'` (the default): `fields`, then `client.fields`;
 * - `'appointment'`: the top-level `fields` whose `mode` is `APPT` or `CLASS`;
 * - `'client'`: the fields whose `mode` is `CLIENT`, from `fields` and `client.fields`.
 *
 * A field without a `mode` is only in `'all'`.
 */
export type CustomFieldScope = 'all' | 'appointment' | 'client';

/** Options of {@link listCustomFields}. */
export interface ListCustomFieldsOptions {
  readonly scope?: CustomFieldScope;
}

type Fields = ReadonlyArray<CustomField> | null | undefined;

function modeOf(field: CustomField): string | undefined {
  return typeof field.mode === 'string' ? field.mode.trim().toUpperCase() : undefined;
}

function inScope(field: CustomField, scope: CustomFieldScope): boolean {
  if (scope === 'all') return true;
  const mode = modeOf(field);
  return scope === 'client' ? mode === 'CLIENT' : mode === 'APPT' || mode === 'CLASS';
}

/** A field's label in loose form, or `undefined` when it has none. */
function looseOf(field: CustomField): string | undefined {
  return typeof field.label === 'string' ? looseLabel(field.label) : undefined;
}

/**
 * Two entries with the same id are copies of one field unless they contradict each other: both
 * labelled, with labels that differ loosely, or both with a `mode`, with different modes. (Real
 * bodies have reused an id for two fields; merging those would put one field's answer on the
 * other.)
 */
function sameField(a: Entry, b: Entry): boolean {
  if (a.label !== undefined && b.label !== undefined && a.label !== b.label) return false;
  return a.mode === undefined || b.mode === undefined || a.mode === b.mode;
}

/** A listed field's comparison keys (computed once) and its position in the result. */
interface Entry {
  readonly label: string | undefined;
  readonly mode: string | undefined;
  readonly index: number;
}

/**
 * How many different fields one id may stand for before further entries with that id are listed
 * without being compared (bounds the work on hostile bodies; real bodies reuse an id at most twice).
 */
const MAX_FIELDS_PER_ID = 16;

/**
 * Every custom field of the appointment, in order: `fields` first, then `client.fields`
 * (see {@link CustomFieldScope} for `options.scope`), with repeated copies removed.
 *
 * De-duplication is by `schedulerPreferenceFieldDefnId`: the first occurrence wins. When it has
 * no answer (its `value` is absent, `null` or blank), the answer of a later copy, else of
 * `fieldDataList` / `client.fieldDataList`, fills it in a **new** object (the input is never
 * modified). Two entries that share an id but contradict each other (different labels or
 * modes) are kept as two fields, and `fieldDataList` answers for such an id are not used. Fields
 * without an id are kept as they are.
 *
 * Pure; never throws.
 *
 * @example
 * ```ts
 * import { listCustomFields } from 'timetap-webhooks';
 * const fields = listCustomFields({
 *   calendarid: 1,
 *   fields: [{ schedulerPreferenceFieldDefnId: 66355, label: "Child's Name", mode: 'APPT' }],
 *   fieldDataList: [{ schedulerPreferenceFieldDefnId: 66355, value: 'Liam' }],
 *   client: { fields: [{ schedulerPreferenceFieldDefnId: 66303, label: 'First Name', mode: 'CLIENT', value: 'Ava' }] },
 * });
 * fields.map((f) => `${f.label}=${f.value}`); // ["Child's Name=Liam", 'First Name=Ava']
 * ```
 */
export function listCustomFields(
  appointment: Appointment,
  options?: ListCustomFieldsOptions,
): ReadonlyArray<CustomField> {
  if (appointment == null) return [];
  const scope: CustomFieldScope = options?.scope ?? 'all';
  const sources: Fields[] = scope === 'appointment' ? [appointment.fields] : [appointment.fields, appointment.client?.fields];
  const out: CustomField[] = [];
  const byId = new Map<number, Entry[]>(); // id → the fields listed for it
  for (const source of sources) {
    if (!Array.isArray(source)) continue;
    for (const field of source as ReadonlyArray<CustomField>) {
      if (field == null || !inScope(field, scope)) continue;
      const id = field.schedulerPreferenceFieldDefnId;
      if (typeof id !== 'number') {
        out.push(field);
        continue;
      }
      const entry: Entry = { label: looseOf(field), mode: modeOf(field), index: out.length };
      const entries = byId.get(id);
      const copyOf = entries?.find((e) => sameField(e, entry));
      if (copyOf === undefined) {
        if (entries === undefined) byId.set(id, [entry]);
        else if (entries.length < MAX_FIELDS_PER_ID) entries.push(entry);
        out.push(field);
      } else {
        const first = out[copyOf.index] as CustomField;
        if (!isAnswered(first.value) && isAnswered(field.value)) out[copyOf.index] = { ...first, value: field.value };
      }
    }
  }
  const answers: ReadonlyArray<ReadonlyArray<FieldData> | null | undefined> = [
    appointment.fieldDataList,
    appointment.client?.fieldDataList,
  ];
  for (const list of answers) {
    if (!Array.isArray(list)) continue;
    for (const entry of list as ReadonlyArray<FieldData>) {
      if (entry == null || typeof entry.schedulerPreferenceFieldDefnId !== 'number' || !isAnswered(entry.value)) continue;
      const entries = byId.get(entry.schedulerPreferenceFieldDefnId);
      if (entries === undefined || entries.length !== 1) continue;
      const index = (entries[0] as Entry).index;
      const field = out[index] as CustomField;
      if (!isAnswered(field.value)) out[index] = { ...field, value: entry.value };
    }
  }
  return out;
}
