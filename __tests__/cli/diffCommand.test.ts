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
    const { code, out } = cli(['diff', '--all', valid('rescheduled.json'), valid('cancelled.json')]);
    expect(code).toBe(0);
    expect(out).toContain('Appointment 88410237: cancelled');
    expect(out).toContain('  status:      OPEN -> CANCELLED');
    expect(out).toContain('  updateSequence: 1 -> 2');
    expect(out).toContain('  cancelUser: (absent) -> "WebClient"');
  });

  it('lists changed custom-field answers with their labels', () => {
    const { out } = cli(['diff', valid('booked.json'), valid('answers-edited.json')]);
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
});
