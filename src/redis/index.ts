// `timetap-webhooks/redis`: the appointment store on Redis (needs `redis`, an optional peer).
export { redisAppointmentStore } from './redisAppointmentStore';
export type { RedisAppointmentStoreOptions, RedisScriptArguments, RedisScriptClient } from './redisAppointmentStore';
