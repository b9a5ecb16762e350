import {
  appointmentFingerprint, appointmentId, classifyAppointmentChange, isStaleDelivery, matchAppointmentChange,
  parseAppointmentWebhook, type Appointment,
} from '../../src';
import { readValid } from '../support/fixtures';

// The hand-written flow in docs/tracking.md ("Writing your own store"), against a Map, fed the payloads
// scenario (booked -> rescheduled -> cancelled) in every delivery order, with repeats.

interface Row {
  readonly body: Appointment;
  readonly fingerprint: string;
}

function handler(store: Map<number, Row>, actions: string[]) {
  return (rawBody: Uint8Array): number => {
    const decoded = parseAppointmentWebhook(rawBody);
    if (decoded._tag === 'Left') return 400;
    const incoming = decoded.right;
    const id = appointmentId(incoming);
    // In a database: one transaction, the row read with SELECT ... FOR UPDATE (or an upsert
    // guarded by the stored updateSequence), so two deliveries of one id cannot interleave.
    const previous = store.get(id)?.body;
    if (previous !== undefined && isStaleDelivery(previous, incoming)) {
      actions.push('drop stale');
      return 200;
    }
    const summary = classifyAppointmentChange(previous, incoming);
    store.set(id, { body: incoming, fingerprint: appointmentFingerprint(incoming) });
    actions.push(
      matchAppointmentChange(summary, {
        created: () => 'insert',
        cancelled: () => 'send cancellation',
        rescheduled: (s) => `send new time ${s.rescheduled._tag === 'Some' ? String(s.rescheduled.value.to.startTime) : ''}`,
        unchanged: () => 'nothing',
        default: (s) => s.kind,
      }),
    );
    return 200;
  };
}

const bodies = { booked: readValid('booked.json'), rescheduled: readValid('rescheduled.json'), cancelled: readValid('cancelled.json') };
type Name = keyof typeof bodies;

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

describe('the hand-written flow without the tracker (docs/tracking.md)', () => {
  it('acts once per real change when deliveries arrive in order, and ignores a repeat', () => {
    const store = new Map<number, Row>();
    const actions: string[] = [];
    const handle = handler(store, actions);
    for (const name of ['booked', 'rescheduled', 'rescheduled', 'cancelled'] as Name[]) expect(handle(bodies[name])).toBe(200);
    expect(actions).toEqual(['insert', 'send new time 1430', 'nothing', 'send cancellation']);
  });

  it.each(permutations<Name>(['booked', 'rescheduled', 'cancelled']))('ends with the latest state whatever the order: %s, %s, %s', (...order) => {
    const store = new Map<number, Row>();
    const actions: string[] = [];
    const handle = handler(store, actions);
    for (const name of order) handle(bodies[name]);
    const stored = store.get(88410237);
    expect(stored?.body.status).toBe('CANCELLED');
    expect(stored?.body.updateSequence).toBe(2);
    expect(actions[0]).toBe('insert');
    // Every delivery older than one already stored is dropped, and only those.
    const sequence: Record<Name, number> = { booked: 0, rescheduled: 1, cancelled: 2 };
    const late = order.filter((name, i) => order.slice(0, i).some((earlier) => sequence[earlier] > sequence[name]));
    expect(actions.filter((a) => a === 'drop stale')).toHaveLength(late.length);
    expect(actions).toHaveLength(order.length);
  });
});
