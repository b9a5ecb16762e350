import {
  classifyAppointmentChange, matchAppointmentChange, type Appointment, type AppointmentChangeHandlers, type AppointmentChangeSummary,
} from '../../src';
import { decodeAppointment } from '../support/decodeAppointment';
import { readValid } from '../support/fixtures';

const load = (name: string): Appointment => decodeAppointment(readValid(name));
const booked = load('booked.json');
const rescheduled = load('rescheduled.json');
const cancelled = load('cancelled.json');

const every: AppointmentChangeHandlers<string> = {
  created: () => 'insert',
  deleted: () => 'delete',
  cancelled: (s) => `cancel ${s.statusChanged._tag}`,
  restored: () => 'restore',
  rescheduled: (s) => `move ${s.rescheduled._tag === 'Some' ? String(s.rescheduled.value.to.startTime) : '?'}`,
  reassigned: () => 'reassign',
  updated: () => 'update',
  unchanged: () => 'skip',
};

describe('matchAppointmentChange', () => {
  it('calls the handler of the kind with the summary and returns its result', () => {
    expect(matchAppointmentChange(classifyAppointmentChange(undefined, booked), every)).toBe('insert');
    expect(matchAppointmentChange(classifyAppointmentChange(booked, rescheduled), every)).toBe('move 1430');
    expect(matchAppointmentChange(classifyAppointmentChange(rescheduled, cancelled), every)).toBe('cancel Some');
    expect(matchAppointmentChange(classifyAppointmentChange(cancelled, cancelled), every)).toBe('skip');
  });

  it('falls back to default for the kinds without a handler', () => {
    const seen: string[] = [];
    const handlers = { cancelled: () => 'cancel', default: (s: AppointmentChangeSummary) => `default for ${s.kind}` };
    seen.push(matchAppointmentChange(classifyAppointmentChange(rescheduled, cancelled), handlers));
    seen.push(matchAppointmentChange(classifyAppointmentChange(booked, rescheduled), handlers));
    expect(seen).toEqual(['cancel', 'default for rescheduled']);
  });

  it('is a type error to leave a kind out without a default (and a TypeError if the types are bypassed)', () => {
    const summary = classifyAppointmentChange(cancelled, { ...cancelled, deleted: true });
    expect(summary.kind).toBe('deleted');
    const call = (): string =>
      matchAppointmentChange(
        summary,
        // @ts-expect-error 'deleted' has no handler and there is no default
        {
          created: () => 'insert',
          cancelled: () => 'cancel',
          restored: () => 'restore',
          rescheduled: () => 'move',
          reassigned: () => 'reassign',
          updated: () => 'update',
          unchanged: () => 'skip',
        },
      );
    expect(call).toThrow(TypeError);
    expect(call).toThrow("no handler for kind 'deleted'");
  });

  it('narrows the summary given to each handler to its kind', () => {
    const kinds = matchAppointmentChange(classifyAppointmentChange(booked, rescheduled), {
      rescheduled: (s) => {
        const kind: 'rescheduled' = s.kind;
        return kind;
      },
      default: (s) => s.kind,
    });
    expect(kinds).toBe('rescheduled');
  });
});
