import {
  appointmentFingerprint,
  appointmentId,
  classifyAppointmentChange,
  diffAppointments,
  isStaleDelivery,
  parseAppointmentWebhook,
  type Appointment,
  type AppointmentChange,
  type AppointmentSlot,
} from 'timetap-webhooks';
import { printError } from './printError';
import type { CliIo } from './CliIo';
import { readInput } from './readInput';

const USAGE = 'Usage: timetap-webhooks diff [--all] <before|-> <after|->';
const MAX_VALUE_CHARS = 80;

/** A value for one line: JSON, cut at 80 characters; `(absent)` for a missing key. */
function show(value: unknown, present: boolean): string {
  if (!present) return '(absent)';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 1)}…` : text;
}

function changeLine(change: AppointmentChange): string {
  return `  ${change.path}: ${show(change.before, change.kind !== 'added')} -> ${show(change.after, change.kind !== 'removed')}`;
}

function when(slot: AppointmentSlot): string {
  return `${String(slot.startDate ?? '?')} ${String(slot.startTime ?? '?')}-${String(slot.endTime ?? '?')}`;
}

function load(path: string, io: CliIo): Appointment | number {
  const bytes = readInput(path, io);
  if (bytes === undefined) return 2;
  const result = parseAppointmentWebhook(bytes);
  if (result._tag === 'Left') {
    io.err(`${path === '-' ? 'standard input' : path}:`);
    printError(result.left, io);
    return 1;
  }
  return result.right;
}

/**
 * `timetap-webhooks diff [--all] <before> <after>`: decode two captured bodies of one appointment
 * and print what happened between them (the classification and its facts) and the changes, one
 * `path: before -> after` a line. Volatile keys are left out unless `--all` is given. Exit 0 on
 * success, 1 when a body does not decode, 2 for usage and file errors.
 */
export function diffCommand(args: ReadonlyArray<string>, io: CliIo): number {
  const all = args.includes('--all');
  const paths = args.filter((a) => a !== '--all');
  const [beforePath, afterPath] = paths;
  if (beforePath === undefined || afterPath === undefined || paths.length !== 2 || (beforePath === '-' && afterPath === '-')) {
    io.err(USAGE);
    return 2;
  }
  const before = load(beforePath, io);
  if (typeof before === 'number') return before;
  const after = load(afterPath, io);
  if (typeof after === 'number') return after;

  const summary = classifyAppointmentChange(before, after);
  const yesNo = (b: boolean): string => (b ? 'yes' : 'no');
  io.out(`Appointment ${appointmentId(after)}: ${summary.kind}`);
  if (appointmentId(before) !== appointmentId(after)) {
    io.out(`  note: the bodies are two appointments (${appointmentId(before)} and ${appointmentId(after)})`);
  } else if (isStaleDelivery(before, after)) {
    io.out('  note: <after> is older than <before> (a stale delivery: a handler would drop it)');
  }
  io.out(`  status:      ${summary.statusChanged._tag === 'Some' ? `${summary.statusChanged.value.from ?? '(none)'} -> ${summary.statusChanged.value.to ?? '(none)'}` : 'unchanged'}`);
  io.out(`  time:        ${summary.rescheduled._tag === 'Some' ? `${when(summary.rescheduled.value.from)} -> ${when(summary.rescheduled.value.to)}` : 'unchanged'}`);
  io.out(`  changed:     staff ${yesNo(summary.staffChanged)}, location ${yesNo(summary.locationChanged)}, service ${yesNo(summary.reasonChanged)}, client ${yesNo(summary.clientChanged)}`);
  for (const field of summary.customFields) {
    io.out(`  answer ${field.id} (${field.label ?? 'no label'}): ${show(field.before, field.before !== null)} -> ${show(field.after, field.after !== null)}`);
  }
  io.out(`  fingerprint: ${appointmentFingerprint(before)} -> ${appointmentFingerprint(after)}`);
  const changes = all ? diffAppointments(before, after) : summary.changes;
  io.out(`Changes (${changes.length}${all ? ', volatile keys included' : ', volatile keys left out; --all shows them'}):`);
  for (const change of changes) io.out(changeLine(change));
  return 0;
}
