import { none, some, type Option } from 'fp-ts/lib/Option.js';
import {
  memoryAppointmentStore,
  type AppointmentEvent,
  type AppointmentStore,
  type StoredAppointment,
} from '../../src';
import { appointmentStoreConformance } from '../../src/testing';

/** The names of the checks `store` fails, each with the start of its message. */
async function failures(makeStore: () => AppointmentStore): Promise<string[]> {
  const failed: string[] = [];
  for (const check of appointmentStoreConformance(makeStore)) {
    try {
      await check.run();
    } catch (e) {
      failed.push(`${check.name}: ${(e as Error).message}`);
    }
  }
  return failed;
}

/** A deliberately naive store: a list and a map, with the flaw given by `flaw`. */
function flawedStore(flaw: 'none' | 'no version check' | 'sequence from 0' | 'no copy' | 'ignores limit' | 'visible out of order' | 'null event appends'): AppointmentStore {
  const rows = new Map<number, StoredAppointment>();
  const log: AppointmentEvent[] = [];
  let allocated = 0;
  const keep = <T>(value: T): T => (flaw === 'no copy' ? value : (JSON.parse(JSON.stringify(value)) as T));
  return {
    load: async (id): Promise<Option<StoredAppointment>> => {
      const row = rows.get(id);
      return row === undefined ? none : some(keep(row));
    },
    commit: async (c) => {
      const row = rows.get(c.appointmentId);
      if (flaw !== 'no version check' && (row?.version ?? null) !== c.expectedVersion) return { _tag: 'VersionChanged' };
      if (c.event === null && flaw !== 'null event appends') {
        rows.set(c.appointmentId, { appointment: keep(c.appointment), fingerprint: c.fingerprint, sequence: row?.sequence ?? 0, version: (row?.version ?? 0) + 1 });
        return { _tag: 'Committed', event: null };
      }
      const sequence = flaw === 'sequence from 0' ? allocated++ : ++allocated;
      const event: AppointmentEvent = keep({ ...(c.event ?? { appointmentId: c.appointmentId, kind: 'unchanged', summary: undefined as never, fingerprint: c.fingerprint, previousFingerprint: null, recordedAt: '' }), sequence });
      rows.set(c.appointmentId, { appointment: keep(c.appointment), fingerprint: c.fingerprint, sequence, version: (row?.version ?? 0) + 1 });
      if (flaw === 'visible out of order' && sequence % 2 === 0) {
        // The even events become visible later than the odd ones after them.
        await new Promise((resolve) => setTimeout(resolve, 40));
      }
      log.push(event);
      log.sort((a, b) => a.sequence - b.sequence);
      return { _tag: 'Committed', event };
    },
    events: async (q) => {
      const selected = log.filter((e) => e.sequence > (q?.after ?? 0) && (q?.appointmentId === undefined || e.appointmentId === q.appointmentId));
      return flaw === 'ignores limit' ? selected : selected.slice(0, q?.limit ?? Infinity);
    },
  };
}

describe('appointmentStoreConformance', () => {
  describe('on memoryAppointmentStore', () => {
    for (const check of appointmentStoreConformance(() => memoryAppointmentStore())) it(check.name, check.run);
  });

  it('returns named checks that a runner registers, each with a fresh store', async () => {
    let made = 0;
    const checks = appointmentStoreConformance(() => {
      made++;
      return memoryAppointmentStore();
    });
    expect(checks.length).toBeGreaterThanOrEqual(10);
    expect(new Set(checks.map((c) => c.name)).size).toBe(checks.length);
    await (checks[0] as { run: () => Promise<void> }).run();
    await (checks[1] as { run: () => Promise<void> }).run();
    expect(made).toBe(2);
  });

  it.each([
    ['no version check', 'exactly one wins'],
    ['sequence from 0', 'sequence starts at 1'],
    ['no copy', 'is a copy'],
    ['ignores limit', 'filters by after, limit and appointmentId'],
    ['visible out of order', 'a reader paging meanwhile skips none'],
    ['null event appends', 'a commit without an event'],
  ] as const)('fails a store with %s, in the check that names it', async (flaw, check) => {
    const failed = await failures(() => flawedStore(flaw));
    expect(failed.some((f) => f.includes(check))).toBe(true);
  });


  it('passes the same naive store without a flaw, so each failure above is its flaw', async () => {
    expect(await failures(() => flawedStore('none'))).toEqual([]);
  });

  it('says what differed by path, never by value', async () => {
    const failed = await failures(() => flawedStore('no copy'));
    const message = failed.find((f) => f.includes('is a copy')) ?? '';
    expect(message).toContain('differs at');
    expect(message).not.toContain('Changed');
  });
});

