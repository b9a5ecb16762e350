// app/webhooks/timetap/route.ts (Next.js App Router). The same function serves any runtime built
// on the Web `Request`: Cloudflare Workers, Deno, Bun, Vercel and Netlify functions.
import { appointmentId, parseAppointmentWebhook, type Appointment } from 'timetap-webhooks';

const MAX_BYTES = 1024 * 1024;

export async function POST(request: Request): Promise<Response> {
  // Refuse what is declared too large before reading it; the decoder checks what really arrived.
  // The unread body stays on the connection, so close it rather than let a client reuse it.
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BYTES) {
    return Response.json({ error: 'PayloadTooLarge' }, { status: 413, headers: { Connection: 'close' } });
  }
  const result = parseAppointmentWebhook(await request.text(), { maxBytes: MAX_BYTES });
  if (result._tag === 'Left') {
    // Never echo the body; the error's message holds paths and types only.
    const status = result.left._tag === 'PayloadTooLarge' ? 413 : 400;
    return Response.json({ error: result.left._tag, message: result.left.message }, { status });
  }
  await handleAppointment(result.right);
  return Response.json({ received: appointmentId(result.right) }, { status: 200 });
}

// Your code: store the appointment, enqueue a job… (Next.js allows only route exports here.)
async function handleAppointment(appointment: Appointment): Promise<void> {
  void appointment;
}
