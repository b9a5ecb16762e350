/**
 * The testing toolkit: realistic TimeTap appointments and lifecycle scenarios for testing your own
 * webhook handler, imported from `timetap-webhooks/testing` (a separate entry point, so production
 * bundles never carry it).
 *
 * @module timetap-webhooks/testing
 */

// The testing toolkit, `timetap-webhooks/testing`: a second entry point (kept out of the main
// bundle), with its own explicit list of exports, pinned by __tests__/testing/testing.exports.test.ts.

export { buildAppointment } from './buildAppointment';
export { buildCustomField } from './buildCustomField';
export { appointmentScenario, type AppointmentScenario } from './appointmentScenario';
export type { DeepPartial } from './DeepPartial';
export {
  appointmentStoreConformance,
  type AppointmentStoreCheck,
  type AppointmentStoreConformanceOptions,
} from './appointmentStoreConformance';
