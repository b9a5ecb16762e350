import type { APIGatewayProxyEvent, APIGatewayProxyEventV2 } from 'aws-lambda';
import { appointmentId, parseAppointmentWebhook } from '../../src';
import { appointmentScenario } from '../../src/testing';
import { handler } from '../../docs/frameworks/examples/aws-lambda';
import { invalidFixtures, readValid, validFixtures } from '../support/fixtures';
import { sizedBody } from '../support/webhookEndpoint';

// The guide's handler (docs/frameworks/aws-lambda.md embeds docs/frameworks/examples/aws-lambda.ts),
// invoked as Lambda invokes it, with events shaped as API Gateway and function URLs send them.

const USER_AGENT = 'TimeTap-Webhook/1.0';
const SOURCE_IP = '198.51.100.23';

/** A REST API (API Gateway v1, payload format 1.0) proxy event. */
function restApiEvent(body: string | null, isBase64Encoded: boolean): APIGatewayProxyEvent {
  return {
    resource: '/webhooks/timetap',
    path: '/webhooks/timetap',
    httpMethod: 'POST',
    headers: { 'Content-Type': 'application/json', Host: 'a1b2c3d4e5.execute-api.us-east-1.amazonaws.com', 'User-Agent': USER_AGENT },
    multiValueHeaders: { 'Content-Type': ['application/json'], Host: ['a1b2c3d4e5.execute-api.us-east-1.amazonaws.com'], 'User-Agent': [USER_AGENT] },
    queryStringParameters: { token: 'k9F2' },
    multiValueQueryStringParameters: { token: ['k9F2'] },
    pathParameters: null,
    stageVariables: null,
    requestContext: {
      accountId: '123456789012',
      apiId: 'a1b2c3d4e5',
      authorizer: undefined,
      protocol: 'HTTP/1.1',
      httpMethod: 'POST',
      identity: {
        accessKey: null, accountId: null, apiKey: null, apiKeyId: null, caller: null, clientCert: null,
        cognitoAuthenticationProvider: null, cognitoAuthenticationType: null, cognitoIdentityId: null,
        cognitoIdentityPoolId: null, principalOrgId: null, sourceIp: SOURCE_IP, user: null, userAgent: USER_AGENT,
        userArn: null,
      },
      path: '/prod/webhooks/timetap',
      stage: 'prod',
      requestId: 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef',
      requestTimeEpoch: 1744725600000,
      resourceId: 'x1y2z3',
      resourcePath: '/webhooks/timetap',
    },
    body,
    isBase64Encoded,
  };
}

/** An HTTP API (payload format 2.0) event; a function URL sends the same shape with its own domain. */
function v2Event(body: string | undefined, isBase64Encoded: boolean, kind: 'http-api' | 'function-url'): APIGatewayProxyEventV2 {
  const domainName = kind === 'http-api' ? 'r3pmxmplak.execute-api.us-east-1.amazonaws.com' : 'abcdefghijklmnopqrstuvwxyz123456.lambda-url.us-east-1.on.aws';
  const event: APIGatewayProxyEventV2 = {
    version: '2.0',
    routeKey: kind === 'http-api' ? 'POST /webhooks/timetap' : '$default',
    rawPath: '/webhooks/timetap',
    rawQueryString: 'token=k9F2',
    headers: { 'content-type': 'application/json', host: domainName, 'user-agent': USER_AGENT },
    queryStringParameters: { token: 'k9F2' },
    requestContext: {
      accountId: kind === 'http-api' ? '123456789012' : 'anonymous',
      apiId: domainName.split('.')[0] ?? '',
      domainName,
      domainPrefix: domainName.split('.')[0] ?? '',
      http: { method: 'POST', path: '/webhooks/timetap', protocol: 'HTTP/1.1', sourceIp: SOURCE_IP, userAgent: USER_AGENT },
      requestId: 'b3a4c5d6-1e2f-4a5b-8c9d-0e1f2a3b4c5d',
      routeKey: kind === 'http-api' ? 'POST /webhooks/timetap' : '$default',
      stage: '$default',
      time: '15/Apr/2025:14:00:00 +0000',
      timeEpoch: 1744725600000,
    },
    isBase64Encoded,
  };
  return body === undefined ? event : { ...event, body };
}

