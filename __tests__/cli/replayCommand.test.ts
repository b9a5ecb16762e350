import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { captureCliAsync as cli } from '../support/captureCli';
import { FIXTURES } from '../support/fixtures';

const deliveries = join(FIXTURES, 'deliveries');
const clinicDay = join(deliveries, 'clinic-day.ndjson');
const body = (name: string): string => JSON.stringify(JSON.parse(readFileSync(join(FIXTURES, 'valid', name), 'utf8')));

describe('timetap-webhooks replay', () => {
  it('prints one line per event, in sequence order, then the counts, and exits 0', async () => {
    const { code, out, err } = await cli(['replay', clinicDay]);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out.split('\n')).toEqual([
      '#1 appointment 88410237 created: status OPEN, 2025-04-15T00:00:00 1000-1045',
      '#2 appointment 88413050 created: status OPEN, 2025-11-01T00:00:00 2100-600',
      '#3 appointment 88410237 rescheduled: time 2025-04-15T00:00:00 1000-1045 -> 2025-04-17T00:00:00 1430-1515; staff changed',
      '#4 appointment 88413050 updated: changed note',
      '#5 appointment 88410237 cancelled: status OPEN -> CANCELLED',
      '5 recorded, 2 duplicate, 2 stale, 0 rejected',
    ]);
  });

  it('prints the events as NDJSON with --json, the counts on standard error', async () => {
    const { code, out, err } = await cli(['replay', '--json', clinicDay]);
    expect(code).toBe(0);
    const events = out.split('\n').map((line) => JSON.parse(line) as { sequence: number; kind: string; previousFingerprint: string | null });
    expect(events.map((e) => `${e.sequence} ${e.kind}`)).toEqual(['1 created', '2 created', '3 rescheduled', '4 updated', '5 cancelled']);
    expect(events[0]?.previousFingerprint).toBeNull();
    expect(err).toBe('5 recorded, 2 duplicate, 2 stale, 0 rejected');
  });

  it('reports a bad line with its number and tag, goes on, and exits 1', async () => {
    const input = [body('booked.json'), '{"calendarid": "x"}', '', 'not json', '{"status":"OPEN"}', body('cancelled.json')].join('\r\n');
    const { code, out, err } = await cli(['replay', '-'], Buffer.from(input));
    expect(code).toBe(1);
    expect(err.split('\n').map((line) => line.slice(0, line.indexOf(':', 8)))).toEqual([
      'line 2: InvalidPayload',
      'line 4: InvalidJson',
      'line 5: InvalidPayload',
    ]);
    expect(out).toContain('#2 appointment 88410237 cancelled');
    expect(out).toContain('2 recorded, 0 duplicate, 0 stale, 3 rejected');
  });

  it('replays every shipped delivery log without a rejected line', async () => {
    const logs = readdirSync(deliveries).filter((f) => f.endsWith('.ndjson'));
    expect(logs.length).toBeGreaterThan(0);
    for (const log of logs) {
      const { code, out } = await cli(['replay', join(deliveries, log)]);
      expect(code).toBe(0);
      expect(out).toMatch(/\d+ recorded, \d+ duplicate, \d+ stale, 0 rejected$/);
    }
  });

  it('exits 2 for a missing file or wrong arguments', async () => {
    expect(await cli(['replay', join(deliveries, 'nope.ndjson')])).toMatchObject({ code: 2, err: expect.stringContaining('ENOENT') as unknown });
    expect((await cli(['replay'])).code).toBe(2);
    expect((await cli(['replay', clinicDay, clinicDay])).code).toBe(2);
    expect((await cli(['replay', '--jsn', clinicDay])).err).toContain('Usage: timetap-webhooks replay');
  });

  it('is listed in the help', async () => {
    expect((await cli(['help'])).out).toContain('replay <file|->');
  });
});
