import { Appointment } from '../codecs/Appointment';
import { toJsonSchema } from './toJsonSchema';
import type { JsonSchema } from './JsonSchema';

/**
 * The JSON Schema (draft 2020-12) of a TimeTap appointment webhook body: `toJsonSchema(Appointment)`,
 * generated from the codec. It accepts exactly the bodies the decoder's codec accepts, for
 * validation in other languages, API gateways and documentation. Treat it as read-only.
 *
 * @example
 * ```ts
 * import Ajv2020 from 'ajv/dist/2020';
 * import { appointmentJsonSchema } from 'timetap-webhooks';
 *
 * const validate = new Ajv2020({ strict: true }).compile(appointmentJsonSchema);
 * validate({ calendarid: 10390617, startTime: 800, status: 'OPEN' }); // true
 * validate({ startTime: 800 }); // false: no id
 * ```
 */
export const appointmentJsonSchema: JsonSchema = /* @__PURE__ */ toJsonSchema(Appointment);
