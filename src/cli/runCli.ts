import { diffCommand } from './diffCommand';
import { inspectCommand } from './inspectCommand';
import { replayCommand } from './replayCommand';
import type { CliIo } from './CliIo';
import { packageVersion } from './packageVersion';

const USAGE = [
  'Usage: timetap-webhooks <command> [options] [arguments]',
  '',
  'Commands:',
  '  inspect <file|->         decode a captured webhook body and print a short summary',
  '  diff <before> <after>    what happened between two bodies of one appointment',
  '                           (--all: volatile keys too; one of them may be -)',
  '  replay <file|->          record captured bodies (one JSON body a line) in a memory',
  '                           event log and print its events (--json: as NDJSON)',
  '  help [command]           show this help, or a command\'s',
  '',
  'Options: --version prints the version; <command> --help shows a command\'s options',
  '(--show-personal, --max-bytes N, ...). Names, emails, phones and answers are redacted',
  'unless --show-personal is given.',
  '',
  'Exit codes: 0 decoded, 1 the body did not decode, 2 usage or file error.',
].join('\n');

/**
 * The `timetap-webhooks` command line. Returns the exit code (a promise of it for `replay`): 0
 * when the body decoded, 1 when it did not, 2 for usage and file errors. Each command is one
 * case below, given its own arguments.
 */
export function runCli(args: ReadonlyArray<string>, io: CliIo): number | Promise<number> {
  const [command, ...rest] = args;
  switch (command) {
    case 'inspect':
      return inspectCommand(rest, io);
    case 'diff':
      return diffCommand(rest, io);
    case 'replay':
      return replayCommand(rest, io);
    case '--version':
    case '-v':
    case 'version':
      io.out(`timetap-webhooks ${packageVersion}`);
      return 0;
    case 'help':
      // `help inspect` is `inspect --help`.
      return rest[0] !== undefined && rest[0] !== 'help' ? runCli([rest[0], '--help'], io) : (io.out(USAGE), 0);
    case '--help':
    case '-h':
      io.out(USAGE);
      return 0;
    case undefined:
      io.err(USAGE);
      return 2;
    default:
      io.err(`Unknown command: ${command}\n\n${USAGE}`);
      return 2;
  }
}
