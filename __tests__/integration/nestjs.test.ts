import { Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Appointment } from '../../src';
import { TimeTapWebhookModule, WEBHOOK_PATH, setUpTimeTapWebhook, type WebhookOptions } from '../../docs/frameworks/examples/nestjs';
import { readValid } from '../support/fixtures';
import { itBehavesAsAWebhookEndpoint, post, sizedBody, type Endpoint } from '../support/webhookEndpoint';

// The guide's module, controller and exception filter (docs/frameworks/nestjs.md embeds
// docs/frameworks/examples/nestjs.ts), run in a real NestJS app on Express, on 127.0.0.1.

/** The guide's app.module.ts and main.ts, with the test's options. */
async function start(options: Partial<WebhookOptions> & { readonly maxBytes?: number } = {}): Promise<Endpoint & { readonly origin: string }> {
  const received: Appointment[] = [];
  @Module({})
  class AppModule {
    static register(): DynamicModule {
      return { module: AppModule, imports: [TimeTapWebhookModule.register({ onAppointment: (a) => void received.push(a), ...options })] };
    }
  }
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(), { logger: false });
  setUpTimeTapWebhook(app, options.maxBytes);
  await app.listen(0, '127.0.0.1');
  const origin = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return { url: `${origin}${WEBHOOK_PATH}`, origin, received, close: () => app.close() };
}

const maxBytes = 64 * 1024;

describe('TimeTapWebhookModule (NestJS on Express, docs/frameworks/nestjs.md)', () => {
  itBehavesAsAWebhookEndpoint(() => start({ maxBytes }), { maxBytes });

  it.each(['application/json', 'text/plain', ''])('accepts a body whatever its Content-Type: %j', async (contentType) => {
    const endpoint = await start();
    const booked = readValid('booked.json');
    const response = await fetch(endpoint.url, {
      method: 'POST',
      ...(contentType === '' ? { body: new Blob([booked]) } : { body: booked, headers: { 'content-type': contentType } }),
    });
    const text = await response.text();
    await endpoint.close();
    expect({ contentType, status: response.status, text }).toEqual({ contentType, status: 200, text: '{"received":88410237}' });
  });

  it('accepts by default a body over Nest’s 100 KB parser limit, and answers 413 in JSON over the limit', async () => {
    const endpoint = await start();
    const big = await post(endpoint.url, sizedBody(150 * 1024));
    const over = await post(endpoint.url, sizedBody(1024 * 1024 + 1));
    await endpoint.close();
    expect(big.status).toBe(200);
    expect(over).toEqual({ status: 413, text: '{"error":"PayloadTooLarge"}' });
  });

  it("never echoes a body that Nest's own JSON parser refuses (another route of the app)", async () => {
    const endpoint = await start();
    const secret = '{"client":{"fullName":"Ana Okafor","emailAddress":"ana@example.com"},';
    const reply = await post(`${endpoint.origin}/some/other/route`, secret);
    await endpoint.close();
    expect(reply).toEqual({ status: 400, text: '{"error":"BadRequest"}' });
  });

  it("answers 500, without the body, when the handler's own code fails", async () => {
    const endpoint = await start({
      onAppointment: () => {
        throw new Error('database is down');
      },
    });
    const reply = await post(endpoint.url, readValid('booked.json'));
    await endpoint.close();
    expect(reply).toEqual({ status: 500, text: '{"error":"InternalError"}' });
  });
});
