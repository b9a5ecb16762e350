import { app } from '../../docs/interop/examples/hono';
import { readValid } from '../support/fixtures';
import { decodeAppointment } from '../support/decodeAppointment';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../support/fixtures';

// docs/interop.md's Hono route (docs/interop/examples/hono.ts): `sValidator('json', Appointment)`
// from @hono/standard-validator, requests sent through Hono's own `app.request`.

function post(body: string): Promise<Response> {
  return Promise.resolve(
    app.request('/webhooks/timetap', { method: 'POST', headers: { 'content-type': 'application/json' }, body }),
  );
}

describe("Hono's sValidator('json', Appointment)", () => {
  it('passes the typed appointment to the handler', async () => {
    const bytes = readValid('booked.json');
    const reply = await post(bytes.toString('utf8'));
    expect(reply.status).toBe(200);
    expect(await reply.json()).toEqual({ received: decodeAppointment(bytes).calendarid });
  });

  it('answers 400 with the issues (paths and messages) and without the body', async () => {
    const text = readFileSync(join(FIXTURES, 'invalid', 'email-is-number.json'), 'utf8');
    const reply = await post(text);
    expect(reply.status).toBe(400);
    const answer = (await reply.json()) as { error: string; issues: unknown; data?: unknown };
    expect(answer).toEqual({
      error: 'InvalidPayload',
      issues: [{ path: ['client', 'emailAddress'], message: 'expected string | null, received number' }],
    });
    expect(answer.data).toBeUndefined();
  });

  it('answers 413 past the size limit, before validating', async () => {
    const reply = await post(JSON.stringify({ calendarid: 1, note: 'x'.repeat(1024 * 1024) }));
    expect(reply.status).toBe(413);
  });
});
