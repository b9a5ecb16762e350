import { join } from 'node:path';
import { runCli } from '../src/cli/runCli';
import { FIXTURES } from './support/fixtures';

function cli(args: string[], stdin?: Uint8Array) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(args, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    ...(stdin === undefined ? {} : { read: (p: string) => (p === '-' ? stdin : require('node:fs').readFileSync(p)) }),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

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
