import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import type { Appointment } from '../../src';
import { createApp } from '../../docs/frameworks/examples/hono';
import { close, itBehavesAsAWebhookEndpoint, origin, post, type Endpoint } from '../support/webhookEndpoint';

// The guide's handler (docs/frameworks/hono.md embeds docs/frameworks/examples/hono.ts), run by
// Hono on a real @hono/node-server on 127.0.0.1.

async function start(maxBytes?: number): Promise<Endpoint> {
  const received: Appointment[] = [];
  const app = createApp({ maxBytes, onAppointment: (a) => void received.push(a) });
  const server = await new Promise<Server>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s as Server));
  });
  return { url: `${origin(server)}/webhooks/timetap`, received, close: () => close(server) };
}

const maxBytes = 64 * 1024;

describe('createApp (Hono on @hono/node-server, docs/frameworks/hono.md)', () => {
  itBehavesAsAWebhookEndpoint(() => start(maxBytes), { maxBytes });

  it('closes the connection after a 413 sent before the body was read', async () => {
    // @hono/node-server drops a connection whose unread body has not drained within 500 ms of the
    // answer; a client that reused it would see its next request fail. `Connection: close` says so.
    const endpoint = await start(16);
    const response = await fetch(endpoint.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"calendarid":1,"note":"longer than sixteen bytes"}',
    });
    await response.text();
    await endpoint.close();
    expect(response.status).toBe(413);
    expect(response.headers.get('connection')).toBe('close');
  });

  it('answers 404 on other paths (only the webhook route is served)', async () => {
    const endpoint = await start();
    const reply = await post(endpoint.url.replace('/webhooks/timetap', '/other'), '{}');
    await endpoint.close();
    expect(reply.status).toBe(404);
  });
});
