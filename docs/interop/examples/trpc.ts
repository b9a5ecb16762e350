import { initTRPC } from '@trpc/server';
import { Appointment, appointmentId } from 'timetap-webhooks';

const t = initTRPC.create();

// `Appointment` is a Standard Schema: tRPC validates the input with it, no adapter.
export const appRouter = t.router({
  replayAppointment: t.procedure.input(Appointment).mutation(({ input }) => {
    // `input` is typed `Appointment`.
    return { id: appointmentId(input), status: input.status ?? null };
  }),
});

export type AppRouter = typeof appRouter;

/** Server-side calls (tests, scripts): `createCaller({}).replayAppointment(body)`. */
export const createCaller = t.createCallerFactory(appRouter);
