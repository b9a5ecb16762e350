import { appointmentId } from '../appointmentId';
import { appointmentStaff } from '../appointmentStaff';
import type { Appointment } from '../codecs/Appointment';
import { parseAppointmentWebhook } from '../parseAppointmentWebhook';
import type { WebhookDecodeError } from '../WebhookDecodeError';
import { readInput, type CliIo } from './runCli';

/** Prints a decode error with its paths (never values), one issue a line. */
export function printError(error: WebhookDecodeError, io: CliIo): void {
  io.err(`✗ ${error._tag}: ${error.message}`);
  if (error._tag === 'InvalidPayload') {
    for (const issue of error.issues) {
      io.err(`  - ${issue.path === '' ? '(root)' : issue.path}: expected ${issue.expected}, received ${issue.received}`);
    }
  }
}

/** The lines of the human summary of one appointment. */
export function summarize(appointment: Appointment): string[] {
  const staff = appointmentStaff(appointment);
  const lines = [
    `Appointment ${appointmentId(appointment)}`,
    `  status:   ${appointment.status ?? '(none)'}${appointment.subStatus ? ` / ${appointment.subStatus}` : ''}`,
    `  date:     ${appointment.startDate ?? '(unknown)'}  ${appointment.startTime ?? '?'}–${appointment.endTime ?? '?'} (staff time)`,
    `  client:   ${appointment.client?.fullName ?? '(unknown)'}`,
    `  staff:    ${staff._tag === 'Some' ? (staff.value.fullName ?? staff.value.userName ?? '(unnamed)') : '(none)'}`,
    `  service:  ${appointment.reason?.reasonDesc ?? '(unknown)'}`,
    `  location: ${appointment.location?.locationName ?? '(unknown)'}`,
  ];
  return lines;
}

/** `timetap-webhooks inspect <file|->`: decode a captured body and print a short summary. */
export function inspectCommand(args: ReadonlyArray<string>, io: CliIo): number {
  const [path] = args;
  if (path === undefined || args.length > 1) {
    io.err('Usage: timetap-webhooks inspect <file|->');
    return 2;
  }
  const bytes = readInput(path, io);
  if (bytes === undefined) return 2;
  const result = parseAppointmentWebhook(bytes);
  if (result._tag === 'Left') {
    printError(result.left, io);
    return 1;
  }
  for (const line of summarize(result.right)) io.out(line);
  return 0;
}
