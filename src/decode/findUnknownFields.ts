import { Appointment } from '../codecs/Appointment';
import { driftWalk } from './driftWalk';

/**
 * The paths of every key in `value` that the codecs do not model, in document order: what
 * TimeTap sends that this version of the library does not know yet. Works on any value (a body
 * that does not decode included); `[]` for anything that is not an object.
 *
 * @example
 * ```ts
 * import { findUnknownFields } from 'timetap-webhooks';
 * findUnknownFields({ calendarid: 1, meetingLink: 'x', client: { pronouns: 'they' } });
 * // ['meetingLink', 'client.pronouns']
 * ```
 */
export function findUnknownFields(value: unknown): ReadonlyArray<string> {
  const paths: string[] = [];
  driftWalk(Appointment, value, (w) => {
    if (w._tag === 'UnknownField') paths.push(w.path);
  });
  return paths;
}
