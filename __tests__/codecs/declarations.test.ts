import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as t from 'io-ts';
import type * as api from '../../src';

// The decoded types are named interfaces, and each codec's type names the codecs it nests, so
// that the published declarations reference them instead of repeating them inline.

/** `true` exactly when A and B are the same type (each assignable to the other, and no `any`). */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

// Checked by the compiler (`npm run typecheck`): a mismatch is a type error here.
const sameTypes: ReadonlyArray<true> = [
  true satisfies Same<t.TypeOf<typeof api.Appointment>, api.Appointment>,
  true satisfies Same<t.TypeOf<typeof api.Client>, api.Client>,
  true satisfies Same<t.TypeOf<typeof api.Staff>, api.Staff>,
  true satisfies Same<t.TypeOf<typeof api.Location>, api.Location>,
  true satisfies Same<t.TypeOf<typeof api.Reason>, api.Reason>,
  true satisfies Same<t.TypeOf<typeof api.CustomField>, api.CustomField>,
  true satisfies Same<t.TypeOf<typeof api.TimeZone>, api.TimeZone>,
  true satisfies Same<t.TypeOf<typeof api.FieldData>, api.FieldData>,
  true satisfies Same<t.TypeOf<typeof api.Office>, api.Office>,
  true satisfies Same<t.TypeOf<typeof api.DateFactory>, api.DateFactory>,
  true satisfies Same<t.TypeOf<typeof api.LegacyCustomFieldData>, api.LegacyCustomFieldData>,
  true satisfies Same<t.TypeOf<typeof api.LegacyCustomFieldForm>, api.LegacyCustomFieldForm>,
  true satisfies Same<t.TypeOf<typeof api.LegacyFormField>, api.LegacyFormField>,
  true satisfies Same<api.Appointment['client'], api.Client | null | undefined>,
  true satisfies Same<api.Appointment['fields'], api.CustomField[] | null | undefined>,
  true satisfies Same<api.Appointment['status'], api.AppointmentStatus | null | undefined>,
  true satisfies Same<api.Client['timeZoneCode'], api.TimeZone | null | undefined>,
];

describe('the codecs\' types', () => {
  it('are the named interfaces, both ways (t.TypeOf<typeof Codec> is Codec), for every object codec', () => {
    expect(sameTypes).toHaveLength(17);
  });

  const declarations = join(__dirname, '..', '..', 'dist', 'index.d.ts');
  it('are referenced by name in the published declarations, not repeated inline', () => {
    if (!existsSync(declarations)) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
    const text = readFileSync(declarations, 'utf8');
    expect(text).toMatch(/declare const Appointment: AppointmentCodec;/);
    expect(text).toMatch(/interface Appointment extends ObjectOf<typeof appointmentProps>/);
    const props = text.slice(text.indexOf('declare const appointmentProps'), text.indexOf('};', text.indexOf('declare const appointmentProps')));
    expect(props).toMatch(/\bclient: ClientCodec;/);
    expect(props).toMatch(/\bfields: t\.ArrayC<CustomFieldCodec>;/);
    expect(props).not.toMatch(/clientId|schedulerPreferenceFieldDefnId/); // nested props are not inlined
  });
});
