import { isStaleDelivery, type Appointment } from '../../src';
import { decodeAppointment } from '../support/decodeAppointment';
import { readValid } from '../support/fixtures';

const load = (name: string): Appointment => decodeAppointment(readValid(name));
const booked = load('booked.json');
const rescheduled = load('rescheduled.json');
const cancelled = load('cancelled.json');

/** Only the id and the two ordering keys, for the encoding cases. */
const stamp = (modifieddate: string | number | undefined, updateSequence?: number): Appointment => ({
  calendarid: 88410237,
  ...(modifieddate === undefined ? {} : { modifieddate }),
  ...(updateSequence === undefined ? {} : { updateSequence }),
});

describe('isStaleDelivery', () => {
  it('is true for an older snapshot arriving after a newer one (the payloads scenario out of order)', () => {
    expect(isStaleDelivery(cancelled, rescheduled)).toBe(true);
    expect(isStaleDelivery(cancelled, booked)).toBe(true);
    expect(isStaleDelivery(rescheduled, booked)).toBe(true);
  });

  it('is false for newer snapshots and for a repeated delivery', () => {
    expect(isStaleDelivery(booked, rescheduled)).toBe(false);
    expect(isStaleDelivery(rescheduled, cancelled)).toBe(false);
    expect(isStaleDelivery(rescheduled, load('rescheduled.json'))).toBe(false);
  });

  it('decides by updateSequence first, then by the modified stamp', () => {
    expect(isStaleDelivery(stamp('2025-01-01T00:00:00', 5), stamp('2025-06-01T00:00:00', 4))).toBe(true);
    expect(isStaleDelivery(stamp('2025-06-01T00:00:00', 4), stamp('2025-01-01T00:00:00', 5))).toBe(false);
    expect(isStaleDelivery(stamp('2025-06-01T00:00:00', 4), stamp('2025-01-01T00:00:00', 4))).toBe(true);
    expect(isStaleDelivery(stamp('2025-06-01T00:00:00'), stamp('2025-01-01T00:00:00', 9))).toBe(true);
  });

  it('compares zone-less strings as written, epoch milliseconds and ISO instants exactly', () => {
    expect(isStaleDelivery(stamp('2016-10-26T19:51:26'), stamp('2016-10-26T19:51:25'))).toBe(true);
    expect(isStaleDelivery(stamp('2016-10-26T19:51:26'), stamp('2016-10-26 19:51:27'))).toBe(false);
    expect(isStaleDelivery(stamp(1741620000000), stamp(1741619999000))).toBe(true);
    expect(isStaleDelivery(stamp('2025-03-10T15:20:00Z'), stamp(Date.UTC(2025, 2, 10, 15, 19)))).toBe(true);
    expect(isStaleDelivery(stamp('2025-03-10T15:20:00+01:00'), stamp('2025-03-10T14:21:00Z'))).toBe(false);
    // Epoch seconds (below 10^11) and milliseconds for nearby instants.
    expect(isStaleDelivery(stamp(1741620000), stamp(1741619999000))).toBe(true);
    expect(isStaleDelivery(stamp(1741620000000), stamp(1741619999))).toBe(true);
    expect(isStaleDelivery(stamp(1741619999), stamp(1741620000000))).toBe(false);
  });

  it('decides a zone-less stamp against an instant only when they are more than 14 hours apart', () => {
    expect(isStaleDelivery(stamp('2025-03-10T12:00:00'), stamp(Date.UTC(2025, 2, 9, 12, 0)))).toBe(true);
    expect(isStaleDelivery(stamp('2025-03-10T12:00:00'), stamp(Date.UTC(2025, 2, 10, 1, 0)))).toBe(false);
    expect(isStaleDelivery(stamp(Date.UTC(2025, 2, 11, 12, 0)), stamp('2025-03-10T12:00:00'))).toBe(true);
  });

  it('reads the camelCase modifiedDate when modifieddate is absent', () => {
    const previous = decodeAppointment({ calendarid: 1, modifiedDate: '2025-03-10T12:00:00' });
    expect(isStaleDelivery(previous, decodeAppointment({ calendarid: 1, modifiedDate: '2025-03-09T12:00:00' }))).toBe(true);
  });

  it('is false when it cannot be told: no stamps, unreadable stamps, or two different appointments', () => {
    expect(isStaleDelivery(stamp(undefined), stamp(undefined))).toBe(false);
    expect(isStaleDelivery(stamp('yesterday'), stamp('2016-10-26T19:51:25'))).toBe(false);
    expect(isStaleDelivery(stamp('2025-03-10T12:00:00'), stamp(undefined))).toBe(false);
    expect(isStaleDelivery(cancelled, { ...booked, calendarid: 1 })).toBe(false);
  });
});
