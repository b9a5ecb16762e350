import {
  createAppointmentTracker,
  memoryAppointmentStore,
  parseAppointmentWebhook,
  TimeTapStoreError,
  type Appointment,
  type AppointmentEvent,
  type AppointmentSlot,
} from 'timetap-webhooks';
import type { CliIo } from './CliIo';
import { parseArguments, parseMaxBytes } from './parseArguments';
import { readInput } from './readInput';

const USAGE = [
  'Usage: timetap-webhooks replay [--json] [--max-bytes N] <deliveries.ndjson|->',
  '',
  'Records captured bodies (one JSON body a line, in arrival order) in an event log kept in',
  'memory, and prints its events: sequence, appointment, kind and the changed facts (no names,',
  'emails or answers), then the recorded / duplicate / stale / rejected counts.',
  '',
  'Options:',
  '  --json           print the events as NDJSON (the counts go to standard error)',
  '  --max-bytes N    the largest body a line may hold (default 1 MiB)',
  '',
  'Exit codes: 0 every line recorded or dropped, 1 a line was rejected, 2 usage or file error.',
].join('\n');
const MAX_PATHS = 4;

function when(slot: AppointmentSlot): string {
  return `${String(slot.startDate ?? '?')} ${String(slot.startTime ?? '?')}-${String(slot.endTime ?? '?')}`;
}

/** The facts of one event, for one line of the log (paths and statuses; no personal values). */
function facts(event: AppointmentEvent, appointment: Appointment): string {
  const s = event.summary;
  if (event.kind === 'created') {
    return `status ${String(appointment.status ?? appointment.displayStatus ?? '?')}, ${String(appointment.startDate ?? '?')} ${String(appointment.startTime ?? '?')}-${String(appointment.endTime ?? '?')}`;
  }
  const parts: string[] = [];
  if (s.statusChanged._tag === 'Some') parts.push(`status ${s.statusChanged.value.from ?? '(none)'} -> ${s.statusChanged.value.to ?? '(none)'}`);
  if (s.rescheduled._tag === 'Some') parts.push(`time ${when(s.rescheduled.value.from)} -> ${when(s.rescheduled.value.to)}`);
  if (s.staffChanged) parts.push('staff changed');
  if (s.locationChanged) parts.push('location changed');
  if (s.reasonChanged) parts.push('service changed');
  if (s.clientChanged) parts.push('client changed');
  if (s.customFields.length > 0) parts.push(`answers ${s.customFields.map((f) => f.id).join(', ')} changed`);
  if (parts.length === 0 && s.changes.length > 0) {
    const paths = s.changes.slice(0, MAX_PATHS).map((c) => c.path);
    parts.push(`changed ${paths.join(', ')}${s.changes.length > MAX_PATHS ? `, … (${s.changes.length} in all)` : ''}`);
  }
  return parts.join('; ');
}

/** The lines of a file: split on `\n` (a `\r` before it dropped), with their 1-based numbers. */
function linesOf(bytes: Uint8Array): Array<{ readonly number: number; readonly text: string }> {
  const text = new TextDecoder('utf-8').decode(bytes);
  return text.split('\n').map((line, i) => ({ number: i + 1, text: line.endsWith('\r') ? line.slice(0, -1) : line }));
}

/**
 * `timetap-webhooks replay [--json] <deliveries.ndjson|->`: feeds captured bodies (one JSON body a
 * line, in arrival order; blank lines skipped) through an appointment tracker on a memory store,
 * and prints the event log, one line per event (sequence, appointment, kind, the changed facts),
 * or with `--json` the events as NDJSON; then the counts of recorded, duplicate, stale and
 * rejected lines (on standard error with `--json`, so standard output stays NDJSON). A line that
 * does not decode or record is reported on standard error with its number and the error's
 * `_tag`, and the replay goes on. Exit 0 when every line was recorded or dropped, 1 when a line
 * was rejected, 2 for usage and file errors.
 */
export async function replayCommand(args: ReadonlyArray<string>, io: CliIo): Promise<number> {
  const parsed = parseArguments(args, { flags: ['--json'], options: ['--max-bytes'] });
  if (!parsed.ok) {
    io.err(`${parsed.problem}\n\n${USAGE}`);
    return 2;
  }
  if (parsed.help) {
    io.out(USAGE);
    return 0;
  }
  const limit = parseMaxBytes(parsed.options.get('--max-bytes'));
  if ('problem' in limit) {
    io.err(`${limit.problem}\n\n${USAGE}`);
    return 2;
  }
  const json = parsed.flags.has('--json');
  const [path] = parsed.positionals;
  if (path === undefined || parsed.positionals.length !== 1) {
    io.err(USAGE);
    return 2;
  }
  const bytes = readInput(path, io);
  if (bytes === undefined) return 2;

  const tracker = createAppointmentTracker({ store: memoryAppointmentStore() });
  const counts = { recorded: 0, duplicate: 0, stale: 0, rejected: 0 };
  for (const line of linesOf(bytes)) {
    if (line.text.trim() === '') continue;
    const decoded = parseAppointmentWebhook(line.text, limit);
    if (decoded._tag === 'Left') {
      counts.rejected++;
      io.err(`line ${line.number}: ${decoded.left._tag}: ${decoded.left.message}`);
      continue;
    }
    try {
      const outcome = await tracker.record(decoded.right);
      if (outcome._tag === 'Duplicate') counts.duplicate++;
      else if (outcome._tag === 'Stale') counts.stale++;
      else {
        counts.recorded++;
        const e = outcome.event;
        io.out(json ? JSON.stringify(e) : `#${e.sequence} appointment ${e.appointmentId} ${e.kind}: ${facts(e, decoded.right)}`);
      }
    } catch (error) {
      if (!(error instanceof TimeTapStoreError)) throw error;
      counts.rejected++;
      io.err(`line ${line.number}: ${error.error._tag}: ${error.message}`);
    }
  }
  const total = `${counts.recorded} recorded, ${counts.duplicate} duplicate, ${counts.stale} stale, ${counts.rejected} rejected`;
  if (json) io.err(total);
  else io.out(total);
  return counts.rejected > 0 ? 1 : 0;
}
