import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import {
  DEFAULT_MAX_BYTES,
  appointmentId,
  parseAppointmentWebhook,
  type Appointment,
} from 'timetap-webhooks';

export interface WebhookServerOptions {
  /** Your code: store the appointment, enqueue a job… It runs before TimeTap gets its 200. */
  readonly onAppointment: (appointment: Appointment) => void | Promise<void>;
  /** `'json'`: Fastify's own JSON parser (the default). `'raw'`: the decoder gets the bytes. */
  readonly bodyParser?: 'json' | 'raw';
  /** Largest body accepted, in bytes, by Fastify and by the decoder alike. Default 1 MiB. */
  readonly maxBytes?: number;
}

export function createServer(options: WebhookServerOptions): FastifyInstance {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  // Fastify's bodyLimit and the decoder's maxBytes share a default (1 MiB); keep them equal.
  const app = Fastify({ bodyLimit: maxBytes });

  // TimeTap does not document its Content-Type: read any body, whatever the header says (or
  // without one), as bytes; the decoder checks UTF-8, size and JSON syntax itself.
  const keepBytes = (_request: unknown, body: Buffer, done: (error: null, body: Buffer) => void): void => done(null, body);
  app.addContentTypeParser('*', { parseAs: 'buffer' }, keepBytes);
  if (options.bodyParser === 'raw') {
    // Replace the JSON parser of this instance (or of a plugin scope) too.
    app.addContentTypeParser('application/json', { parseAs: 'buffer' }, keepBytes);
  }

  app.post('/webhooks/timetap', async (request, reply) => {
    // A Buffer (raw parser) or a parsed object (Fastify's JSON parser): the decoder takes either.
    const result = parseAppointmentWebhook(request.body, { maxBytes });
    if (result._tag === 'Left') {
      // Never echo the body; the error's message holds paths and types only.
      const status = result.left._tag === 'PayloadTooLarge' ? 413 : 400;
      return reply.code(status).send({ error: result.left._tag, message: result.left.message });
    }
    await options.onAppointment(result.right);
    return reply.code(200).send({ received: appointmentId(result.right) });
  });

  // Fastify's own body errors (too large, invalid JSON, `__proto__` keys) carry messages that can
  // quote the body: answer with the status and code only.
  app.setErrorHandler<FastifyError>((error, _request, reply) => {
    const code = error.statusCode;
    const status = code !== undefined && code >= 400 && code < 500 ? code : 500;
    return reply.code(status).send({ error: status === 413 ? 'PayloadTooLarge' : (error.code ?? 'Error') });
  });
  return app;
}
