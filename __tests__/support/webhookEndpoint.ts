import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { appointmentId, parseAppointmentWebhook, type Appointment } from '../../src';
import { appointmentScenario, buildAppointment } from '../../src/testing';
import { invalidFixtures, validFixtures } from './fixtures';

// Shared by the framework integration tests (__tests__/integration/): the same deliveries are
// POSTed, over real HTTP, to each framework's example handler from docs/frameworks/examples/.

/** A running example handler. */
export interface Endpoint {
  /** Full URL of the webhook route. */
  readonly url: string;
  /** The appointments the handler passed to its `onAppointment`, when it takes one. */
  readonly received?: Appointment[];
  readonly close: () => Promise<void>;
}

/** What came back from one POST. */
export interface Reply {
  readonly status: number;
  readonly text: string;
}

/** POSTs `body` (text, bytes, or a stream sent chunked without Content-Length). */
export async function post(url: string, body: string | Uint8Array | ReadableStream<Uint8Array>, contentType = 'application/json'): Promise<Reply> {
  const init: RequestInit & { duplex?: 'half' } = { method: 'POST', headers: { 'content-type': contentType }, body };
  if (body instanceof ReadableStream) init.duplex = 'half';
  const response = await fetch(url, init);
  return { status: response.status, text: await response.text() };
}

/** Starts `server` on 127.0.0.1, on a port the system picks; resolves to `http://127.0.0.1:<port>`. */
export function listen(server: Server): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(origin(server)));
  });
}

/** `http://127.0.0.1:<port>` of a listening server. */
export function origin(server: Server): string {
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Stops `server`, dropping kept-alive connections. */
export function close(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}

/** A valid appointment body of exactly `bytes` UTF-8 bytes (its note is padded). */
export function sizedBody(bytes: number): string {
  const base = JSON.stringify(buildAppointment({ note: '' }));
  const padding = bytes - Buffer.byteLength(base);
  if (padding < 0) throw new Error(`a body cannot be as small as ${bytes} bytes`);
  return JSON.stringify(buildAppointment({ note: 'x'.repeat(padding) }));
}

/** `text` as a stream of 16 KiB chunks (fetch then sends it chunked, with no Content-Length). */
export function streamOf(text: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let offset = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(offset, offset + 16384));
      offset += 16384;
    },
  });
}

function decoded(bytes: Uint8Array): Appointment {
  const result = parseAppointmentWebhook(bytes);
  if (result._tag === 'Left') throw new Error(`fixture does not decode: ${result.left.message}`);
  return result.right;
}

export interface EndpointSuiteOptions {
  /** The body limit the handler was started with. */
  readonly maxBytes: number;
  /**
   * The framework parses JSON itself and decodes bytes that are not UTF-8 with replacement
   * characters (express.json(), Fastify's parser): `InvalidEncoding` cannot be reported.
   */
  readonly lossyUtf8?: boolean;
}

/**
 * The behaviour every example handler must have: 200 and the decoded appointment for every real
 * body, 400 for every invalid one, 413 past the limit, and never the body in an answer.
 */
export function itBehavesAsAWebhookEndpoint(start: () => Promise<Endpoint>, options: EndpointSuiteOptions): void {
  let endpoint: Endpoint;
  beforeAll(async () => {
    endpoint = await start();
  });
  afterAll(async () => {
    await endpoint.close();
  });

  it('answers 200 to every valid fixture and hands the handler the decoded appointment', async () => {
    for (const { name, bytes } of validFixtures()) {
      const reply = await post(endpoint.url, bytes);
      expect({ name, status: reply.status }).toEqual({ name, status: 200 });
      const expected = decoded(bytes);
      expect(JSON.parse(reply.text)).toEqual({ received: appointmentId(expected) });
      if (endpoint.received !== undefined) expect(endpoint.received[endpoint.received.length - 1]).toEqual(expected);
    }
  });

  it('answers 200 to every snapshot of the testing toolkit scenario, in order', async () => {
    const snapshots = Object.values(appointmentScenario({ calendarid: 70001 }));
    for (const snapshot of snapshots) {
      const reply = await post(endpoint.url, JSON.stringify(snapshot));
      expect(reply.status).toBe(200);
      expect(JSON.parse(reply.text)).toEqual({ received: 70001 });
    }
    if (endpoint.received !== undefined) expect(endpoint.received.slice(-snapshots.length)).toEqual(snapshots);
  });

  it('answers 400 to every invalid fixture (413 to those over the limit)', async () => {
    for (const { name, bytes, expected } of invalidFixtures()) {
      if (options.lossyUtf8 === true && expected?.tag === 'InvalidEncoding') continue; // see the dedicated test
      const reply = await post(endpoint.url, bytes);
      expect({ name, status: reply.status }).toEqual({ name, status: bytes.length > options.maxBytes ? 413 : 400 });
    }
  });

  if (options.lossyUtf8 === true) {
    it('cannot report bytes that are not UTF-8: the framework replaces them with U+FFFD (a reason to prefer the bytes)', async () => {
      const reply = await post(endpoint.url, Buffer.from('{"calendarid":7,"note":"\xff"}', 'latin1'));
      expect(reply.status).toBe(200);
      expect(JSON.parse(reply.text)).toEqual({ received: 7 });
      if (endpoint.received !== undefined) expect(endpoint.received[endpoint.received.length - 1]?.note).toBe('\ufffd');
    });
  } else {
    it('reports bytes that are not UTF-8 as InvalidEncoding', async () => {
      const reply = await post(endpoint.url, Buffer.from('{"calendarid":7,"note":"\xff"}', 'latin1'));
      expect(reply.status).toBe(400);
      expect(JSON.parse(reply.text)).toMatchObject({ error: 'InvalidEncoding' });
    });
  }

  it('answers 400 to a body sent without a JSON content type', async () => {
    const reply = await post(endpoint.url, 'calendarid=1', 'application/x-www-form-urlencoded');
    expect(reply.status).toBeGreaterThanOrEqual(400);
    expect(reply.status).toBeLessThan(500);
  });

  it('never echoes the body in an error answer', async () => {
    const secret = 'SECRET-maya.okafor@example.com';
    const bodies = [
      `{"calendarid":"${secret}"}`, // not an appointment
      `{"calendarid":1,"client":{"emailAddress":"${secret}"}`, // not JSON (unterminated)
      `{"calendarid":1,"${secret}":1,"__proto__":{"x":"${secret}"}}`, // a forbidden key
      `${secret}`,
    ];
    for (const body of bodies) {
      const reply = await post(endpoint.url, body);
      expect(reply.status).toBe(400);
      expect(reply.text).not.toContain('SECRET');
    }
  });

  it('accepts a body of exactly the limit and answers 413 one byte past it', async () => {
    expect((await post(endpoint.url, sizedBody(options.maxBytes))).status).toBe(200);
    const reply = await post(endpoint.url, sizedBody(options.maxBytes + 1));
    expect(reply.status).toBe(413);
    expect(reply.text).not.toContain('xxxxxxxx');
  });

  it('answers 413 to a body over the limit streamed without a Content-Length', async () => {
    const reply = await post(endpoint.url, streamOf(sizedBody(options.maxBytes + 1)));
    expect(reply.status).toBe(413);
    expect((await post(endpoint.url, streamOf(sizedBody(options.maxBytes)))).status).toBe(200);
  });
}
