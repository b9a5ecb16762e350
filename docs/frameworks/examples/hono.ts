import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import {
  DEFAULT_MAX_BYTES,
  appointmentId,
  parseAppointmentWebhook,
  type Appointment,
} from 'timetap-webhooks';

export interface WebhookAppOptions {
  /** Your code: store the appointment, enqueue a job… It runs before TimeTap gets its 200. */
  readonly onAppointment: (appointment: Appointment) => void | Promise<void>;
  /** Largest body accepted, in bytes. Default 1 MiB. */
  readonly maxBytes?: number;
}

export function createApp(options: WebhookAppOptions): Hono {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const app = new Hono();
  app.post(
    '/webhooks/timetap',
    // Stops reading a body past the limit (declared or streamed) instead of buffering it all.
    // The answer comes before the body is read, so the connection cannot carry another request:
    // `Connection: close` says so (otherwise the server drops it after the client reused it).
    bodyLimit({
      maxSize: maxBytes,
      onError: (c) => c.json({ error: 'PayloadTooLarge' }, 413, { Connection: 'close' }),
    }),
    async (c) => {
      // The bytes, so that invalid UTF-8 is reported rather than replaced.
      const result = parseAppointmentWebhook(await c.req.arrayBuffer(), { maxBytes });
      if (result._tag === 'Left') {
        // Never echo the body; the error's message holds paths and types only.
        const status = result.left._tag === 'PayloadTooLarge' ? 413 : 400;
        return c.json({ error: result.left._tag, message: result.left.message }, status);
      }
      await options.onAppointment(result.right);
      return c.json({ received: appointmentId(result.right) }, 200);
    },
  );
  return app;
}
