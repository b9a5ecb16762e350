import { isSome, type Option } from 'fp-ts/lib/Option.js';
import {
  DEFAULT_MAX_BYTES,
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
import { parseArguments, parseMaxBytes } from './parseArguments';
import { printError } from './printError';
import { readInput } from './readInput';
import { REDACTED_NOTE, redactedValue } from './redactedValue';

/** Control characters (newlines included) escaped, so one value stays on one line. */
function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) =>
    c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function orElse(option: Option<string>, fallback: string): string {
  return isSome(option) ? option.value : fallback;
}

/** `HH:MM` to minutes, for ordering start and end. */
const minutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * `2025-04-15 10:00–10:45 (America/New_York)`, `?` for each unknown part; an end before the start
 * is on the next day: `21:00–06:00 (+1 day)`.
 */
function describeLocal(times: LocalTimes): string {
  const parts = [times.date, times.start, times.end, times.timeZone];
  if (!parts.some(isSome)) return '(unknown)';
  const nextDay = isSome(times.start) && isSome(times.end) && minutes(times.end.value) < minutes(times.start.value) ? ' (+1 day)' : '';
  const when = `${orElse(times.date, '?')} ${orElse(times.start, '?')}–${orElse(times.end, '?')}${nextDay}`;
  return `${when} (${orElse(times.timeZone, 'zone unknown')})`;
}

const isoSeconds = (date: Date): string => date.toISOString().replace('.000Z', 'Z');

/** How {@link summarize} prints personal values. */
export interface SummarizeOptions {
  /** Print names and custom-field answers instead of redacting them. Default `false`. */
  readonly showPersonal?: boolean;
}

/**
 * The lines of the human summary of one appointment. Names and answers are redacted unless
 * `showPersonal` is set: bodies hold names, emails, phones and dates of birth, and a summary
 * ends up in terminals, tickets and logs.
 */
export function summarize(appointment: Appointment, options: SummarizeOptions = {}): string[] {
  const showPersonal = options.showPersonal === true;
  const personal = (text: string | null | undefined, id: unknown): string => {
    if (text === null || text === undefined) return '(unknown)';
    if (showPersonal) return text;
    return `[redacted]${typeof id === 'number' ? ` (id ${id})` : ''}`;
  };
  const staff = appointmentStaff(appointment);
  const local = appointmentLocalTimes(appointment);
  const interval = appointmentInterval(appointment);
  const staffName = staff._tag === 'Some' ? (staff.value.fullName ?? staff.value.userName ?? null) : undefined;
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
    `  client:      ${personal(appointment.client?.fullName, appointment.client?.clientId)}`,
    `  staff:       ${staff._tag === 'Some' ? (staffName === null ? '(unnamed)' : personal(staffName, staff.value.professionalId)) : '(none)'}`,
    `  service:     ${appointment.reason?.reasonDesc ?? '(unknown)'}`,
    `  location:    ${appointment.location?.locationName ?? '(unknown)'}`,
  ];
  const answers = Object.entries(customFieldValues(appointment, { key: 'label' }));
  if (answers.length === 0) lines.push('  fields:      (none answered)');
  else {
    lines.push('  fields:');
    for (const [label, value] of answers) lines.push(`    ${oneLine(label)}: ${showPersonal ? oneLine(value) : redactedValue(value)}`);
  }
  if (!showPersonal) lines.push(REDACTED_NOTE);
  return lines;
}

const USAGE = [
  'Usage: timetap-webhooks inspect [options] <file|->',
  '',
  'Decodes a captured webhook body (a file, or - for standard input) and prints a short summary:',
  'status, times in the staff and client zones and UTC, who, what, where, and the answered custom',
  'fields. If the body does not decode, prints the error with its paths (never values).',
  '',
  'Options:',
  '  --show-personal   print names and custom-field answers (redacted by default)',
  `  --max-bytes N     the largest body accepted, in bytes (default ${DEFAULT_MAX_BYTES}, 1 MiB)`,
  '  -h, --help        show this help',
  '',
  'Exit codes: 0 decoded, 1 the body did not decode, 2 usage or file error.',
].join('\n');

/** `timetap-webhooks inspect [--show-personal] [--max-bytes N] <file|->`: decode a captured body and print a short summary. */
export function inspectCommand(args: ReadonlyArray<string>, io: CliIo): number {
  const parsed = parseArguments(args, { flags: ['--show-personal'], options: ['--max-bytes'] });
  if (parsed.ok && parsed.help) {
    io.out(USAGE);
    return 0;
  }
  const limit = parseMaxBytes(parsed.ok ? parsed.options.get('--max-bytes') : undefined);
  const [path] = parsed.ok ? parsed.positionals : [];
  if (!parsed.ok || 'problem' in limit || path === undefined || parsed.positionals.length > 1) {
    const problem = !parsed.ok ? parsed.problem : 'problem' in limit ? limit.problem : path === undefined ? 'a file (or -) is needed' : 'one file at a time';
    io.err(`timetap-webhooks inspect: ${problem}.\n\n${USAGE}`);
    return 2;
  }
  const bytes = readInput(path, io);
  if (bytes === undefined) return 2;
  const result = parseAppointmentWebhook(bytes, limit);
  if (result._tag === 'Left') {
    printError(result.left, io);
    return 1;
  }
  for (const line of summarize(result.right, { showPersonal: parsed.flags.has('--show-personal') })) io.out(line);
  return 0;
}
