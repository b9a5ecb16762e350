// `timetap-webhooks/postgres`: the appointment store on PostgreSQL (needs `pg`, an optional peer).
export { postgresAppointmentStore } from './postgresAppointmentStore';
export type { PostgresAppointmentStore, PostgresAppointmentStoreOptions, PostgresQueryable } from './postgresAppointmentStore';
export { postgresAppointmentSchema } from './postgresAppointmentSchema';
export type { PostgresTableOptions } from './postgresAppointmentSchema';
