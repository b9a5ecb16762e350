import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { appointmentId } from '../../src';
import { buildAppointment } from '../../src/testing';
import { POST } from '../../docs/frameworks/examples/nextjs-route';
import { readValid } from '../support/fixtures';
import { close, itBehavesAsAWebhookEndpoint, origin, sizedBody, streamOf, type Endpoint } from '../support/webhookEndpoint';

// The guide's Web `Request` handler in Next.js App Router form (docs/frameworks/web-request-and-nextjs.md
// embeds docs/frameworks/examples/nextjs-route.ts). It is called with real `Request` objects, and
// served over real HTTP by @hono/node-server, which hands any fetch-style function a `Request`
// exactly as Next.js, Workers and Deno do.

const MAX_BYTES = 1024 * 1024; // the route's constant

async function start(): Promise<Endpoint> {
  const server = await new Promise<Server>((resolve) => {
    const s = serve({ fetch: (request) => POST(request), port: 0, hostname: '127.0.0.1' }, () => resolve(s as Server));
  });
  return { url: `${origin(server)}/webhooks/timetap`, close: () => close(server) };
}

function request(body: string | Uint8Array | ReadableStream<Uint8Array>, headers: Record<string, string> = { 'content-type': 'application/json' }): Request {
  const init: RequestInit & { duplex?: 'half' } = { method: 'POST', headers, body };
  if (body instanceof ReadableStream) init.duplex = 'half';
  return new Request('https://example.com/webhooks/timetap', init);
}

describe('POST (a Web Request handler: Next.js route.ts, docs/frameworks/web-request-and-nextjs.md)', () => {
  describe('served over HTTP', () => {
    itBehavesAsAWebhookEndpoint(start, { maxBytes: MAX_BYTES, lossyUtf8: true });
  });

  describe('called with a Request', () => {
    it('answers 200 with the appointment id', async () => {
      const body = readValid('booked.json');
      const response = await POST(request(body));
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ received: 88410237 });
    });

    it('answers 413 before reading a body whose Content-Length is over the limit', async () => {
      const response = await POST(request('{}', { 'content-type': 'application/json', 'content-length': String(MAX_BYTES + 1) }));
      expect(response.status).toBe(413);
      expect(await response.json()).toEqual({ error: 'PayloadTooLarge' });
    });

    it("answers 413 from the decoder's maxBytes when no Content-Length was sent", async () => {
      const response = await POST(request(streamOf(sizedBody(MAX_BYTES + 1))));
      expect(response.status).toBe(413);
      expect(await response.json()).toMatchObject({ error: 'PayloadTooLarge' });
    });

    it('answers 400 with the decoder error for an invalid body', async () => {
      const response = await POST(request('{"calendarid":"x"}'));
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: 'InvalidPayload' });
    });

    it('answers 400 EmptyBody for an empty body', async () => {
      const response = await POST(request(''));
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: 'EmptyBody' });
    });

    it('decodes multi-byte UTF-8 text intact', async () => {
      const appointment = buildAppointment({ client: { fullName: 'Zoë Ångström 山田' } });
      const response = await POST(request(JSON.stringify(appointment)));
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ received: appointmentId(appointment) });
    });
  });
});
