import type { Option } from 'fp-ts/lib/Option.js';
import type { AppointmentChange } from './AppointmentChange';

/**
 * What happened to an appointment between two deliveries, as {@link classifyAppointmentChange}
 * decides it (first match wins):
 * `'created'` (no previous snapshot), `'deleted'` (status `DELETED` or `deleted: true`),
 * `'cancelled'` (status became `CANCELLED`), `'restored'` (left `CANCELLED`/`DELETED`),
 * `'rescheduled'` (date or time changed), `'reassigned'` (staff, location or service changed),
 * `'updated'` (any other change outside the ignored paths), `'unchanged'`.
 *
 * @example
 * ```ts
 * import type { AppointmentChangeKind } from 'timetap-webhooks';
 * const needsEmail = (kind: AppointmentChangeKind) => kind === 'rescheduled' || kind === 'cancelled';
 * ```
 */
export type AppointmentChangeKind =
  | 'created'
  | 'deleted'
  | 'cancelled'
  | 'restored'
  | 'rescheduled'
  | 'reassigned'
  | 'updated'
  | 'unchanged';

/**
 * When an appointment is: its date and time keys as sent (`null` when absent). Dates are kept in
 * their wire encoding (zone-less string, ISO string or epoch ms); times are HHmm integers
 * (`1430` = 14:30), staff time zone for `startTime`/`endTime`, client time zone for `client*`.
 *
 * @example
 * ```ts
 * import type { AppointmentSlot } from 'timetap-webhooks';
 * const label = (slot: AppointmentSlot) => `${String(slot.startDate)} ${String(slot.startTime)}`;
 * ```
 */
export interface AppointmentSlot {
  readonly startDate: string | number | null;
  readonly endDate: string | number | null;
  readonly startTime: number | null;
  readonly endTime: number | null;
  readonly clientStartDate: string | number | null;
  readonly clientEndDate: string | number | null;
  readonly clientStartTime: number | null;
  readonly clientEndTime: number | null;
  readonly apptDateTime: string | number | null;
  readonly startDateTimeUTC: string | number | null;
  readonly endDateTimeUTC: string | number | null;
  readonly startDateTime: string | number | null;
  readonly endDateTime: string | number | null;
}

/**
 * One changed custom-field answer: the field id, its label (`null` when no snapshot has one) and
 * the answer before and after (`null` when unanswered).
 *
 * @example
 * ```ts
 * import type { CustomFieldChange } from 'timetap-webhooks';
 * const line = (c: CustomFieldChange) => `${c.label ?? c.id}: ${c.before ?? '-'} -> ${c.after ?? '-'}`;
 * ```
 */
export interface CustomFieldChange {
  readonly id: number;
  readonly label: string | null;
  readonly before: string | null;
  readonly after: string | null;
}

/**
 * The classification of one delivery against the previous snapshot, and the facts behind it.
 * Plain data (JSON-serialisable); `null` stands for a key that is absent or `null`.
 *
 * - `kind`: see {@link AppointmentChangeKind}.
 * - `statusChanged`: `some({ from, to })` when `status` (or, when absent, `displayStatus`) differs
 *   other than in letter case.
 * - `rescheduled`: `some({ from, to })` when a date or time key present in both snapshots denotes
 *   another instant or wall clock (not merely another spelling of the same one).
 * - `staffChanged` (by `professionalId` of `staff ?? professional`), `locationChanged` (by
 *   `locationId`), `reasonChanged` (by `reasonId`): a different record, not an edited one; when
 *   an id is missing, the whole objects are compared.
 * - `clientChanged`: something under `client` changed, apart from its copy of the custom fields
 *   (`client.fields`, `client.fieldDataList`), which `customFields` reports.
 * - `customFields`: changed answers from `fields`, `client.fields`, `fieldDataList` and
 *   `client.fieldDataList`, one per field id, sorted by id.
 * - `changes`: the diff, without the ignored (by default the volatile) paths: values as sent, so
 *   a new spelling (`'open'` → `'OPEN'`) is listed there even though no fact reports it.
 *
 * For `'created'` there is nothing to compare: every fact is empty.
 *
 * @example
 * ```ts
 * import type { AppointmentChangeSummary } from 'timetap-webhooks';
 * const log = (s: AppointmentChangeSummary) => `${s.kind}: ${s.changes.map((c) => c.path).join(', ')}`;
 * ```
 */
export interface AppointmentChangeSummary {
  readonly kind: AppointmentChangeKind;
  readonly statusChanged: Option<{ readonly from: string | null; readonly to: string | null }>;
  readonly rescheduled: Option<{ readonly from: AppointmentSlot; readonly to: AppointmentSlot }>;
  readonly staffChanged: boolean;
  readonly locationChanged: boolean;
  readonly reasonChanged: boolean;
  readonly clientChanged: boolean;
  readonly customFields: ReadonlyArray<CustomFieldChange>;
  readonly changes: ReadonlyArray<AppointmentChange>;
}
