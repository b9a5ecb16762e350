import { isSome, none, some, type Option } from 'fp-ts/lib/Option.js';
import {
  appointmentInterval,
  appointmentLocalTimes,
  formatHhmm,
  parseHhmm,
  type Appointment,
  type AppointmentInterval,
  type AppointmentTimeSource,
} from '../../src';
import { LEGACY_ZONE_IDS, legacyZone, resolveTimeZone } from '../../src/time/timeZone';
import { decodeAppointment } from '../support/decodeAppointment';
import { readValid, textOf, validFixtures } from '../support/fixtures';

const decode = decodeAppointment;

const fixtures = validFixtures().map(({ name, bytes }) => ({ name, json: JSON.parse(textOf(bytes)) as Record<string, unknown> }));
const fixture = (name: string): Appointment => decode(readValid(name));

/** The interval as plain ISO strings, for readable expectations. */
function iso(option: Option<AppointmentInterval>): { start: string; end: string; timeZone: string; source: AppointmentTimeSource } | undefined {
  if (!isSome(option)) return undefined;
  const { start, end, timeZone, source } = option.value;
  return { start: start.toISOString(), end: end.toISOString(), timeZone, source };
}

/** A body with only local staff times: date, HHmm start and end, the zone on `professional`. */
function staffLocal(zone: string, date: string, startTime: number, endTime?: number, extra: Record<string, unknown> = {}): Appointment {
  return decode({
    calendarid: 1,
    startDate: `${date}T00:00:00`,
    startTime,
    ...(endTime === undefined ? {} : { endTime }),
    professional: { professionalId: 7, timeZoneCode: { timeZoneCode: zone } },
    ...extra,
  });
}

/**
 * Whether a body carries a start and an end `appointmentInterval` can use, read from the keys
 * themselves (not through src/time): a UTC start, or a date with a start time, and an end
 * (`endDateTimeUTC`, an end time, or `reason.visitMinutes`).
 */
function hasTimes(json: Record<string, unknown>): boolean {
  const present = (key: string): boolean => json[key] !== undefined && json[key] !== null;
  const reason = json.reason as Record<string, unknown> | null | undefined;
  const anyEnd = present('endDateTimeUTC') || present('endTime') || present('clientEndTime') || typeof reason?.visitMinutes === 'number';
  const utcStart = present('startDateTimeUTC') || present('apptDateTime');
  const localStart = (present('startDate') && present('startTime')) || ((present('clientStartDate') || present('startDate')) && present('clientStartTime'));
  return (utcStart || localStart) && anyEnd;
}

/** A copy of a fixture's JSON without some keys (to force a later source). */
function without(json: Record<string, unknown>, keys: ReadonlyArray<string>): Appointment {
  return decode(Object.fromEntries(Object.entries(json).filter(([k]) => !keys.includes(k))));
}

const UTC_KEYS = ['startDateTimeUTC', 'endDateTimeUTC'];

describe('parseHhmm', () => {
  it.each([
    [800, 8, 0],
    [0, 0, 0],
    [5, 0, 5],
    [1745, 17, 45],
    [2359, 23, 59],
    [2400, 24, 0],
  ])('reads %i as %i:%i', (value, hours, minutes) => {
    expect(parseHhmm(value)).toEqual(some({ hours, minutes }));
  });

  it.each([960, 1260, 2401, 2460, -5, 12.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects %p', (value) => {
    expect(parseHhmm(value)).toEqual(none);
  });

  it('returns None for a missing field', () => {
    expect(parseHhmm(null)).toEqual(none);
    expect(parseHhmm(undefined)).toEqual(none);
  });
});

describe('formatHhmm', () => {
  it.each([
    [800, '08:00'],
    [0, '00:00'],
    [30, '00:30'],
    [1745, '17:45'],
    [2400, '24:00'],
  ])('formats %i as %s', (value, text) => {
    expect(formatHhmm(value)).toEqual(some(text));
  });

  it('returns None for what parseHhmm rejects', () => {
    expect(formatHhmm(960)).toEqual(none);
    expect(formatHhmm(-1)).toEqual(none);
    expect(formatHhmm(null)).toEqual(none);
  });
});

