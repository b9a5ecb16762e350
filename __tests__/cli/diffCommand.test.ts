import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { captureCli as cli } from '../support/captureCli';
import { FIXTURES } from '../support/fixtures';

const valid = (name: string): string => join(FIXTURES, 'valid', name);

describe('timetap-webhooks diff', () => {
  it('prints the classification, the facts and the changes, and exits 0', () => {
    const { code, out, err } = cli(['diff', valid('booked.json'), valid('rescheduled.json')]);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toContain('Appointment 88410237: rescheduled');
    expect(out).toContain('2025-04-15T00:00:00 1000-1045 -> 2025-04-17T00:00:00 1430-1515');
    expect(out).toContain('staff yes');
    expect(out).toContain('  startTime: 1000 -> 1430');
    expect(out).toContain('  professional.professionalId: 61207 -> 61233');
    expect(out).not.toContain('updateSequence');
  });

  it('shows the volatile keys with --all, and added or removed keys as (absent)', () => {
    const { code, out } = cli(['diff', '--all', '--show-personal', valid('rescheduled.json'), valid('cancelled.json')]);
    expect(code).toBe(0);
    expect(out).toContain('Appointment 88410237: cancelled');
    expect(out).toContain('  status:      OPEN -> CANCELLED');
    expect(out).toContain('  updateSequence: 1 -> 2');
    expect(out).toContain('  cancelUser: (absent) -> "WebClient"');
  });

  it('lists changed custom-field answers with their labels', () => {
    const { out } = cli(['diff', '--show-personal', valid('booked.json'), valid('answers-edited.json')]);
    expect(out).toContain('Appointment 88410237: updated');
    expect(out).toContain('  answer 510004 (Mobile Phone): "312-555-0147" -> "312-555-0199"');
    expect(out).toContain('  answer 520105 (Comments): (absent) -> "Running late is possible, parking is hard."');
    expect(out).toContain('  fields[id=520102].value: ');
  });

  it('says when the second body is older than the first, and when nothing changed', () => {
    expect(cli(['diff', valid('cancelled.json'), valid('booked.json')]).out).toContain('a stale delivery');
    const same = cli(['diff', valid('booked.json'), valid('reminder-sent.json')]);
    expect(same.out).toContain('Appointment 88410237: unchanged');
    expect(same.out).toContain('Changes (0');
  });

  it('reads one of the bodies from standard input', () => {
    const { code, out } = cli(['diff', valid('booked.json'), '-'], readFileSync(valid('rescheduled.json')));
    expect(code).toBe(0);
    expect(out).toContain(': rescheduled');
  });

  it('exits 1 and names the file when a body does not decode', () => {
    const { code, out, err } = cli(['diff', valid('booked.json'), join(FIXTURES, 'invalid', 'email-is-number.json')]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain('email-is-number.json');
    expect(err).toContain('client.emailAddress');
  });

  it('exits 2 for a missing file or wrong arguments', () => {
    expect(cli(['diff', valid('booked.json'), valid('nope.json')])).toMatchObject({ code: 2, err: expect.stringContaining('ENOENT') as unknown });
    expect(cli(['diff', valid('booked.json')]).code).toBe(2);
    expect(cli(['diff', '-', '-']).code).toBe(2);
    expect(cli(['diff', 'a', 'b', 'c']).code).toBe(2);
    expect(cli(['help']).out).toContain('diff');
  });

  it('refuses two different appointments with a clear message and exit 2', () => {
    const { code, out, err } = cli(['diff', valid('booked.json'), valid('sleep-study-overnight.json')]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe(
      'timetap-webhooks diff: the bodies are two different appointments (88410237 and 88413050); diff compares two deliveries of one appointment.',
    );
  });

  it('redacts personal values (names, phones, answers) unless --show-personal is given, and keeps statuses, times and ids', () => {
    const hidden = cli(['diff', '--all', valid('booked.json'), valid('answers-edited.json')]);
    expect(hidden.code).toBe(0);
    for (const personal of ['312-555', 'Shoulder', 'parking', 'Running late']) expect(hidden.out).not.toContain(personal);
    expect(hidden.out).toContain('  answer 510004 (Mobile Phone): [redacted: 12 characters] -> [redacted: 12 characters]');
    expect(hidden.out).toContain('  fieldDataList[id=520105]: (absent) -> [redacted object]');
    expect(hidden.out).toContain('--show-personal prints them');
    const moved = cli(['diff', '--all', valid('rescheduled.json'), valid('cancelled.json')]);
    expect(moved.out).toContain('  status:      OPEN -> CANCELLED');
    expect(moved.out).toContain('  updateSequence: 1 -> 2');
    expect(moved.out).toContain('  cancelUser: (absent) -> [redacted: 9 characters]');
    expect(cli(['diff', valid('booked.json'), valid('rescheduled.json')]).out).toContain('  startDate: "2025-04-15T00:00:00" -> "2025-04-17T00:00:00"');
  });

  it('prints its own help, refuses unknown options, and takes --max-bytes', () => {
    expect(cli(['diff', '--help'])).toMatchObject({ code: 0, out: expect.stringContaining('Usage: timetap-webhooks diff [options]') as unknown });
    expect(cli(['help', 'diff']).out).toContain('--show-personal');
    expect(cli(['diff', '--frobnicate', valid('booked.json'), valid('booked.json')])).toMatchObject({
      code: 2,
      err: expect.stringContaining('unknown option --frobnicate') as unknown,
    });
    expect(cli(['diff', '--max-bytes', '100', valid('booked.json'), valid('rescheduled.json')])).toMatchObject({
      code: 1,
      err: expect.stringContaining('PayloadTooLarge') as unknown,
    });
    expect(cli(['diff', '--max-bytes=nope', valid('booked.json'), valid('rescheduled.json')]).code).toBe(2);
  });

  it('marks an end before the start as the next day in a reschedule', () => {
    const overnight = JSON.parse(readFileSync(valid('sleep-study-overnight.json'), 'utf8')) as Record<string, unknown>;
    const moved = { ...overnight, startTime: 2200, endTime: 700, updateSequence: Number(overnight['updateSequence'] ?? 0) + 1 };
    const { code, out } = cli(['diff', valid('sleep-study-overnight.json'), '-'], new TextEncoder().encode(JSON.stringify(moved)));
    expect(code).toBe(0);
    expect(out).toMatch(/ 2100-600 \(\+1 day\) -> \S+ 2200-700 \(\+1 day\)/);
  });
});
