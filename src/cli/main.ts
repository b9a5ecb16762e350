#!/usr/bin/env node
import { runCli } from './runCli';

// `timetap-webhooks inspect body.json | head -1`: once the reader has gone, writing fails with
// EPIPE. That is not an error of ours: stop quietly, with the exit code already decided.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

// `replay` answers with a promise of its exit code; the other commands answer at once.
void Promise.resolve(
  runCli(process.argv.slice(2), {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  }),
).then((code) => {
  process.exitCode = code;
});
