import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as t from 'io-ts';
import * as api from '../../src';
import { GuardedType, SafeId, object } from '../../src/codecs/codec';
import * as checks from '../../src/codecs/objectChecks';
import { generateObjectChecks } from '../../scripts/objectChecks';
import { textOf, validFixtures } from '../support/fixtures';

const codecs = Object.entries(api as Record<string, unknown>).filter(
  (entry): entry is [string, GuardedType<t.Props, unknown>] => entry[1] instanceof GuardedType,
);

describe('objectChecks.ts (the fast checks, generated from the codecs\' props)', () => {
  it('is exactly what `npm run generate:checks` writes from the props declared today', () => {
    const written = readFileSync(join(__dirname, '..', '..', 'src', 'codecs', 'objectChecks.ts'), 'utf8');
    const samples = validFixtures().map((f) => [api.Appointment, JSON.parse(textOf(f.bytes))] as const);
    // Out of date after a change to a codec's props or to fixtures/valid: run `npm run generate:checks`.
    expect(written).toBe(generateObjectChecks(codecs.map(([, codec]) => codec), samples));
  });

  it('gives each object codec the check generated for it', () => {
    for (const [name, codec] of codecs) {
      expect([name, codec.check]).toEqual([name, (checks as Record<string, unknown>)[`check${name}`]]);
    }
  });

  it('reads first the required keys, then the keys the samples hold, and names a codec it has no fast check for', () => {
    const codec = (c: unknown): GuardedType<t.Props, unknown> => c as GuardedType<t.Props, unknown>;
    const Probe = codec(object('Probe', { id: SafeId, note: t.string }, () => false));
    const text = generateObjectChecks([Probe], [[Probe, { note: 'x' }]]);
    expect(text.indexOf('scoreString(u.note)')).toBeLessThan(text.indexOf('scoreId(u.id)'));
    expect(text).toContain('score === keyCount(u)');
    const Required = codec(object('Required', { note: t.string, id: SafeId }, () => false, { keys: ['id'], type: SafeId }));
    const required = generateObjectChecks([Required], [[Required, { note: 'x', id: 1 }]]);
    expect(required.indexOf('scoreId(u.id)')).toBeLessThan(required.indexOf('scoreString(u.note)'));
    expect(required).toContain('if (closed && id === keyCount(u)) return true;');
    // An object codec inside a union notes its failures (for decodeKnowingInvalid) through `passes`.
    const Inner = codec(object('Inner', { id: SafeId }, () => false));
    const Outer = codec(object('Outer', { either: t.union([Inner, t.string]) }, () => false));
    expect(generateObjectChecks([Outer], [])).toContain('passes(v, checkInner, closed) || typeof v === \'string\'');
    const Unsupported = codec(object('Unsupported', { when: t.number }, () => false));
    expect(() => generateObjectChecks([Unsupported], [])).toThrow(/no fast check for the codec number \(UnsupportedWhen\)/);
  });
});
