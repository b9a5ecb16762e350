import { isSome, type Option } from 'fp-ts/lib/Option.js';
import {
  appointmentId,
  appointmentInterval,
  appointmentLocalTimes,
  appointmentStaff,
  customFieldValues,
  parseAppointmentWebhook,
  type Appointment,
  type LocalTimes,
} from 'timetap-webhooks';
import type { CliIo } from './CliIo';
import { printError } from './printError';
import { readInput } from './readInput';

/** Control characters (newlines included) escaped, so one value stays on one line. */
function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) =>
    c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function orElse(option: Option<string>, fallback: string): string {
  return isSome(option) ? option.value : fallback;
}

/** `2025-04-15 10:00–10:45 (America/New_York)`, `?` for each unknown part. */
function describeLocal(times: LocalTimes): string {
  const parts = [times.date, times.start, times.end, times.timeZone];
  if (!parts.some(isSome)) return '(unknown)';
  const when = `${orElse(times.date, '?')} ${orElse(times.start, '?')}–${orElse(times.end, '?')}`;
  return `${when} (${orElse(times.timeZone, 'zone unknown')})`;
}

const isoSeconds = (date: Date): string => date.toISOString().replace('.000Z', 'Z');

/** The lines of the human summary of one appointment (a local debugging aid: values are printed). */
export function summarize(appointment: Appointment): string[] {
  const staff = appointmentStaff(appointment);
  const local = appointmentLocalTimes(appointment);
  const interval = appointmentInterval(appointment);
  const lines = [
    `Appointment ${appointmentId(appointment)}`,
    `  status:      ${appointment.status ?? '(none)'}${appointment.subStatus ? ` / ${appointment.subStatus}` : ''}`,
    `  staff time:  ${describeLocal(local.staff)}`,
    `  client time: ${describeLocal(local.client)}`,
    `  UTC:         ${
      isSome(interval)
        ? `${isoSeconds(interval.value.start)} – ${isoSeconds(interval.value.end)} (from ${interval.value.source})`
        : '(unknown)'
    }`,
    `  client:      ${appointment.client?.fullName ?? '(unknown)'}`,
    `  staff:       ${staff._tag === 'Some' ? (staff.value.fullName ?? staff.value.userName ?? '(unnamed)') : '(none)'}`,
    `  service:     ${appointment.reason?.reasonDesc ?? '(unknown)'}`,
    `  location:    ${appointment.location?.locationName ?? '(unknown)'}`,
  ];
  const answers = Object.entries(customFieldValues(appointment, { key: 'label' }));
  if (answers.length === 0) lines.push('  fields:      (none answered)');
  else {
    lines.push('  fields:');
    for (const [label, value] of answers) lines.push(`    ${oneLine(label)}: ${oneLine(value)}`);
  }
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