describe('appointmentInterval', () => {
  describe.each(fixtures.map((f) => [f.name, f.json] as const))('over %s', (_name, json) => {
    const appointment = decode(json);
    const interval = appointmentInterval(appointment);
    const instants = (option: Option<AppointmentInterval>): [string, string] | undefined => {
      const found = iso(option);
      return found === undefined ? undefined : [found.start, found.end];
    };

    it('gives an interval exactly when the body has a start and an end, with the end not before the start, in a zone Intl knows', () => {
      expect(isSome(interval)).toBe(hasTimes(json));
      const { end, start, timeZone } = isSome(interval) ? interval.value : { start: new Date(0), end: new Date(0), timeZone: 'UTC' };
      expect(end.getTime()).toBeGreaterThanOrEqual(start.getTime());
      expect(() => new Intl.DateTimeFormat('en-US', { timeZone })).not.toThrow();
    });

    it('agrees with itself whichever source it is computed from', () => {
      const variants = [
        without(json, UTC_KEYS),
        without(json, [...UTC_KEYS, 'apptDateTime']),
        without(json, [...UTC_KEYS, 'apptDateTime', 'startTime', 'endTime']),
      ];
      for (const variant of variants) {
        // Every variant the body still has times for gives the same instants; the others give None.
        expect(instants(appointmentInterval(variant))).toEqual(hasTimes(variant as Record<string, unknown>) ? instants(interval) : undefined);
      }
    });

    it('leaves the appointment unchanged', () => {
      appointmentInterval(appointment, { timeZone: 'Europe/London' });
      expect(appointment).toEqual(json);
    });
  });

  describe('source', () => {
    it('"utc": startDateTimeUTC and endDateTimeUTC', () => {
      expect(iso(appointmentInterval(fixture('booked.json')))).toEqual({
        start: '2025-04-15T14:00:00.000Z',
        end: '2025-04-15T14:45:00.000Z',
        timeZone: 'America/New_York',
        source: 'utc',
      });
    });

    it('"apptDateTime": UTC without a Z, plus the HHmm duration, in a legacy US/Eastern zone', () => {
      expect(iso(appointmentInterval(fixture('legacy-2016-shape.json')))).toEqual({
        start: '2016-10-26T21:00:00.000Z',
        end: '2016-10-26T22:00:00.000Z',
        timeZone: 'America/New_York',
        source: 'apptDateTime',
      });
    });

    it('"staffLocal": a YYYY-MM-DD date with staff HHmm times in the staff zone', () => {
      expect(iso(appointmentInterval(fixture('rest-calendarId-staff.json')))).toEqual({
        start: '2025-04-15T14:00:00.000Z',
        end: '2025-04-15T14:45:00.000Z',
        timeZone: 'America/New_York',
        source: 'staffLocal',
      });
    });

    it('"clientLocal": client times in the client zone when the staff zone is unknown', () => {
      const body = decode({
        calendarid: 1,
        startDate: '2025-04-15T00:00:00',
        startTime: 1000,
        endTime: 1045,
        clientStartDate: '2025-04-15',
        clientStartTime: 1930,
        clientEndTime: 2015,
        client: { clientId: 3, timeZoneCode: { timeZoneCode: 'Asia/Kolkata' } },
      });
      expect(iso(appointmentInterval(body))).toEqual({
        start: '2025-04-15T14:00:00.000Z',
        end: '2025-04-15T14:45:00.000Z',
        timeZone: 'Asia/Kolkata',
        source: 'clientLocal',
      });
    });

    it('prefers startDateTimeUTC over apptDateTime over local times', () => {
      const body = decode({
        calendarid: 1,
        startDateTimeUTC: '2025-01-01T10:00:00Z',
        endDateTimeUTC: '2025-01-01T11:00:00Z',
        apptDateTime: '2025-01-01T12:00:00',
        startDate: '2025-01-01',
        startTime: 1400,
        endTime: 1500,
        staffTimeZone: 'UTC',
      });
      expect(iso(appointmentInterval(body))?.start).toBe('2025-01-01T10:00:00.000Z');
      expect(iso(appointmentInterval(without(body as Record<string, unknown>, UTC_KEYS)))?.start).toBe('2025-01-01T12:00:00.000Z');
      expect(iso(appointmentInterval(without(body as Record<string, unknown>, [...UTC_KEYS, 'apptDateTime'])))?.start).toBe(
        '2025-01-01T14:00:00.000Z',
      );
    });
  });

  describe('timestamps', () => {
    it('accepts epoch milliseconds', () => {
      const body = decode({ calendarid: 1, startDateTimeUTC: 1744725600000, endDateTimeUTC: 1744728300000 });
      expect(iso(appointmentInterval(body))).toMatchObject({ start: '2025-04-15T14:00:00.000Z', end: '2025-04-15T14:45:00.000Z' });
    });

    it('reads a number below 10^11 as epoch seconds, a larger one as epoch milliseconds', () => {
      // 10^11 ms is March 1973, 10^11 s the year 5138: no appointment time is ambiguous.
      const seconds = decode({ calendarid: 1, startDateTimeUTC: 1744725600, endDateTimeUTC: 1744728300 });
      expect(iso(appointmentInterval(seconds))).toMatchObject({ start: '2025-04-15T14:00:00.000Z', end: '2025-04-15T14:45:00.000Z' });
      const mixed = decode({ calendarid: 1, startDateTimeUTC: 1744725600, endDateTimeUTC: 1744728300000 });
      expect(iso(appointmentInterval(mixed))).toMatchObject({ start: '2025-04-15T14:00:00.000Z', end: '2025-04-15T14:45:00.000Z' });
      const below = decode({ calendarid: 1, apptDateTime: 99_999_999_999, reason: { visitMinutes: 30 } });
      expect(iso(appointmentInterval(below))?.start).toBe('5138-11-16T09:46:39.000Z');
      const above = decode({ calendarid: 1, apptDateTime: 100_000_000_000, reason: { visitMinutes: 30 } });
      expect(iso(appointmentInterval(above))?.start).toBe('1973-03-03T09:46:40.000Z');
    });

    it('reads a zone-less UTC string as UTC and honours an explicit offset', () => {
      const zoneless = decode({ calendarid: 1, startDateTimeUTC: '2025-04-15T14:00:00', endDateTimeUTC: '2025-04-15 14:45' });
      expect(iso(appointmentInterval(zoneless))).toMatchObject({ start: '2025-04-15T14:00:00.000Z', end: '2025-04-15T14:45:00.000Z' });
      const offset = decode({ calendarid: 1, startDateTimeUTC: '2025-04-15T19:30:00+05:30', endDateTimeUTC: '2025-04-15T10:45:00.000-04:00' });
      expect(iso(appointmentInterval(offset))).toMatchObject({ start: '2025-04-15T14:00:00.000Z', end: '2025-04-15T14:45:00.000Z' });
    });

    it('skips a timestamp it cannot read and uses the next source', () => {
      const body = decode({
        calendarid: 1,
        startDateTimeUTC: 'Tuesday, Apr 15, 2025 at 10:00 AM EDT',
        apptDateTime: '2025-04-15T14:00:00',
        endTime: 1045,
        startTime: 1000,
      });
      expect(iso(appointmentInterval(body))).toMatchObject({ start: '2025-04-15T14:00:00.000Z', source: 'apptDateTime' });
      expect(appointmentInterval(decode({ calendarid: 1, startDate: '2025-02-30', startTime: 900, endTime: 1000, staffTimeZone: 'UTC' }))).toEqual(
        none,
      );
    });
  });

  describe('duration', () => {
    const base = { calendarid: 1, apptDateTime: '2025-04-15T14:00:00', staffTimeZone: 'America/New_York' };

    it('takes endDateTimeUTC first', () => {
      const body = decode({ ...base, endDateTimeUTC: '2025-04-15T15:30:00Z', startTime: 1000, endTime: 1045, reason: { visitMinutes: 20 } });
      expect(iso(appointmentInterval(body))?.end).toBe('2025-04-15T15:30:00.000Z');
    });

    it('then endTime − startTime', () => {
      const body = decode({ ...base, startTime: 1000, endTime: 1045, clientStartTime: 900, clientEndTime: 930, reason: { visitMinutes: 20 } });
      expect(iso(appointmentInterval(body))?.end).toBe('2025-04-15T14:45:00.000Z');
    });

    it('then clientEndTime − clientStartTime', () => {
      const body = decode({ ...base, clientStartTime: 900, clientEndTime: 930, reason: { visitMinutes: 20 } });
      expect(iso(appointmentInterval(body))?.end).toBe('2025-04-15T14:30:00.000Z');
    });

    it('then reason.visitMinutes', () => {
      expect(iso(appointmentInterval(decode({ ...base, reason: { visitMinutes: 20 } })))?.end).toBe('2025-04-15T14:20:00.000Z');
    });

    it('ignores an endDateTimeUTC that is not after the start', () => {
      const body = decode({ ...base, endDateTimeUTC: '2025-04-15T13:00:00Z', reason: { visitMinutes: 20 } });
      expect(iso(appointmentInterval(body))?.end).toBe('2025-04-15T14:20:00.000Z');
    });

    it('gives None when no duration is known', () => {
      expect(appointmentInterval(decode({ ...base }))).toEqual(none);
      expect(appointmentInterval(decode({ ...base, reason: { visitMinutes: 0 } }))).toEqual(none);
    });

    it('applies the HHmm span on the staff wall clock across a daylight-saving change', () => {
      // 01:00 EST to 03:00 EDT on 9 March 2025 is one real hour.
      const body = decode({ calendarid: 1, apptDateTime: '2025-03-09T06:00:00', startTime: 100, endTime: 300, staffTimeZone: 'US/Eastern' });
      expect(iso(appointmentInterval(body))).toMatchObject({ start: '2025-03-09T06:00:00.000Z', end: '2025-03-09T07:00:00.000Z' });
    });
  });

  describe('time zones', () => {
    // 09:00–10:00 local on a northern winter and a northern summer day.
    it.each([
      ['America/New_York', '2025-01-15T14:00:00.000Z', '2025-07-15T13:00:00.000Z'],
      ['America/Chicago', '2025-01-15T15:00:00.000Z', '2025-07-15T14:00:00.000Z'],
      ['Europe/London', '2025-01-15T09:00:00.000Z', '2025-07-15T08:00:00.000Z'],
      ['Asia/Kolkata', '2025-01-15T03:30:00.000Z', '2025-07-15T03:30:00.000Z'],
      ['Australia/Sydney', '2025-01-14T22:00:00.000Z', '2025-07-14T23:00:00.000Z'],
      ['Pacific/Auckland', '2025-01-14T20:00:00.000Z', '2025-07-14T21:00:00.000Z'],
      ['US/Eastern', '2025-01-15T14:00:00.000Z', '2025-07-15T13:00:00.000Z'],
    ])('reads 09:00 in %s in January and July', (zone, january, july) => {
      const winter = iso(appointmentInterval(staffLocal(zone, '2025-01-15', 900, 1000)));
      const summer = iso(appointmentInterval(staffLocal(zone, '2025-07-15', 900, 1000)));
      expect(winter?.start).toBe(january);
      expect(summer?.start).toBe(july);
      expect(new Date(winter?.end ?? 0).getTime() - new Date(january).getTime()).toBe(3_600_000);
    });

    it('resolves a legacy zone id to its IANA id', () => {
      expect(iso(appointmentInterval(staffLocal('US/Eastern', '2025-01-15', 900, 1000)))?.timeZone).toBe('America/New_York');
      expect(iso(appointmentInterval(staffLocal(' us/pacific ', '2025-01-15', 900, 1000)))?.timeZone).toBe('America/Los_Angeles');
      expect(iso(appointmentInterval(staffLocal('IST', '2025-01-15', 900, 1000)))).toMatchObject({
        timeZone: 'Asia/Kolkata',
        start: '2025-01-15T03:30:00.000Z',
      });
    });

    it('takes the staff zone from staff, then professional, then staffTimeZone', () => {
      const body = (extra: Record<string, unknown>) =>
        decode({ calendarid: 1, startDate: '2025-01-15', startTime: 900, endTime: 1000, ...extra });
      const zoneOf = (a: Appointment) => iso(appointmentInterval(a))?.timeZone;
      expect(zoneOf(body({ staff: { timeZoneCode: { timeZoneCode: 'Europe/London' } }, professional: { timeZoneCode: { timeZoneCode: 'Asia/Kolkata' } } }))).toBe(
        'Europe/London',
      );
      expect(zoneOf(body({ professional: { timeZoneCode: { timeZoneCode: 'Mars/Olympus' } }, staffTimeZone: 'Asia/Kolkata' }))).toBe('Asia/Kolkata');
    });

    it('gives None for an unknown zone unless options.timeZone supplies one', () => {
      const body = staffLocal('Mars/Olympus', '2025-01-15', 900, 1000);
      expect(appointmentInterval(body)).toEqual(none);
      expect(appointmentInterval(body, { timeZone: 'Not/AZone' })).toEqual(none);
      expect(iso(appointmentInterval(body, { timeZone: 'America/Chicago' }))).toEqual({
        start: '2025-01-15T15:00:00.000Z',
        end: '2025-01-15T16:00:00.000Z',
        timeZone: 'America/Chicago',
        source: 'staffLocal',
      });
      const noZone = decode({ calendarid: 1, startDate: '2025-01-15', startTime: 900, endTime: 1000 });
      expect(appointmentInterval(noZone)).toEqual(none);
      expect(iso(appointmentInterval(noZone, { timeZone: 'US/Central' }))?.timeZone).toBe('America/Chicago');
    });

    it('never lets options.timeZone override a zone the body names', () => {
      const body = staffLocal('Europe/London', '2025-01-15', 900, 1000);
      expect(iso(appointmentInterval(body, { timeZone: 'Asia/Kolkata' }))).toMatchObject({ timeZone: 'Europe/London', start: '2025-01-15T09:00:00.000Z' });
      expect(iso(appointmentInterval(fixture('booked.json'), { timeZone: 'Asia/Kolkata' }))?.timeZone).toBe('America/New_York');
    });

    it('reports UTC, or options.timeZone, for UTC instants when no zone is known', () => {
      const body = decode({ calendarid: 1, startDateTimeUTC: '2025-04-15T14:00:00Z', endDateTimeUTC: '2025-04-15T14:45:00Z' });
      expect(iso(appointmentInterval(body))?.timeZone).toBe('UTC');
      expect(iso(appointmentInterval(body, { timeZone: 'Europe/London' }))?.timeZone).toBe('Europe/London');
    });
  });

  describe('daylight saving', () => {
    // The gap: the wall time does not exist and resolves forward (02:30 → 03:30 local).
    it.each([
      ['America/New_York', '2025-03-09', 230, '2025-03-09T07:30:00.000Z'],
      ['America/Chicago', '2025-03-09', 230, '2025-03-09T08:30:00.000Z'],
      ['Europe/London', '2025-03-30', 130, '2025-03-30T01:30:00.000Z'],
      ['Australia/Sydney', '2025-10-05', 230, '2025-10-04T16:30:00.000Z'],
      ['Pacific/Auckland', '2025-09-28', 230, '2025-09-27T14:30:00.000Z'],
      ['US/Eastern', '2025-03-09', 230, '2025-03-09T07:30:00.000Z'],
    ])('resolves a start in the spring-forward gap forward (%s, %s)', (zone, date, time, expected) => {
      expect(iso(appointmentInterval(staffLocal(zone, date, time, time + 100)))?.start).toBe(expected);
    });

    // The overlap: the wall time happens twice; the earlier (daylight-time) instant wins.
    it.each([
      ['America/New_York', '2025-11-02', 130, '2025-11-02T05:30:00.000Z'],
      ['America/Chicago', '2025-11-02', 130, '2025-11-02T06:30:00.000Z'],
      ['Europe/London', '2025-10-26', 130, '2025-10-26T00:30:00.000Z'],
      ['Australia/Sydney', '2025-04-06', 230, '2025-04-05T15:30:00.000Z'],
      ['Pacific/Auckland', '2025-04-06', 230, '2025-04-05T13:30:00.000Z'],
      ['US/Eastern', '2025-11-02', 130, '2025-11-02T05:30:00.000Z'],
    ])('resolves an ambiguous fall-back start to the earlier instant (%s, %s)', (zone, date, time, expected) => {
      expect(iso(appointmentInterval(staffLocal(zone, date, time, time + 100)))?.start).toBe(expected);
    });

    it('keeps the booked length when the gap would put the end on the start', () => {
      // 02:30 becomes 03:30 EDT; the end, 03:30 EDT, is the same instant: the hour is kept.
      expect(iso(appointmentInterval(staffLocal('America/New_York', '2025-03-09', 230, 330)))).toMatchObject({
        start: '2025-03-09T07:30:00.000Z',
        end: '2025-03-09T08:30:00.000Z',
      });
    });

    it('keeps an end after the start when an HHmm span starts in the repeated hour', () => {
      // 06:30Z is the second 01:30 (EST); 01:40 read on the wall clock would be the earlier, EDT one.
      const body = decode({ calendarid: 1, apptDateTime: '2025-11-02T06:30:00', startTime: 130, endTime: 140, staffTimeZone: 'America/New_York' });
      expect(iso(appointmentInterval(body))).toMatchObject({ start: '2025-11-02T06:30:00.000Z', end: '2025-11-02T06:40:00.000Z' });
    });

    it('counts the real hours of an overnight appointment across the fall-back night', () => {
      // 21:00 EDT to 06:00 EST is ten real hours.
      expect(iso(appointmentInterval(fixture('sleep-study-overnight.json')))).toEqual({
        start: '2025-11-02T01:00:00.000Z',
        end: '2025-11-02T11:00:00.000Z',
        timeZone: 'America/New_York',
        source: 'staffLocal',
      });
    });

    it('counts the real hours across the spring-forward night', () => {
      const interval = iso(appointmentInterval(staffLocal('America/New_York', '2025-03-08', 2100, 600)));
      expect(interval).toMatchObject({ start: '2025-03-09T02:00:00.000Z', end: '2025-03-09T10:00:00.000Z' });
    });
  });

  describe('midnight', () => {
    it('puts an end that is not after the start on the next day', () => {
      expect(iso(appointmentInterval(staffLocal('Europe/London', '2025-01-15', 2300, 30)))).toMatchObject({
        start: '2025-01-15T23:00:00.000Z',
        end: '2025-01-16T00:30:00.000Z',
      });
    });

    it('gives a zero-length appointment when the start and end times are equal on one date', () => {
      expect(iso(appointmentInterval(staffLocal('Europe/London', '2025-12-31', 2330, 2330)))).toMatchObject({
        start: '2025-12-31T23:30:00.000Z',
        end: '2025-12-31T23:30:00.000Z',
      });
      const fromUtc = decode({ calendarid: 1, apptDateTime: '2025-04-15T14:00:00', startTime: 1000, endTime: 1000, staffTimeZone: 'America/New_York' });
      expect(iso(appointmentInterval(fromUtc))).toMatchObject({ start: '2025-04-15T14:00:00.000Z', end: '2025-04-15T14:00:00.000Z' });
      const sameInstant = decode({ calendarid: 1, startDateTimeUTC: '2025-04-15T14:00:00Z', endDateTimeUTC: 1744725600000 });
      expect(iso(appointmentInterval(sameInstant))).toMatchObject({ start: '2025-04-15T14:00:00.000Z', end: '2025-04-15T14:00:00.000Z' });
    });

    it('lasts 24 hours only when endDate says the next day', () => {
      expect(iso(appointmentInterval(staffLocal('Europe/London', '2025-12-31', 2330, 2330, { endDate: '2026-01-01' })))).toMatchObject({
        start: '2025-12-31T23:30:00.000Z',
        end: '2026-01-01T23:30:00.000Z',
      });
    });

    it('refuses local times whose endDate is before the startDate, and uses the next source', () => {
      expect(appointmentInterval(staffLocal('Europe/London', '2025-01-15', 1000, 1100, { endDate: '2025-01-14T00:00:00' }))).toEqual(none);
      const withClient = staffLocal('Europe/London', '2025-01-15', 1000, 1100, {
        endDate: '2025-01-14T00:00:00',
        clientStartTime: 1100,
        clientEndTime: 1200,
        clientTimeZone: 'Europe/Paris',
      });
      expect(iso(appointmentInterval(withClient))).toMatchObject({ start: '2025-01-15T10:00:00.000Z', end: '2025-01-15T11:00:00.000Z', source: 'clientLocal' });
    });

    it('reads an end of 2400 as the next midnight', () => {
      expect(iso(appointmentInterval(staffLocal('Asia/Kolkata', '2025-01-15', 2200, 2400)))).toMatchObject({
        start: '2025-01-15T16:30:00.000Z',
        end: '2025-01-15T18:30:00.000Z',
      });
    });

    it('crosses midnight from apptDateTime with an HHmm span', () => {
      const body = decode({ calendarid: 1, apptDateTime: '2025-01-16T04:00:00', startTime: 2300, endTime: 100, staffTimeZone: 'America/New_York' });
      expect(iso(appointmentInterval(body))).toMatchObject({ start: '2025-01-16T04:00:00.000Z', end: '2025-01-16T06:00:00.000Z' });
    });

    it('uses endDate when it is sent', () => {
      const body = staffLocal('America/New_York', '2025-01-15', 2300, 100, { endDate: '2025-01-16T00:00:00' });
      expect(iso(appointmentInterval(body))).toMatchObject({ start: '2025-01-16T04:00:00.000Z', end: '2025-01-16T06:00:00.000Z' });
    });

    it('uses visitMinutes when a local body has no end time', () => {
      expect(iso(appointmentInterval(staffLocal('Europe/London', '2025-01-15', 2330, undefined, { reason: { visitMinutes: 90 } })))).toMatchObject({
        end: '2025-01-16T01:00:00.000Z',
      });
      expect(appointmentInterval(staffLocal('Europe/London', '2025-01-15', 2330))).toEqual(none);
    });
  });

  it('does not throw for a hand-built value that is not an appointment', () => {
    expect(appointmentInterval(null as unknown as Appointment)).toEqual(none);
    const empty = { date: none, start: none, end: none, timeZone: none };
    expect(appointmentLocalTimes(undefined as unknown as Appointment)).toEqual({ staff: empty, client: empty });
  });

  it('gives None for bodies without enough to go on', () => {
    expect(appointmentInterval(fixture('minimal-id-only.json'))).toEqual(none);
    expect(appointmentInterval(fixture('nulls-everywhere.json'))).toEqual(none);
    expect(appointmentInterval(fixture('documented-example.json'))).toEqual(none); // times but no date
  });
});

