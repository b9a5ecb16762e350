import {
  DEFAULT_MAX_BYTES,
  appointmentFingerprint,
  appointmentId,
  classifyAppointmentChange,
  diffAppointments,
  isStaleDelivery,
  parseAppointmentWebhook,
  type Appointment,
  type AppointmentSlot,
} from 'timetap-webhooks';
import type { CliIo } from './CliIo';
import { parseArguments, parseMaxBytes } from './parseArguments';
import { printError } from './printError';
import { readInput } from './readInput';
import { isPersonalPath, REDACTED_NOTE, redactedValue } from './redactedValue';

const USAGE = [
  'Usage: timetap-webhooks diff [options] <before|-> <after|->',
  '',
  'Decodes two captured bodies of ONE appointment (two deliveries; one of them may be - for',
  'standard input) and prints what happened between them: the kind (created, rescheduled,',
  'cancelled, ...), the status and time changes, what else changed, the changed custom-field',
  'answers and every changed path.',
  '',
  'Options:',
  '  --all             include the volatile keys (timestamps, sequence numbers)',
  '  --show-personal   print names, emails, phones and answers (redacted by default)',
  `  --max-bytes N     the largest body accepted, in bytes (default ${DEFAULT_MAX_BYTES}, 1 MiB)`,
  '  -h, --help        show this help',
  '',
  'Exit codes: 0 compared, 1 a body did not decode, 2 usage or file error, or bodies of two',
  'different appointments.',
].join('\n');
const MAX_VALUE_CHARS = 80;

/** A value for one line: JSON, cut at 80 characters; `(absent)` for a missing key; personal values redacted unless shown. */
function show(value: unknown, present: boolean, personal: boolean): string {
  if (!present) return '(absent)';
  if (personal) return redactedValue(value);
  const text = JSON.stringify(value) ?? String(value);
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 1)}…` : text;
}

/** `2025-04-15T00:00:00 1000-1045`; an end before the start is on the next day: `2100-0600 (+1 day)`. */
function when(slot: AppointmentSlot): string {
  const nextDay = typeof slot.startTime === 'number' && typeof slot.endTime === 'number' && slot.endTime < slot.startTime ? ' (+1 day)' : '';
  return `${String(slot.startDate ?? '?')} ${String(slot.startTime ?? '?')}-${String(slot.endTime ?? '?')}${nextDay}`;
}

function load(path: string, io: CliIo, maxBytes: { readonly maxBytes?: number }): Appointment | number {
  const bytes = readInput(path, io);
  if (bytes === undefined) return 2;
  const result = parseAppointmentWebhook(bytes, maxBytes);
  if (result._tag === 'Left') {
    io.err(`${path === '-' ? 'standard input' : path}:`);
    printError(result.left, io);
    return 1;
  }
  return result.right;
}

/**
 * `timetap-webhooks diff [--all] [--show-personal] [--max-bytes N] <before> <after>`: decode two
 * captured bodies of one appointment and print what happened between them (the classification
 * and its facts) and the changes, one `path: before -> after` a line. Volatile keys are left out
 * unless `--all` is given; personal values are redacted unless `--show-personal` is given. Exit 0
 * on success, 1 when a body does not decode, 2 for usage and file errors and for two bodies of
 * different appointments (there is nothing to classify between them).
 */
export function diffCommand(args: ReadonlyArray<string>, io: CliIo): number {
  const parsed = parseArguments(args, { flags: ['--all', '--show-personal'], options: ['--max-bytes'] });
  if (parsed.ok && parsed.help) {
    io.out(USAGE);
    return 0;
  }
  const limit = parseMaxBytes(parsed.ok ? parsed.options.get('--max-bytes') : undefined);
  const [beforePath, afterPath] = parsed.ok ? parsed.positionals : [];
  if (!parsed.ok || 'problem' in limit || beforePath === undefined || afterPath === undefined || parsed.positionals.length !== 2 || (beforePath === '-' && afterPath === '-')) {
    const problem = !parsed.ok
      ? parsed.problem
      : 'problem' in limit
        ? limit.problem
        : parsed.positionals.length !== 2
          ? `two bodies are needed, ${parsed.positionals.length} given`
          : 'only one of the bodies can come from standard input';
    io.err(`timetap-webhooks diff: ${problem}.\n\n${USAGE}`);
    return 2;
  }
  const before = load(beforePath, io, limit);
  if (typeof before === 'number') return before;
  const after = load(afterPath, io, limit);
  if (typeof after === 'number') return after;
  if (appointmentId(before) !== appointmentId(after)) {
    io.err(
      `timetap-webhooks diff: the bodies are two different appointments (${appointmentId(before)} and ${appointmentId(after)}); ` +
        'diff compares two deliveries of one appointment.',
    );
    return 2;
  }

  const all = parsed.flags.has('--all');
  const showPersonal = parsed.flags.has('--show-personal');
  const summary = classifyAppointmentChange(before, after);
  const yesNo = (b: boolean): string => (b ? 'yes' : 'no');
  io.out(`Appointment ${appointmentId(after)}: ${summary.kind}`);
  if (isStaleDelivery(before, after)) {
    io.out('  note: <after> is older than <before> (a stale delivery: a handler would drop it)');
  }
  io.out(`  status:      ${summary.statusChanged._tag === 'Some' ? `${summary.statusChanged.value.from ?? '(none)'} -> ${summary.statusChanged.value.to ?? '(none)'}` : 'unchanged'}`);
  io.out(`  time:        ${summary.rescheduled._tag === 'Some' ? `${when(summary.rescheduled.value.from)} -> ${when(summary.rescheduled.value.to)}` : 'unchanged'}`);
  io.out(`  changed:     staff ${yesNo(summary.staffChanged)}, location ${yesNo(summary.locationChanged)}, service ${yesNo(summary.reasonChanged)}, client ${yesNo(summary.clientChanged)}`);
  for (const field of summary.customFields) {
    io.out(`  answer ${field.id} (${field.label ?? 'no label'}): ${show(field.before, field.before !== null, !showPersonal)} -> ${show(field.after, field.after !== null, !showPersonal)}`);
  }
  io.out(`  fingerprint: ${appointmentFingerprint(before)} -> ${appointmentFingerprint(after)}`);
  const changes = all ? diffAppointments(before, after) : summary.changes;
  io.out(`Changes (${changes.length}${all ? ', volatile keys included' : ', volatile keys left out; --all shows them'}):`);
  for (const change of changes) {
    const personal = !showPersonal && isPersonalPath(change.path);
    io.out(`  ${change.path}: ${show(change.before, change.kind !== 'added', personal)} -> ${show(change.after, change.kind !== 'removed', personal)}`);
  }
  if (!showPersonal) io.out(REDACTED_NOTE);
  return 0;
}
