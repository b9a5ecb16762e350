import type { WebhookDecodeError } from './WebhookDecodeError';

/**
 * What {@link parseAppointmentWebhookOrThrow} throws: an `Error` whose `message` is the decode
 * error's message and whose `error` is the {@link WebhookDecodeError} itself.
 *
 * @example
 * ```ts
 * import { TimeTapWebhookError, parseAppointmentWebhookOrThrow } from 'timetap-webhooks';
 * try {
 *   parseAppointmentWebhookOrThrow('not json');
 * } catch (e) {
 *   if (e instanceof TimeTapWebhookError) console.log(e.error._tag); // 'InvalidJson'
 * }
 * ```
 */
export class TimeTapWebhookError extends Error {
  override readonly name = 'TimeTapWebhookError';
  constructor(readonly error: WebhookDecodeError) {
    super(error.message);
    Object.setPrototypeOf(this, new.target.prototype);
  }
}