describe('appointmentLocalTimes', () => {
  it('shows a real-shaped booking as the staff and the client see it', () => {
    expect(appointmentLocalTimes(fixture('booked.json'))).toEqual({
      staff: { date: some('2025-04-15'), start: some('10:00'), end: some('10:45'), timeZone: some('America/New_York') },
      client: { date: some('2025-04-15'), start: some('09:00'), end: some('09:45'), timeZone: some('America/Chicago') },
    });
  });

  it('agrees with the raw local fields of every fixture wherever the body sends them', () => {
    let compared = 0;
    for (const { json } of fixtures) {
      const appointment = decode(json);
      const local = appointmentLocalTimes(appointment);
      const pairs: Array<[Option<string>, Option<string>]> = [
        [local.staff.start, formatHhmm(appointment.startTime)],
        [local.staff.end, formatHhmm(appointment.endTime)],
        [local.client.start, formatHhmm(appointment.clientStartTime)],
        [local.client.end, formatHhmm(appointment.clientEndTime)],
        [local.staff.date, typeof appointment.startDate === 'string' ? some(appointment.startDate.slice(0, 10)) : none],
      ];
      // Filtered on the input only: a raw field the body sends must come back, computed or not.
      const sent = pairs.filter(([, raw]) => isSome(raw));
      expect(sent.map(([computed]) => computed)).toEqual(sent.map(([, raw]) => raw));
      compared += sent.length;
    }
    expect(compared).toBeGreaterThan(30);
  });

  it('gives the client their own date when the zones straddle midnight', () => {
    const body = decode({
      calendarid: 1,
      startDateTimeUTC: '2025-04-16T00:00:00Z',
      endDateTimeUTC: '2025-04-16T01:00:00Z',
      staffTimeZone: 'America/New_York',
      clientTimeZone: 'Australia/Sydney',
    });
    expect(appointmentLocalTimes(body)).toEqual({
      staff: { date: some('2025-04-15'), start: some('20:00'), end: some('21:00'), timeZone: some('America/New_York') },
      client: { date: some('2025-04-16'), start: some('10:00'), end: some('11:00'), timeZone: some('Australia/Sydney') },
    });
  });

  it('shows an overnight appointment across the fall-back night in both legacy zones', () => {
    expect(appointmentLocalTimes(fixture('sleep-study-overnight.json'))).toEqual({
      staff: { date: some('2025-11-01'), start: some('21:00'), end: some('06:00'), timeZone: some('America/New_York') },
      client: { date: some('2025-11-01'), start: some('20:00'), end: some('05:00'), timeZone: some('America/Chicago') },
    });
  });

  it('writes an end at the next midnight as 24:00', () => {
    const local = appointmentLocalTimes(staffLocal('Asia/Kolkata', '2025-01-15', 2200, 2400));
    expect(local.staff).toEqual({ date: some('2025-01-15'), start: some('22:00'), end: some('24:00'), timeZone: some('Asia/Kolkata') });
  });

  it('falls back to the raw fields, part by part, when the instants or the zone are unknown', () => {
    expect(appointmentLocalTimes(fixture('documented-example.json'))).toEqual({
      staff: { date: none, start: some('08:00'), end: some('08:45'), timeZone: some('America/New_York') },
      client: { date: none, start: some('08:00'), end: some('08:45'), timeZone: none },
    });
    const unknownZone = staffLocal('Mars/Olympus', '2025-01-15', 900, 1000, { clientStartTime: 1430 });
    expect(appointmentLocalTimes(unknownZone)).toEqual({
      staff: { date: some('2025-01-15'), start: some('09:00'), end: some('10:00'), timeZone: none },
      client: { date: none, start: some('14:30'), end: none, timeZone: none },
    });
  });

  it('is all None for a body without times', () => {
    const empty = { date: none, start: none, end: none, timeZone: none };
    expect(appointmentLocalTimes(fixture('minimal-id-only.json'))).toEqual({ staff: empty, client: empty });
  });
});

