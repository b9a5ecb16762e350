import { diffCommand } from './diffCommand';
import { inspectCommand } from './inspectCommand';
import { replayCommand } from './replayCommand';
import type { CliIo } from './CliIo';

const USAGE = [
  'Usage: timetap-webhooks <command> [arguments]',
  '',
  'Commands:',
  '  inspect <file|->         decode a captured webhook body and print a short summary',
  '  diff <before> <after>    what happened between two bodies of one appointment',
  '                           (--all: volatile keys too; one of them may be -)',
  '  replay <file|->          record captured bodies (one JSON body a line) in a memory',
  '                           event log and print its events (--json: as NDJSON)',
  '  help                     show this help',
  '',
  'Exit codes: 0 decoded, 1 the body did not decode, 2 usage or file error.',
].join('\n');

/**
 * The `timetap-webhooks` command line. Returns the exit code (a promise of it for `replay`): 0
 * when the body decoded, 1 when it did not, 2 for usage and file errors.
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
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      io.out(USAGE);
      return command === undefined ? 2 : 0;
    default:
      io.err(`Unknown command: ${command}\n\n${USAGE}`);
      return 2;
  }
}
