import { join } from 'node:path';
import { runCli } from '../../src/cli/runCli';
import { captureCli } from '../support/captureCli';
import { FIXTURES } from '../support/fixtures';

const cli = captureCli;

describe('timetap-webhooks inspect', () => {
  it('prints a summary and exits 0 for a body that decodes', () => {
    const { code, out, err } = cli(['inspect', join(FIXTURES, 'valid', 'booked.json')]);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toContain('88410237');
    expect(out).toContain('OPEN');
    expect(out).toContain('Jordan Reyes');
  });

  it('prints the error with its paths and exits 1 for a body that does not decode', () => {
    const { code, out, err } = cli(['inspect', join(FIXTURES, 'invalid', 'email-is-number.json')]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain('InvalidPayload');
    expect(err).toContain('client.emailAddress');
  });

  it('reads files from the file system by default', () => {
    const out: string[] = [];
    const code = runCli(['inspect', join(FIXTURES, 'valid', 'minimal-id-only.json')], { out: (l) => out.push(l), err: () => undefined });
    expect(code).toBe(0);
    expect(out.join('\n')).toContain('10909125');
  });

  it('reads standard input for -', () => {
    const { code, out } = cli(['inspect', '-'], new TextEncoder().encode('{"calendarid": 42, "status": "OPEN"}'));
    expect(code).toBe(0);
    expect(out).toContain('42');
  });

  it('exits 2 with a message for a missing file or missing argument', () => {
    expect(cli(['inspect', join(FIXTURES, 'nope.json')])).toMatchObject({ code: 2, err: expect.stringContaining('ENOENT') as unknown });
    expect(cli(['inspect']).code).toBe(2);
    expect(cli(['frobnicate']).code).toBe(2);
    expect(cli(['help'])).toMatchObject({ code: 0, out: expect.stringContaining('inspect') as unknown });
  });
});

// summarize (issue 3: times in both zones and answered custom fields, via the helpers)
import { summarize } from '../../src/cli/inspectCommand';
import { decodeAppointment } from '../support/decodeAppointment';
import { readValid } from '../support/fixtures';

describe('summarize', () => {
  const summary = (file: string): string[] => summarize(decodeAppointment(readValid(file)));

  it('shows start and end in the staff zone, the client zone and UTC', () => {
    const lines = summary('booked.json');
    expect(lines).toContain('  staff time:  2025-04-15 10:00–10:45 (America/New_York)');
    expect(lines).toContain('  client time: 2025-04-15 09:00–09:45 (America/Chicago)');
    expect(lines).toContain('  UTC:         2025-04-15T14:00:00Z – 2025-04-15T14:45:00Z (from utc)');
  });

  it('resolves legacy zones and reads apptDateTime as UTC', () => {
    const lines = summary('legacy-2016-shape.json');
    expect(lines).toContain('  staff time:  2016-10-26 17:00–18:00 (America/New_York)');
    expect(lines).toContain('  UTC:         2016-10-26T21:00:00Z – 2016-10-26T22:00:00Z (from apptDateTime)');
  });

  it('lists the answered custom fields by label, one line each, and leaves out unanswered ones', () => {
    const lines = summary('custom-fields-messy.json');
    const start = lines.indexOf('  fields:');
    expect(start).toBeGreaterThan(0);
    const fields = lines.slice(start + 1);
    expect(fields).toContain('    Session   TYPE: Video call');
    expect(fields).toContain('    Email: priya@example.com'); // answered only in client.fields
    expect(fields).toContain('    Caf\u0065\u0301 allergies: Oat milk only\\nNo nuts'); // newline escaped
    expect(fields.some((l) => l.includes('Parking needed') || l.includes('Anything else?'))).toBe(false);
    expect(fields).toHaveLength(11);
  });

  it('says what is unknown instead of guessing', () => {
    const lines = summary('minimal-id-only.json');
    expect(lines).toContain('  staff time:  (unknown)');
    expect(lines).toContain('  UTC:         (unknown)');
    expect(lines).toContain('  fields:      (none answered)');
    expect(summary('documented-example.json')).toContain('  client time: ? 08:00–08:45 (zone unknown)');
  });
});