describe('legacy time-zone ids', () => {
  const instants = [Date.UTC(2025, 0, 15, 12), Date.UTC(2025, 6, 15, 12), Date.UTC(2016, 9, 26, 21)];
  const offsetText = (zone: string, at: number) =>
    new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).format(at);

  const intlKnows = (id: string): boolean => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: id });
      return true;
    } catch {
      return false; // a smaller Intl build, or a Java-only id: the table is what makes the id work
    }
  };

  it.each(LEGACY_ZONE_IDS.filter(intlKnows).map((id) => [id]))('maps %s to a zone Intl knows, with the offsets Intl gives the legacy id', (id) => {
    const target = legacyZone(id);
    expect(resolveTimeZone(id)).toBe(target);
    expect(instants.map((at) => offsetText(target as string, at))).toEqual(instants.map((at) => offsetText(id, at)));
  });

  it.each(LEGACY_ZONE_IDS.map((id) => [id]))('maps %s to a zone Intl knows, whether or not Intl knows the legacy id itself', (id) => {
    const target = legacyZone(id);
    expect(resolveTimeZone(id)).toBe(target);
    expect([target, intlKnows(target as string)]).toEqual([expect.any(String), true]);
  });

  it('passes other ids to Intl as sent and rejects unknown or blank ones', () => {
    expect(resolveTimeZone('Asia/Calcutta')).toBe('Asia/Calcutta');
    expect(resolveTimeZone('Europe/London')).toBe('Europe/London');
    expect(resolveTimeZone('EST')).toBe('EST');
    expect(resolveTimeZone('Mars/Olympus')).toBeUndefined();
    expect(resolveTimeZone('   ')).toBeUndefined();
    expect(resolveTimeZone(42)).toBeUndefined();
    expect(resolveTimeZone('A'.repeat(100))).toBeUndefined();
  });
});
