import type { AppointmentSlot } from '../diff/AppointmentChangeSummary';
import type { Appointment } from '../codecs/Appointment';
import type { AppointmentEvent } from '../track/AppointmentEvent';
import { createAppointmentTracker } from '../track/createAppointmentTracker';
import { memoryAppointmentStore } from '../track/memoryAppointmentStore';
import { TimeTapStoreError } from '../track/TimeTapStoreError';
import { parseAppointmentWebhook } from '../decode/parseAppointmentWebhook';
import type { CliIo } from './CliIo';
import { readInput } from './readInput';

const USAGE = 'Usage: timetap-webhooks replay [--json] <deliveries.ndjson|->';
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
  const json = args.includes('--json');
  const paths = args.filter((a) => a !== '--json');
  const [path] = paths;
  if (path === undefined || paths.length !== 1 || (path.startsWith('-') && path !== '-')) {
    io.err(USAGE);
    return 2;
  }
  const bytes = readInput(path, io);
  if (bytes === undefined) return 2;

  const tracker = createAppointmentTracker({ store: memoryAppointmentStore() });
  const counts = { recorded: 0, duplicate: 0, stale: 0, rejected: 0 };
  for (const line of linesOf(bytes)) {
    if (line.text.trim() === '') continue;
    const decoded = parseAppointmentWebhook(line.text);
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
