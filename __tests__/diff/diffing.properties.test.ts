import { none } from 'fp-ts/lib/Option.js';
import fc from 'fast-check';
import {
  appointmentFingerprint, classifyAppointmentChange, diffAppointments, isStaleDelivery, VOLATILE_PATHS, type Appointment,
} from '../../src';
import { applyChanges, canonical, withoutPaths } from '../support/applyChanges';
import { appointment, appointmentPair, FIELD_ARRAYS, fixtureAppointment, reorder } from '../support/appointmentArbitraries';
import { decodeAppointment } from '../support/decodeAppointment';
import { validFixtures } from '../support/fixtures';

// Property tests over appointments generated from the real fixture bodies (see
// support/appointmentArbitraries). The oracle for "same content" is independent of src/: a
// canonical JSON (keys sorted, id-keyed arrays sorted by id) after deleting the ignored keys.

const sameContent = (a: unknown, b: unknown, ignore: ReadonlyArray<string>): boolean =>
  JSON.stringify(canonical(withoutPaths(a, ignore))) === JSON.stringify(canonical(withoutPaths(b, ignore)));

describe('diffAppointments (properties)', () => {
  it('reports nothing between an appointment and itself, or a copy of it in any key order', () => {
    fc.assert(
      fc.property(appointment, fc.nat(), (a, seed) => {
        expect(diffAppointments(a, a)).toEqual([]);
        expect(diffAppointments(a, decodeAppointment(reorder(a, seed)))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('reports changes that, applied to before, give a value deep-equal to after', () => {
    fc.assert(
      fc.property(appointmentPair, ([before, after]) => {
        const changes = diffAppointments(before, after);
        expect(canonical(applyChanges(before, changes))).toEqual(canonical(after));
      }),
      { numRuns: 400 },
    );
  });

  it('does not depend on the key order of either side', () => {
    fc.assert(
      fc.property(appointmentPair, fc.nat(), ([before, after], seed) => {
        const shuffledBefore = decodeAppointment(reorder(before, seed, true));
        const shuffledAfter = decodeAppointment(reorder(after, seed + 1, true));
        expect(diffAppointments(shuffledBefore, shuffledAfter)).toEqual(diffAppointments(before, after));
      }),
      { numRuns: 200 },
    );
  });

  it('reports each path at most once, whatever the key order and keys holding undefined', () => {
    const once = (changes: ReadonlyArray<{ readonly path: string }>): void => {
      const list = changes.map((c) => c.path);
      expect(list.filter((p, i) => list.indexOf(p) !== i)).toEqual([]);
    };
    fc.assert(
      fc.property(appointmentPair, fc.nat(), fc.boolean(), ([before, after], seed, keysOnly) => {
        const shuffledAfter = decodeAppointment(reorder(after, seed, keysOnly));
        once(diffAppointments(before, after));
        once(diffAppointments(before, shuffledAfter));
        once(diffAppointments(shuffledAfter, before, { ignore: VOLATILE_PATHS }));
        once(classifyAppointmentChange(before, shuffledAfter).changes);
      }),
      { numRuns: 400 },
    );
  });

  it('is empty exactly when the content outside the ignored paths is the same', () => {
    fc.assert(
      fc.property(appointmentPair, ([a, b]) => {
        expect(diffAppointments(a, b).length === 0).toBe(sameContent(a, b, []));
        expect(diffAppointments(a, b, { ignore: VOLATILE_PATHS }).length === 0).toBe(sameContent(a, b, VOLATILE_PATHS));
      }),
      { numRuns: 300 },
    );
  });
});

describe('appointmentFingerprint (properties)', () => {
  it('is equal exactly when the non-ignored content is equal', () => {
    fc.assert(
      fc.property(appointmentPair, ([a, b]) => {
        const same = sameContent(a, b, VOLATILE_PATHS);
        expect(appointmentFingerprint(a) === appointmentFingerprint(b)).toBe(same);
        expect(diffAppointments(a, b, { ignore: VOLATILE_PATHS }).length === 0).toBe(same);
        const sameAll = sameContent(a, b, []);
        expect(appointmentFingerprint(a, { ignore: [] }) === appointmentFingerprint(b, { ignore: [] })).toBe(sameAll);
      }),
      { numRuns: 400 },
    );
  });

  it('is equal exactly when the diff is empty, for ignore lists naming custom fields by id or by index, whole lists included', () => {
    // Ignore lists built from the ids the pair really holds, so that whole lists can vanish
    // under `ignore` (an emptied list against one holding only ignored ids).
    // A candidate is a group of paths: one path, or every id of one list (so that a whole list
    // can vanish under `ignore`).
    const candidates = (a: Appointment, b: Appointment): string[][] => {
      // Index paths too: they apply to a list compared by position (an entry without an id, a
      // repeated id), and must agree with the fingerprint when the other side is matched by id.
      const out = [['fields'], ['client'], ['fields[id=510001].value'], ['client.fields[id=510005].label']];
      for (const side of [a, b] as Record<string, unknown>[]) {
        for (const [owner, prefix] of [[side, ''], [side.client, 'client.']] as const) {
          if (typeof owner !== 'object' || owner === null) continue;
          for (const key of FIELD_ARRAYS) {
            const list = (owner as Record<string, unknown>)[key];
            if (!Array.isArray(list)) continue;
            const paths = (list as { schedulerPreferenceFieldDefnId?: unknown }[]).map(
              (entry) => `${prefix}${key}[id=${String(entry.schedulerPreferenceFieldDefnId)}]`,
            );
            const indexPaths = list.map((_, i) => `${prefix}${key}[${i}]`);
            out.push(paths, ...paths.map((p) => [p]), indexPaths, [...paths, ...indexPaths], ...indexPaths.map((p) => [p]));
          }
        }
      }
      return out;
    };
    fc.assert(
      fc.property(appointmentPair, fc.array(fc.nat(), { maxLength: 12 }), fc.boolean(), ([a, b], picks, withVolatile) => {
        const all = candidates(a, b);
        const ignore = [...(withVolatile ? VOLATILE_PATHS : []), ...picks.flatMap((n) => all[n % all.length] as string[])];
        const diffEmpty = diffAppointments(a, b, { ignore }).length === 0;
        expect(appointmentFingerprint(a, { ignore }) === appointmentFingerprint(b, { ignore })).toBe(diffEmpty);
      }),
      { numRuns: 600 },
    );
  });

  it('is equal for an empty custom-field list and one whose every entry is ignored', () => {
    fc.assert(
      fc.property(fixtureAppointment, fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 4 }), (base, ids) => {
        const unique = [...new Set(ids)];
        const ignore = unique.map((id) => `fields[id=${id}]`);
        const withEmpty = { ...base, fields: [] };
        const withIgnored = { ...base, fields: unique.map((id) => ({ schedulerPreferenceFieldDefnId: id, value: 'x' })) };
        expect(diffAppointments(withEmpty, withIgnored, { ignore })).toEqual([]);
        expect(appointmentFingerprint(withEmpty, { ignore })).toBe(appointmentFingerprint(withIgnored, { ignore }));
      }),
      { numRuns: 100 },
    );
  });

  it('is 32 hex characters and the same on every call', () => {
    fc.assert(
      fc.property(appointment, (a) => {
        const fingerprint = appointmentFingerprint(a);
        expect(fingerprint).toMatch(/^[0-9a-f]{32}$/);
        expect(appointmentFingerprint(structuredClone(a))).toBe(fingerprint);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the diffing functions on every pair of fixture bodies', () => {
  it('never throw, and agree with each other', () => {
    const all = validFixtures().map((f) => decodeAppointment(f.bytes));
    for (const a of all) {
      for (const b of all) {
        const summary = classifyAppointmentChange(a, b);
        expect(summary.changes).toEqual(diffAppointments(a, b, { ignore: VOLATILE_PATHS }));
        expect(appointmentFingerprint(a) === appointmentFingerprint(b)).toBe(summary.changes.length === 0);
        expect(typeof isStaleDelivery(a, b)).toBe('boolean');
        expect(isStaleDelivery(a, b) && isStaleDelivery(b, a)).toBe(false);
      }
    }
  });
});

/** The same appointment with its times and status spelled another way (epoch ms, a date alone, lower case). */
function respelled(a: Appointment, seconds: boolean): Appointment {
  const copy = structuredClone(a) as Record<string, unknown>;
  for (const key of ['startDateTimeUTC', 'endDateTimeUTC', 'apptDateTime']) {
    const v = copy[key];
    if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z?$/.test(v)) {
      const ms = Date.parse(v.endsWith('Z') ? v : `${v}Z`);
      copy[key] = seconds ? ms / 1000 : ms;
    }
  }
  for (const key of ['startDate', 'endDate', 'clientStartDate', 'clientEndDate']) {
    const v = copy[key];
    if (typeof v === 'string' && v.endsWith('T00:00:00')) copy[key] = v.slice(0, 10);
  }
  if (typeof copy.status === 'string') copy.status = copy.status.toLowerCase();
  return decodeAppointment(copy);
}

describe('classifyAppointmentChange (properties)', () => {
  it('never calls a new spelling of the same times or status a reschedule or a status change', () => {
    fc.assert(
      fc.property(appointment, fc.boolean(), (a, seconds) => {
        const summary = classifyAppointmentChange(a, respelled(a, seconds));
        expect([summary.rescheduled, summary.statusChanged]).toEqual([none, none]);
        expect(['updated', 'unchanged', 'deleted']).toContain(summary.kind);
      }),
      { numRuns: 200 },
    );
  });


  const isDeleted = (a: Appointment): boolean =>
    a.deleted === true || String(typeof a.status === 'string' ? a.status : a.displayStatus).toUpperCase() === 'DELETED';

  it('never throws, and says unchanged exactly when nothing outside the volatile paths changed', () => {
    fc.assert(
      fc.property(appointmentPair, ([a, b]) => {
        const summary = classifyAppointmentChange(a, b);
        expect(summary.changes).toEqual(diffAppointments(a, b, { ignore: VOLATILE_PATHS }));
        expect(summary.kind === 'unchanged').toBe(summary.changes.length === 0 && !isDeleted(b));
        // No change listed implies no status change (the implication, without an assertion inside an if).
        expect(summary.changes.length === 0 && summary.statusChanged._tag === 'Some').toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
