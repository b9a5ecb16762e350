import { Appointment } from '../codecs/Appointment';
import { toJsonSchema } from './toJsonSchema';
import type { JsonSchema } from './JsonSchema';

/** The top-level keywords of `toJsonSchema(Appointment)`, in its order. */
const KEYWORDS = ['$schema', 'title', 'type', 'properties', 'additionalProperties', 'anyOf', '$defs'] as const;

/**
 * An object with the keywords of `toJsonSchema(Appointment)`, generated when one is first read
 * rather than when the package loads: generating walks every codec, which would add milliseconds
 * to every cold start, also for the many users who never read the schema.
 */
function generatedOnFirstRead(): JsonSchema {
  let generated: JsonSchema | undefined;
  const schema: Record<string, unknown> = {};
  for (const keyword of KEYWORDS) {
    Object.defineProperty(schema, keyword, {
      enumerable: true,
      get: () => (generated ??= toJsonSchema(Appointment))[keyword],
    });
  }
  return schema;
}

/**
 * The JSON Schema (draft 2020-12) of a TimeTap appointment webhook body: `toJsonSchema(Appointment)`,
 * generated from the codec. It accepts exactly the bodies the decoder's codec accepts, for
 * validation in other languages, API gateways and documentation. Treat it as read-only (its
 * top-level keywords are read-only properties, generated the first time one is read).
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
export const appointmentJsonSchema: JsonSchema = /* @__PURE__ */ generatedOnFirstRead();
