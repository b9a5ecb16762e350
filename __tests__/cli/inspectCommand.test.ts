import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_MAX_BYTES } from '../../src';
import { runCli } from '../../src/cli/runCli';
import { captureCli } from '../support/captureCli';
import { FIXTURES } from '../support/fixtures';

const cli = captureCli;

describe('timetap-webhooks inspect', () => {
  it('prints a summary and exits 0 for a body that decodes', () => {
    const { code, out, err } = cli(['inspect', '--show-personal', join(FIXTURES, 'valid', 'booked.json')]);
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

  it('says in words why a file cannot be read: missing, a directory', () => {
    expect(cli(['inspect', join(FIXTURES, 'nope.json')]).err).toBe(`Cannot read ${join(FIXTURES, 'nope.json')}: no such file (ENOENT).`);
    expect(cli(['inspect', FIXTURES]).err).toBe(`Cannot read ${FIXTURES}: it is a directory, not a file (EISDIR).`);
    const realFs = runCli(['inspect', FIXTURES], { out: () => undefined, err: (line) => expect(line).toContain('a directory') });
    expect(realFs).toBe(2);
  });

  it('prints its own help for --help and -h, and never reads a file named like an option', () => {
    for (const args of [['inspect', '--help'], ['inspect', '-h'], ['help', 'inspect'], ['inspect', 'x.json', '--help']]) {
      const { code, out, err } = cli(args);
      expect({ args, code, err }).toEqual({ args, code: 0, err: '' });
      expect(out).toContain('Usage: timetap-webhooks inspect [options] <file|->');
      expect(out).toContain('--show-personal');
      expect(out).toContain('--max-bytes N');
    }
    const unknown = cli(['inspect', '--frobnicate', join(FIXTURES, 'valid', 'booked.json')]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('unknown option --frobnicate');
    expect(unknown.err).not.toContain('Cannot read');
  });

  it('redacts names and custom-field answers unless --show-personal is given', () => {
    const body = join(FIXTURES, 'valid', 'custom-fields-messy.json');
    const hidden = cli(['inspect', body]);
    expect(hidden.code).toBe(0);
    for (const personal of ['Priya', 'priya@example.com', '98765', 'Hannah', 'Oat milk', 'knee']) expect(hidden.out).not.toContain(personal);
    expect(hidden.out).toContain('  client:      [redacted] (id 3319001)');
    expect(hidden.out).toContain('    Email: [redacted: 17 characters]');
    expect(hidden.out).toContain('--show-personal prints them');
    expect(hidden.out).toContain('  service:     Yoga therapy (1:1)');
    const shown = cli(['inspect', '--show-personal', body]);
    expect(shown.out).toContain('  client:      Priya Raman');
    expect(shown.out).toContain('    Email: priya@example.com');
    expect(shown.out).not.toContain('[redacted');
  });

  it('takes --max-bytes N to raise or lower the 1 MiB limit, and refuses a value that is not a positive whole number', () => {
    const booked = join(FIXTURES, 'valid', 'booked.json');
    const size = readFileSync(booked).length;
    expect(cli(['inspect', '--max-bytes', String(size - 1), booked])).toMatchObject({ code: 1, err: expect.stringContaining('PayloadTooLarge') as unknown });
    expect(cli(['inspect', `--max-bytes=${size}`, booked]).code).toBe(0);
    const big = new TextEncoder().encode(`{"calendarid": 42, "note": "${'x'.repeat(DEFAULT_MAX_BYTES)}"}`);
    expect(cli(['inspect', '-'], big)).toMatchObject({ code: 1, err: expect.stringContaining('PayloadTooLarge') as unknown });
    expect(cli(['inspect', '--max-bytes', String(2 * DEFAULT_MAX_BYTES), '-'], big).code).toBe(0);
    for (const bad of ['0', '-1', '1e6', 'ten', '1.5', '']) {
      const { code, err } = cli(['inspect', `--max-bytes=${bad}`, booked]);
      expect({ bad, code }).toEqual({ bad, code: 2 });
      expect(err).toMatch(/--max-bytes (takes a positive whole number|needs a value)/);
    }
    expect(cli(['inspect', booked, '--max-bytes']).err).toContain('--max-bytes needs a value');
  });

  it('marks an end before the start as the next day', () => {
    const { out } = cli(['inspect', join(FIXTURES, 'valid', 'sleep-study-overnight.json')]);
    expect(out).toContain('  staff time:  2025-11-01 21:00–06:00 (+1 day) (America/New_York)');
    expect(out).toContain('  client time: 2025-11-01 20:00–05:00 (+1 day) (America/Chicago)');
    expect(cli(['inspect', join(FIXTURES, 'valid', 'booked.json')]).out).not.toContain('+1 day');
  });
});

// summarize: times in both zones and answered custom fields, via the helpers
import { summarize } from '../../src/cli/inspectCommand';
import { decodeAppointment } from '../support/decodeAppointment';
import { readValid } from '../support/fixtures';

describe('summarize', () => {
  const summary = (file: string): string[] => summarize(decodeAppointment(readValid(file)), { showPersonal: true });

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
