import { captureCli as cli } from '../support/captureCli';

describe('runCli', () => {
  it('prints the version for --version, -v and version', () => {
    for (const flag of ['--version', '-v', 'version']) {
      const { code, out, err } = cli([flag]);
      expect({ flag, code, err }).toEqual({ flag, code: 0, err: '' });
      // From the sources the version is `development`; dist/cli.js carries package.json's (see main.test.ts).
      expect(out).toMatch(/^timetap-webhooks (development|\d+\.\d+\.\d+\S*)$/);
    }
  });

  it('prints the help for help, --help and -h (exit 0), and on standard error without a command (exit 2)', () => {
    for (const flag of ['help', '--help', '-h']) expect(cli([flag])).toMatchObject({ code: 0, out: expect.stringContaining('Commands:') as unknown, err: '' });
    expect(cli([])).toMatchObject({ code: 2, out: '', err: expect.stringContaining('Commands:') as unknown });
    expect(cli(['help'])).toMatchObject({ out: expect.stringContaining('--version') as unknown });
  });

  it("gives each command's help for help <command>, and refuses an unknown one", () => {
    expect(cli(['help', 'inspect']).out).toContain('Usage: timetap-webhooks inspect');
    expect(cli(['help', 'diff']).out).toContain('Usage: timetap-webhooks diff');
    expect(cli(['help', 'frobnicate'])).toMatchObject({ code: 2, err: expect.stringContaining('Unknown command: frobnicate') as unknown });
  });
});
