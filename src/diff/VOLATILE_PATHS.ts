/**
 * The bookkeeping keys of an appointment: they change when TimeTap saves, without telling you
 * anything about the booking, or they are machine-made copies of keys that are diffed anyway.
 * `classifyAppointmentChange` and `appointmentFingerprint` leave them out by default;
 * `diffAppointments` reports them unless you pass `{ ignore: VOLATILE_PATHS }`. Each entry is a
 * path prefix: everything below it is left out too. Why each one is here (evidence from the
 * wire-format inventory; see docs/diffing.md):
 *
 * - `modifieddate`, `modifieduser`: audit stamp of the last save (seen in real bodies); a new
 *   value on every save, even one that changes nothing else.
 * - `modifiedDate`, `modifiedUser`: the same stamp in the REST API's camelCase spelling, should a
 *   body use it at the top level.
 * - `updateSequence`: an edit counter (0 on a fresh booking), bumped on every save. It orders
 *   deliveries (see `isStaleDelivery`) but is not a change in itself.
 * - `reminderSentClient`, `reminderSentStaff`, `reminderSentClientSms`, `reminderSentStaffSms`:
 *   set by TimeTap's reminder job, not by anyone editing the appointment.
 * - `dateFactory`: a Java calendar artefact derived from `startDate` (day, month, week numbers);
 *   a reschedule already shows in `startDate`, so this only repeats it less readably.
 * - `fieldDataListJson`, `client.fieldDataListJson`: `fieldDataList` again as a JSON **string**;
 *   a changed answer already shows, by id, in `fieldDataList` and `fields`.
 * - `customFieldJson`: the legacy answers again as a JSON string (`customFieldData` holds them).
 * - `client.modifiedDate`, `client.modifiedUser`: the client record's audit stamp, which TimeTap
 *   touches when the client books or edits online; real client changes show in the other keys.
 *
 * Not listed, on purpose: `createddate`/`createduser` (never change), the display strings
 * `appointmentDateTimeClient`/`appointmentDateTimeStaff` (they change with the time, which is a
 * real change), `customFieldDesc` (human-readable answers), `auditReferralId` and
 * `clientIpAddress` (no evidence that they change between saves). Add them to your own list if
 * your account shows otherwise: `{ ignore: [...VOLATILE_PATHS, 'auditReferralId'] }`.
 *
 * @example
 * ```ts
 * import { VOLATILE_PATHS, diffAppointments } from 'timetap-webhooks';
 * const before = { calendarid: 1, status: 'OPEN', modifieddate: '2025-03-10T10:02:11', updateSequence: 0 };
 * const after = { calendarid: 1, status: 'OPEN', modifieddate: '2025-04-11T15:47:26', updateSequence: 1 };
 * diffAppointments(before, after).length; // 2
 * diffAppointments(before, after, { ignore: VOLATILE_PATHS }); // []
 * ```
 */
export const VOLATILE_PATHS: ReadonlyArray<string> = Object.freeze([
  'modifieddate',
  'modifieduser',
  'modifiedDate',
  'modifiedUser',
  'updateSequence',
  'reminderSentClient',
  'reminderSentStaff',
  'reminderSentClientSms',
  'reminderSentStaffSms',
  'dateFactory',
  'fieldDataListJson',
  'customFieldJson',
  'client.fieldDataListJson',
  'client.modifiedDate',
  'client.modifiedUser',
]);
