import type { WebhookDecodeError } from 'timetap-webhooks';
import type { CliIo } from './CliIo';

/** Prints a decode error with its paths (never values), one issue a line. */
export function printError(error: WebhookDecodeError, io: CliIo): void {
  io.err(`✗ ${error._tag}: ${error.message}`);
  if (error._tag === 'InvalidPayload') {
    for (const issue of error.issues) {
      io.err(`  - ${issue.path === '' ? '(root)' : issue.path}: expected ${issue.expected}, received ${issue.received}`);
    }
  }
}
