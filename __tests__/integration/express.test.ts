import { createServer } from 'node:http';
import express from 'express';
import type { Appointment } from '../../src';
import { createApp, type WebhookAppOptions } from '../../docs/frameworks/examples/express';
import { readValid } from '../support/fixtures';
import { close, itBehavesAsAWebhookEndpoint, listen, post, sizedBody, type Endpoint } from '../support/webhookEndpoint';

// The guide's handler (docs/frameworks/express.md embeds docs/frameworks/examples/express.ts),
// run on a real Express 5 server on 127.0.0.1.

async function start(options: Omit<WebhookAppOptions, 'onAppointment'>): Promise<Endpoint> {
  const received: Appointment[] = [];
  const server = createServer(createApp({ ...options, onAppointment: (a) => void received.push(a) }));
  const url = `${await listen(server)}/webhooks/timetap`;
  return { url, received, close: () => close(server) };
}

const maxBytes = 64 * 1024;

describe('createApp (Express 5, docs/frameworks/express.md)', () => {
  describe('with express.raw({ type: "application/json" }): the decoder gets the bytes', () => {
    itBehavesAsAWebhookEndpoint(() => start({ bodyParser: 'raw', maxBytes }), { maxBytes });
  });

  describe('with express.json(): the decoder gets the parsed object', () => {
    itBehavesAsAWebhookEndpoint(() => start({ bodyParser: 'json', maxBytes }), { maxBytes, lossyUtf8: true });
  });

  describe('body size: Express limit and the decoder maxBytes', () => {
    it('accepts by default a 150 KB body that Express alone (100 KB default) would refuse', async () => {
      const bare = express().post('/', express.raw({ type: 'application/json' }), (_req, res) => void res.sendStatus(200));
      const server = createServer(bare);
      const refused = await post(await listen(server), sizedBody(150 * 1024));
      await close(server);
      expect(refused.status).toBe(413);
      for (const bodyParser of ['raw', 'json'] as const) {
        const endpoint = await start({ bodyParser });
        const reply = await post(endpoint.url, sizedBody(150 * 1024));
        await endpoint.close();
        expect({ bodyParser, status: reply.status }).toEqual({ bodyParser, status: 200 });
      }
    });

    it('answers 413 at the shared limit, whichever parser reads the body', async () => {
      const booked = readValid('booked.json');
      for (const bodyParser of ['raw', 'json'] as const) {
        const endpoint = await start({ bodyParser, maxBytes: booked.length - 1 });
        const reply = await post(endpoint.url, booked);
        await endpoint.close();
        expect({ bodyParser, status: reply.status, text: reply.text }).toEqual({
          bodyParser,
          status: 413,
          text: '{"error":"PayloadTooLarge"}',
        });
      }
    });
  });

  describe('Content-Type: TimeTap does not document it, so the route reads the body whatever it says', () => {
    it.each(['text/plain', 'application/octet-stream', 'application/x-www-form-urlencoded', ''])('accepts a body sent as %j', async (contentType) => {
      for (const bodyParser of ['raw', 'json'] as const) {
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
  });

  it("answers 500, without the body, when the handler's own code fails", async () => {
    const server = createServer(
      createApp({
        onAppointment: () => {
          throw new Error('database is down');
        },
      }),
    );
    const url = `${await listen(server)}/webhooks/timetap`;
    const reply = await post(url, readValid('booked.json'));
    await close(server);
    expect(reply.status).toBe(500);
    expect(reply.text).toBe('{"error":"InternalError"}');
  });
});
