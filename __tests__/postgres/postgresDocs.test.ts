import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { postgresAppointmentSchema } from '../../src/postgres';

const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'tracking.md'), 'utf8');

describe('postgresAppointmentSchema', () => {
  it('is the SQL docs/tracking.md shows for people who run migrations themselves', () => {
    const section = doc.slice(doc.indexOf('## PostgreSQL'), doc.indexOf('## Redis'));
    const shown = /```sql\n([\s\S]*?)```/.exec(section)?.[1];
    expect(shown).toBe(postgresAppointmentSchema());
  });

  it('names the schema and prefix it is given, quoted, and creates only a schema other than public', () => {
    const sql = postgresAppointmentSchema({ schema: 'Webhooks', tablePrefix: 'tt_' });
    expect(sql).toContain('CREATE SCHEMA IF NOT EXISTS "Webhooks";');
    expect(sql).toContain('CREATE TABLE IF NOT EXISTS "Webhooks"."tt_events"');
    expect(sql).toContain('CREATE INDEX IF NOT EXISTS "tt_events_by_appointment" ON "Webhooks"."tt_events"');
    expect(postgresAppointmentSchema()).not.toContain('CREATE SCHEMA');
  });
});
