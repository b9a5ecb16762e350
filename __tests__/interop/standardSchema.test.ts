import type { StandardSchemaV1 as PublishedSpec } from '@standard-schema/spec';
import fc from 'fast-check';
import * as t from 'io-ts';
import * as api from '../../src';
import { Appointment, AppointmentStatus, Client, parseAppointmentWebhook, type StandardSchemaV1 } from '../../src';
import { formatPath, type PathSegment } from '../../src/codecs/path';
import { readValid, textOf } from '../support/fixtures';

// Compile-time checks (`npm run typecheck` reads this file): every codec satisfies the published
// Standard Schema types, and inference gives back the codec's own type.
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;
const outputIsAppointment: Equals<PublishedSpec.InferOutput<typeof Appointment>, Appointment> = true;
const inputIsAppointment: Equals<PublishedSpec.InferInput<typeof Appointment>, Appointment> = true;
const outputIsClient: Equals<StandardSchemaV1.InferOutput<typeof Client>, Client> = true;
const outputIsStatus: Equals<PublishedSpec.InferOutput<typeof AppointmentStatus>, AppointmentStatus> = true;
const published: ReadonlyArray<PublishedSpec> = [
  api.Appointment, api.Client, api.Staff, api.Location, api.Reason, api.CustomField, api.TimeZone, api.FieldData,
  api.Office, api.DateFactory, api.LegacyCustomFieldData, api.LegacyCustomFieldForm, api.LegacyFormField,
  api.AppointmentStatus, api.AppointmentSubStatus, api.CustomFieldDataType, api.CustomFieldMode, api.LocationType,
  api.ReasonType,
];

/** Every codec the package root exports, by name. */
const codecs = (Object.entries(api) as Array<[string, unknown]>).filter((entry): entry is [string, t.Mixed] => entry[1] instanceof t.Type);

/** A value each exported codec accepts. */
const validValue = (codec: t.Mixed): unknown => (codec === Appointment ? { calendarid: 1 } : 'known' in codec ? 'X' : {});

describe('every exported codec as a Standard Schema v1', () => {
  it('is every codec of the package root (19 of them), and the type checks above hold', () => {
    expect(codecs.map(([name]) => name).sort()).toEqual(
      published.map((codec) => (codec as unknown as t.Mixed).name).sort(),
    );
    expect([outputIsAppointment, inputIsAppointment, outputIsClient, outputIsStatus]).toEqual([true, true, true, true]);
  });

  it.each(codecs)('%s carries ~standard: version 1, vendor timetap-webhooks, a validate function', (_name, codec) => {
    const standard = (codec as unknown as PublishedSpec)['~standard'];
    expect(standard.version).toBe(1);
    expect(standard.vendor).toBe('timetap-webhooks');
    expect(typeof standard.validate).toBe('function');
    expect('~standard' in codec).toBe(true); // how consumers detect a Standard Schema
  });

  it.each(codecs)('%s validates synchronously and returns the very value it was given', (_name, codec) => {
    const value = validValue(codec);
    const result = (codec as unknown as PublishedSpec)['~standard'].validate(value);
    expect(result).not.toBeInstanceOf(Promise);
    expect(result).toEqual({ value });
    expect((result as PublishedSpec.SuccessResult<unknown>).value).toBe(value);
  });

  it.each(codecs)('%s rejects a number with one issue at the root', (_name, codec) => {
    const result = (codec as unknown as PublishedSpec)['~standard'].validate(42);
    expect(result).toEqual({ issues: [{ path: [], message: `expected ${codec.name}, received number` }] });
  });
});

describe('Appointment["~standard"].validate', () => {
  it('keeps keys it does not model (lossless, like the decoder)', () => {
    const body = JSON.parse(textOf(readValid('unknown-extra-fields.json'))) as object;
    const result = Appointment['~standard'].validate(body);
    expect(result.issues).toBeUndefined();
    expect(result).toEqual({ value: body });
  });

  it('reports paths as arrays of keys and indices, with the messages the decoder reports', () => {
    const body = { calendarid: 1, client: { emailAddress: 3 }, fields: [{}, { label: 2 }], startTime: 960 };
    const result = Appointment['~standard'].validate(body);
    expect(result.issues).toEqual([
      { path: ['startTime'], message: 'expected HHmm time (integer 0-2400, minutes < 60) | null, received number' },
      { path: ['fields', 1, 'label'], message: 'expected string | null, received number' },
      { path: ['client', 'emailAddress'], message: 'expected string | null, received number' },
    ]);
    const decoded = parseAppointmentWebhook(JSON.stringify(body));
    if (decoded._tag === 'Right' || decoded.left._tag !== 'InvalidPayload') throw new Error('expected InvalidPayload');
    expect(decoded.left.issues.map((i) => [i.path, `expected ${i.expected}, received ${i.received}`])).toEqual(
      (result.issues ?? []).map((i) => [formatPath(i.path as PathSegment[]), i.message]),
    );
  });

  it('reports a missing id at calendarid, naming both spellings', () => {
    expect(Appointment['~standard'].validate({ startTime: 800 })).toEqual({
      issues: [{ path: ['calendarid'], message: 'expected safe integer (calendarid or calendarId is required), received undefined' }],
    });
  });

  it('never puts a value from the input in a message', () => {
    const secret = fc.string({ minLength: 3 }).filter((s) => !/^(expected|received|string|number|null|safe|integer|undefined|Appointment| |\||\(|\)|-)+$/.test(s));
    fc.assert(
      fc.property(secret, fc.constantFrom('calendarid', 'startTime', 'client', 'fields', 'price'), (value, key) => {
        const result = Appointment['~standard'].validate({ calendarid: key === 'calendarid' ? value : 1, [key]: value, note: 42 });
        expect(result.issues).toBeDefined();
        for (const issue of result.issues ?? []) expect(issue.message).not.toContain(value);
      }),
      { numRuns: 300 },
    );
  });
});

describe('nested codecs and open enumerations as Standard Schemas', () => {
  it('Client reports its own keys', () => {
    expect(Client['~standard'].validate({ clientId: 'seven' })).toEqual({
      issues: [{ path: ['clientId'], message: 'expected safe integer | null, received string' }],
    });
  });

  it('an open enumeration accepts any string and rejects other types', () => {
    expect(AppointmentStatus['~standard'].validate('SOMETHING_NEW')).toEqual({ value: 'SOMETHING_NEW' });
    expect(AppointmentStatus['~standard'].validate(null)).toEqual({
      issues: [{ path: [], message: 'expected AppointmentStatus, received null' }],
    });
  });
});
