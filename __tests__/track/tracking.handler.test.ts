import {
  createAppointmentTracker, matchAppointmentChange, memoryAppointmentStore, parseAppointmentWebhook,
  type AppointmentStore,
} from '../../src';
import { readValid } from '../support/fixtures';

// The recommended handler of docs/diffing.md and docs/tracking.md: record in the route, act from
// the log with a cursor. Fed the payloads scenario (booked -> rescheduled -> cancelled) in every
// delivery order, with repeats.

function service(store: AppointmentStore = memoryAppointmentStore()) {
  const tracker = createAppointmentTracker({ store });
  const actions: string[] = [];
  let cursor = 0;
  return {
    actions,
    tracker,
    onTimeTapWebhook: async (rawBody: Uint8Array): Promise<number> => {
      const decoded = parseAppointmentWebhook(rawBody);
      if (decoded._tag === 'Left') return 400;
      try {
        await tracker.record(decoded.right);
        return 200;
      } catch {
        return 503;
      }
    },
    drainEvents: async (): Promise<void> => {
      for (const event of await tracker.events({ after: cursor })) {
        actions.push(
          matchAppointmentChange(event.summary, {
            created: () => 'booked',
            cancelled: () => 'cancelled',
            rescheduled: () => 'moved',
            default: (s) => s.kind,
          }),
        );
        cursor = event.sequence;
      }
    },
  };
}

const bodies = { booked: readValid('booked.json'), rescheduled: readValid('rescheduled.json'), cancelled: readValid('cancelled.json') };
type Name = keyof typeof bodies;

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

describe('the recommended handler with the tracker (docs/diffing.md, docs/tracking.md)', () => {
  it('acts once per real change, in order, and ignores a repeat', async () => {
    const s = service();
    for (const name of ['booked', 'rescheduled', 'rescheduled', 'cancelled', 'booked'] as Name[]) {
      expect(await s.onTimeTapWebhook(bodies[name])).toBe(200);
      await s.drainEvents();
    }
    expect(s.actions).toEqual(['booked', 'moved', 'cancelled']);
  });

  it.each(permutations<Name>(['booked', 'rescheduled', 'cancelled']))(
    'acts on each newer state once and ends with the cancellation, whatever the order, each delivery twice at the same moment: %s, %s, %s',
    async (...order) => {
      const s = service();
      const codes = await Promise.all(order.flatMap((name) => [s.onTimeTapWebhook(bodies[name]), s.onTimeTapWebhook(bodies[name])]));
      expect(codes.every((c) => c === 200)).toBe(true);
      await s.drainEvents();
      // Recorded: each delivery newer than every one before it; the first seen is 'created'.
      const rank: Record<Name, number> = { booked: 0, rescheduled: 1, cancelled: 2 };
      const action: Record<Name, string> = { booked: 'booked', rescheduled: 'moved', cancelled: 'cancelled' };
      const newer = order.filter((name, i) => order.slice(0, i).every((earlier) => rank[earlier] < rank[name]));
      expect(s.actions).toEqual(newer.map((name, i) => (i === 0 ? 'booked' : action[name])));
      const current = await s.tracker.current(88410237);
      expect(current._tag === 'Some' && current.value.status).toBe('CANCELLED');
    },
  );

  it('answers 400 for a body that does not decode and 503 when the store is down, and a redelivery then records', async () => {
    let down = true;
    const inner = memoryAppointmentStore();
    const s = service({
      ...inner,
      load: (id) => (down ? Promise.reject(new Error('connection refused')) : inner.load(id)),
    });
    expect(await s.onTimeTapWebhook(new TextEncoder().encode('not json'))).toBe(400);
    expect(await s.onTimeTapWebhook(bodies.booked)).toBe(503);
    down = false;
    expect(await s.onTimeTapWebhook(bodies.booked)).toBe(200);
    await s.drainEvents();
    expect(s.actions).toEqual(['booked']);
  });
});

