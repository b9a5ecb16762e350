import type { Appointment } from '../../src';
import { createServer, type WebhookServerOptions } from '../../docs/frameworks/examples/fastify';
import { readValid } from '../support/fixtures';
import { itBehavesAsAWebhookEndpoint, post, sizedBody, type Endpoint } from '../support/webhookEndpoint';

// The guide's handler (docs/frameworks/fastify.md embeds docs/frameworks/examples/fastify.ts),
// run on a real Fastify 5 server on 127.0.0.1.

async function start(options: Omit<WebhookServerOptions, 'onAppointment'>): Promise<Endpoint> {
  const received: Appointment[] = [];
  const app = createServer({ ...options, onAppointment: (a) => void received.push(a) });
  const origin = await app.listen({ port: 0, host: '127.0.0.1' });
  return { url: `${origin}/webhooks/timetap`, received, close: () => app.close() };
}

const maxBytes = 64 * 1024;

describe('createServer (Fastify 5, docs/frameworks/fastify.md)', () => {
  describe("with Fastify's own JSON parser: the decoder gets the parsed object", () => {
    itBehavesAsAWebhookEndpoint(() => start({ maxBytes }), { maxBytes, lossyUtf8: true });

    it("refuses a __proto__ key in its parser already, with 400 and Fastify's code", async () => {
      const endpoint = await start({});
      const reply = await post(endpoint.url, '{"calendarid":1,"__proto__":{"polluted":true}}');
      await endpoint.close();
      expect(reply.status).toBe(400);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  });

  describe('with addContentTypeParser and a raw buffer: the decoder gets the bytes', () => {
    itBehavesAsAWebhookEndpoint(() => start({ bodyParser: 'raw', maxBytes }), { maxBytes });

    it('reports a __proto__ key as the decoder ForbiddenKey', async () => {
      const endpoint = await start({ bodyParser: 'raw' });
      const reply = await post(endpoint.url, '{"calendarid":1,"__proto__":{"polluted":true}}');
      await endpoint.close();
      expect(reply.status).toBe(400);
      expect(JSON.parse(reply.text)).toMatchObject({ error: 'ForbiddenKey' });
    });
  });

  it.each(['text/plain', 'application/octet-stream', ''])('accepts a body whatever its Content-Type: %j', async (contentType) => {
    for (const bodyParser of ['json', 'raw'] as const) {
      const endpoint = await start({ bodyParser });
      const booked = readValid('booked.json');
      const response = await fetch(endpoint.url, {
        method: 'POST',
        // '' sends no Content-Type header at all (a Blob without a type).
        ...(contentType === '' ? { body: new Blob([booked]) } : { body: booked, headers: { 'content-type': contentType } }),
      });
      const text = await response.text();
      await endpoint.close();
      expect({ bodyParser, contentType, status: response.status, text }).toEqual({ bodyParser, contentType, status: 200, text: '{"received":88410237}' });
    }
  });

  it('accepts by default a body up to 1 MiB, the limit Fastify and the decoder share', async () => {
    for (const bodyParser of ['json', 'raw'] as const) {
      const endpoint = await start({ bodyParser });
      const at = await post(endpoint.url, sizedBody(1024 * 1024));
      const over = await post(endpoint.url, sizedBody(1024 * 1024 + 1));
      await endpoint.close();
      expect({ bodyParser, at: at.status, over: over.status }).toEqual({ bodyParser, at: 200, over: 413 });
    }
  });

  it("answers 500, without the body, when the handler's own code fails", async () => {
    const app = createServer({
      onAppointment: () => {
        throw new Error('database is down');
      },
    });
    const origin = await app.listen({ port: 0, host: '127.0.0.1' });
    const reply = await post(`${origin}/webhooks/timetap`, readValid('booked.json'));
    await app.close();
    expect(reply.status).toBe(500);
    expect(reply.text).not.toContain('Okafor');
  });
});