type Shape = 'rest-api' | 'http-api' | 'function-url';
const SHAPES: ReadonlyArray<Shape> = ['rest-api', 'http-api', 'function-url'];

function eventOf(shape: Shape, bytes: Uint8Array, base64: boolean): APIGatewayProxyEvent | APIGatewayProxyEventV2 {
  // API Gateway hands Lambda text bodies as strings; base64 when it treats the body as binary.
  const body = base64 ? Buffer.from(bytes).toString('base64') : Buffer.from(bytes).toString('utf8');
  return shape === 'rest-api' ? restApiEvent(body, base64) : v2Event(body, base64, shape);
}

describe('handler (AWS Lambda, docs/frameworks/aws-lambda.md)', () => {
  it('answers 200 with the id to every valid fixture, in every event shape, plain or base64', async () => {
    for (const { name, bytes } of validFixtures()) {
      const expected = parseAppointmentWebhook(bytes);
      if (expected._tag === 'Left') throw new Error(`${name} does not decode`);
      for (const shape of SHAPES) {
        for (const base64 of [false, true]) {
          const result = await handler(eventOf(shape, bytes, base64));
          expect({ name, shape, base64, statusCode: result.statusCode }).toEqual({ name, shape, base64, statusCode: 200 });
          expect(JSON.parse(result.body ?? '')).toEqual({ received: appointmentId(expected.right) });
          expect(result.headers).toEqual({ 'content-type': 'application/json' });
        }
      }
    }
  });

  it('answers 200 to every snapshot of the testing toolkit scenario', async () => {
    for (const snapshot of Object.values(appointmentScenario({ calendarid: 70002 }))) {
      const result = await handler(v2Event(JSON.stringify(snapshot), false, 'function-url'));
      expect(result.statusCode).toBe(200);
    }
  });

  it("answers 400 to every invalid fixture sent base64-encoded, naming the decoder's error", async () => {
    for (const { name, bytes, expected } of invalidFixtures()) {
      const result = await handler(eventOf('http-api', bytes, true));
      expect({ name, statusCode: result.statusCode }).toEqual({ name, statusCode: 400 });
      if (expected !== undefined) expect({ name, error: JSON.parse(result.body ?? '').error }).toEqual({ name, error: expected.tag });
    }
  });

  it('reports bytes that are not UTF-8 as InvalidEncoding only when they arrive base64-encoded', async () => {
    const bytes = new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d]);
    const result = await handler(eventOf('function-url', bytes, true));
    expect(result.statusCode).toBe(400);
    expect(JSON.parse(result.body ?? '')).toMatchObject({ error: 'InvalidEncoding' });
  });

  it('answers 400 EmptyBody to an event without a body (null in 1.0, absent in 2.0)', async () => {
    for (const event of [restApiEvent(null, false), v2Event(undefined, false, 'http-api')]) {
      const result = await handler(event);
      expect(result.statusCode).toBe(400);
      expect(JSON.parse(result.body ?? '')).toMatchObject({ error: 'EmptyBody' });
    }
  });

  it('answers 413 past 1 MiB of decoded bytes, and 200 at exactly 1 MiB', async () => {
    const at = new TextEncoder().encode(sizedBody(1024 * 1024));
    const over = new TextEncoder().encode(sizedBody(1024 * 1024 + 1));
    expect((await handler(eventOf('rest-api', at, true))).statusCode).toBe(200);
    const result = await handler(eventOf('rest-api', over, true));
    expect(result.statusCode).toBe(413);
    expect(JSON.parse(result.body ?? '')).toMatchObject({ error: 'PayloadTooLarge', message: expect.any(String) });
  });

  it('never echoes the body in an error answer', async () => {
    const secret = new TextEncoder().encode('{"calendarid":"SECRET-maya.okafor@example.com"}');
    for (const base64 of [false, true]) {
      const result = await handler(eventOf('function-url', secret, base64));
      expect(result.statusCode).toBe(400);
      expect(result.body).not.toContain('SECRET');
    }
    const booked = readValid('booked.json');
    const truncated = await handler(eventOf('rest-api', booked.subarray(0, booked.length - 10), false));
    expect(truncated.statusCode).toBe(400);
    expect(truncated.body).not.toContain('Okafor');
  });
});
