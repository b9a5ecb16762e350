import { sValidator } from '@hono/standard-validator';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { Appointment, appointmentId } from 'timetap-webhooks';

export const app = new Hono().post(
  '/webhooks/timetap',
  bodyLimit({ maxSize: 1024 * 1024, onError: (c) => c.json({ error: 'PayloadTooLarge' }, 413) }),
  // `Appointment` is a Standard Schema. The hook answers without the body: the default 400
  // response would echo it back (`data`), and bodies hold names, emails and phone numbers.
  sValidator('json', Appointment, (result, c) =>
    result.success ? undefined : c.json({ error: 'InvalidPayload', issues: result.error }, 400),
  ),
  (c) => {
    const appointment = c.req.valid('json'); // typed `Appointment`
    return c.json({ received: appointmentId(appointment) }, 200);
  },
);
