import { TRPCError } from '@trpc/server';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { appRouter, createCaller } from '../../docs/interop/examples/trpc';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeAppointment } from '../support/decodeAppointment';
import { FIXTURES, readValid } from '../support/fixtures';

// docs/interop.md's tRPC router (docs/interop/examples/trpc.ts): `.input(Appointment)` with no
// adapter, called directly and over HTTP through tRPC's fetch adapter.

const booked = decodeAppointment(readValid('booked.json'));
/** fixtures/invalid/time-as-string.json: `clientEndTime` is a string. */
const endTimeIsString = JSON.parse(readFileSync(join(FIXTURES, 'invalid', 'time-as-string.json'), 'utf8')) as { clientEndTime: string };

function post(body: unknown): Promise<Response> {
  return fetchRequestHandler({
    endpoint: '/trpc',
    router: appRouter,
    createContext: () => ({}),
    req: new Request('http://localhost/trpc/replayAppointment', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
  });
}

describe('a tRPC procedure with .input(Appointment)', () => {
  it('hands the procedure the typed appointment', async () => {
    const result = await createCaller({}).replayAppointment(booked);
    expect(result).toEqual({ id: booked.calendarid, status: 'OPEN' });
  });

  it('refuses an invalid body with BAD_REQUEST and the issues, as paths and messages', async () => {
    const call = createCaller({}).replayAppointment(endTimeIsString as never); // not an Appointment: on purpose
    await expect(call).rejects.toBeInstanceOf(TRPCError);
    const error = (await call.catch((e: unknown) => e)) as TRPCError & { cause: { issues: unknown } };
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.cause.issues).toEqual([
      { path: ['clientEndTime'], message: 'expected HHmm time (integer 0-2400, minutes < 60) | null, received string' },
    ]);
  });

  it('over HTTP: 200 with the result for a valid body, 400 naming the path for an invalid one, never the value', async () => {
    const ok = await post(booked);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ result: { data: { id: booked.calendarid, status: 'OPEN' } } });

    const refused = await post(endTimeIsString);
    expect(refused.status).toBe(400);
    const reply = (await refused.json()) as { error: { message: string; data: object } };
    expect(reply.error.data).toMatchObject({ code: 'BAD_REQUEST', httpStatus: 400 });
    expect(reply.error.message).toBe('expected HHmm time (integer 0-2400, minutes < 60) | null, received string');
  });
});
