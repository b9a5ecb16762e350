import type { APIGatewayProxyEvent, APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { appointmentId, parseAppointmentWebhook, type Appointment } from 'timetap-webhooks';

const MAX_BYTES = 1024 * 1024;

// One handler for API Gateway REST APIs (payload 1.0), HTTP APIs (2.0) and Lambda function URLs.
export async function handler(
  event: APIGatewayProxyEvent | APIGatewayProxyEventV2,
): Promise<APIGatewayProxyStructuredResultV2> {
  // The body arrives as a string, base64-encoded when the gateway treats it as binary.
  const body = event.isBase64Encoded && event.body != null ? Buffer.from(event.body, 'base64') : event.body;
  const result = parseAppointmentWebhook(body, { maxBytes: MAX_BYTES });
  if (result._tag === 'Left') {
    // Never echo the body; the error's message holds paths and types only.
    const status = result.left._tag === 'PayloadTooLarge' ? 413 : 400;
    return respond(status, { error: result.left._tag, message: result.left.message });
  }
  await handleAppointment(result.right);
  return respond(200, { received: appointmentId(result.right) });
}

function respond(statusCode: number, body: object): APIGatewayProxyStructuredResultV2 {
  return { statusCode, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

// Your code: store the appointment, enqueue a job…
async function handleAppointment(appointment: Appointment): Promise<void> {
  void appointment;
}
