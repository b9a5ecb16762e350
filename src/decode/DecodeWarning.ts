/**
 * Drift that did not stop a body from decoding, passed to `options.onWarning` of
 * `parseAppointmentWebhook`. Like errors, warnings carry paths, never values (see `valueClass`).
 *
 * - `UnknownField`: a key the codecs do not model (kept on the decoded value).
 * - `UnknownEnumValue`: `status`, `subStatus`, `dataType`, `mode`, `locationType` or `reasonType`
 *   outside the known lists (the value still decodes).
 * - `DuplicateKey`: a key given twice in one object (only with `detectDuplicateKeys`); the last
 *   value is kept, as `JSON.parse` does.
 *
 * @example
 * ```ts
 * import { parseAppointmentWebhook, type DecodeWarning } from 'timetap-webhooks';
 * const warnings: DecodeWarning[] = [];
 * parseAppointmentWebhook('{"calendarid":1,"status":"PENDING","newKey":1}', { onWarning: (w) => warnings.push(w) });
 * warnings.map((w) => w._tag); // ['UnknownEnumValue', 'UnknownField'] (in document order)
 * ```
 */
export type DecodeWarning = UnknownField | UnknownEnumValue | DuplicateKey;

/** A key the codecs do not model, at `path`. */
export interface UnknownField {
  readonly _tag: 'UnknownField';
  readonly message: string;
  readonly path: string;
}

/**
 * An open-enumeration value outside the known list. `enum` names the codec
 * (`'AppointmentStatus'`, …). `valueClass` is the value itself when it looks like an enumeration
 * token (letters, digits and `_`, at most 40 characters, starting with a letter), `'empty'` for
 * `""`, and `'other string'` otherwise, so a misplaced name or email never reaches a log.
 */
export interface UnknownEnumValue {
  readonly _tag: 'UnknownEnumValue';
  readonly message: string;
  readonly path: string;
  readonly enum: string;
  readonly valueClass: string;
}

/** A key given more than once in one object, at `path` (the last value is kept). */
export interface DuplicateKey {
  readonly _tag: 'DuplicateKey';
  readonly message: string;
  readonly path: string;
}
