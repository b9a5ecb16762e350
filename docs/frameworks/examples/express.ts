import express, { type ErrorRequestHandler, type Express } from 'express';
import {
  DEFAULT_MAX_BYTES,
  appointmentId,
  parseAppointmentWebhook,
  type Appointment,
} from 'timetap-webhooks';

export interface WebhookAppOptions {
  /** Your code: store the appointment, enqueue a job… It runs before TimeTap gets its 200. */
  readonly onAppointment: (appointment: Appointment) => void | Promise<void>;
  /** How Express reads the body: `'raw'` (the bytes, recommended) or `'json'` (`express.json()`). */
  readonly bodyParser?: 'raw' | 'json';
  /** Largest body accepted, in bytes, by Express and by the decoder alike. Default 1 MiB. */
  readonly maxBytes?: number;
}

export function createApp(options: WebhookAppOptions): Express {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  // Express's parsers stop at 100 KB by default; TimeTap bodies with many custom fields can be
  // larger. Give Express the decoder's limit. With express.json() it is the only size check: the
  // decoder measures text and bytes, not an object that was already parsed.
  // `type: () => true` reads the body whatever its Content-Type (or none): TimeTap does not
  // document the header, and a parser that skips a body would leave the decoder nothing to read.
  const readBody =
    options.bodyParser === 'json'
      ? express.json({ type: () => true, limit: maxBytes })
      : express.raw({ type: () => true, limit: maxBytes });

  const app = express();
  app.post('/webhooks/timetap', readBody, async (req, res) => {
    // A Buffer (express.raw) or a parsed object (express.json): the decoder takes either.
    const result = parseAppointmentWebhook(req.body, { maxBytes });
    if (result._tag === 'Left') {
      // Never echo the body (names, emails, phones). The error's message holds paths and
      // types only, so it is safe to return and to log.
      const status = result.left._tag === 'PayloadTooLarge' ? 413 : 400;
      res.status(status).json({ error: result.left._tag, message: result.left.message });
      return;
    }
    await options.onAppointment(result.right);
    res.status(200).json({ received: appointmentId(result.right) });
  });

  // Express's own body errors (too large, or JSON that express.json() cannot parse) would
  // otherwise be answered with their message, which can quote the body.
  const onError: ErrorRequestHandler = (err: { status?: unknown }, _req, res, _next) => {
    const status = typeof err.status === 'number' && err.status >= 400 && err.status < 500 ? err.status : 500;
    res.status(status).json({ error: status === 413 ? 'PayloadTooLarge' : status === 500 ? 'InternalError' : 'BadRequest' });
  };
  app.use(onError);
  return app;
}
