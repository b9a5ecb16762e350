import { createReplayForm } from '../../docs/interop/examples/tanstack-form';
import type { Appointment } from '../../src';
import { decodeAppointment } from '../support/decodeAppointment';
import { readValid } from '../support/fixtures';

// docs/interop.md's TanStack Form (docs/interop/examples/tanstack-form.ts): `Appointment` as the
// form's onSubmit validator, with @tanstack/form-core (the framework-free core every adapter uses).

describe('a TanStack Form validated by Appointment', () => {
  // form-core's devtools client polls for a devtools panel with setInterval for a few seconds;
  // fake timers keep that loop from outliving the test.
  beforeAll(() => jest.useFakeTimers({ doNotFake: ['nextTick', 'queueMicrotask', 'setImmediate'] }));
  afterAll(() => {
    jest.clearAllTimers();
    jest.useRealTimers();
  });

  it('submits the typed appointment when it is valid', async () => {
    const captured = decodeAppointment(readValid('rescheduled.json'));
    const replayed: Appointment[] = [];
    const form = createReplayForm(captured, (a) => replayed.push(a));
    form.setFieldValue('startTime', 930);
    await form.handleSubmit();
    expect(form.state.isValid).toBe(true);
    expect(replayed).toHaveLength(1);
    expect(replayed[0]?.startTime).toBe(930);
    expect(replayed[0]?.calendarid).toBe(captured.calendarid);
  });

  it('refuses to submit an invalid edit and files the message under the field', async () => {
    const captured = decodeAppointment(readValid('rescheduled.json'));
    const replayed: Appointment[] = [];
    const form = createReplayForm(captured, (a) => replayed.push(a));
    form.setFieldValue('startTime', 975); // 09:75 is no time
    await form.handleSubmit();
    expect(replayed).toEqual([]);
    expect(form.state.isValid).toBe(false);
    expect(form.getFieldMeta('startTime')?.errors).toEqual([
      expect.objectContaining({ message: 'expected HHmm time (integer 0-2400, minutes < 60) | null, received number', path: ['startTime'] }),
    ]);
  });
});
