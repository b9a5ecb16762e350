import type * as t from 'io-ts';
import type { StandardSchemaProps } from '../codecs/standardSchema';
import type { StandardSchemaV1 } from '../codecs/StandardSchemaV1';
import type { StandardJSONSchemaV1 } from './StandardJSONSchemaV1';
import { toJsonSchema } from './toJsonSchema';

/** A codec's Standard Schema properties with the Standard JSON Schema converter added. */
export interface StandardJsonSchemaProps<A> extends StandardSchemaProps<A>, StandardJSONSchemaV1.Props<A, A> {}

/** The JSON Schema of `codec` for `target`: draft 2020-12 as generated, or draft-07 (`definitions`). */
function convert(codec: t.Decoder<unknown, unknown>, target: StandardJSONSchemaV1.Target): Record<string, unknown> {
  const schema = toJsonSchema(codec);
  if (target === 'draft-2020-12') return schema;
  if (target === 'draft-07') {
    const text = JSON.stringify({ ...schema, $schema: 'http://json-schema.org/draft-07/schema#' })
      .replace(/"#\/\$defs\//g, '"#/definitions/')
      .replace('"$defs":', '"definitions":');
    return JSON.parse(text) as Record<string, unknown>;
  }
  throw new Error(`standardJsonSchema: the target ${target} is not supported (draft-2020-12 and draft-07 are)`);
}

/**
 * The codec as a Standard Schema **and** a Standard JSON Schema (the `~standard.jsonSchema`
 * extension): for consumers that turn a schema into JSON Schema themselves (tool definitions, API
 * documentation). Input and output schemas are the same (the codecs do not transform), for the
 * targets `draft-2020-12` and `draft-07`; other targets throw, as the spec asks. The codecs
 * themselves carry only the Standard Schema, so the JSON Schema generator stays out of bundles
 * that only decode.
 *
 * @example
 * ```ts
 * import { Appointment, standardJsonSchema } from 'timetap-webhooks';
 *
 * const schema = standardJsonSchema(Appointment);
 * schema['~standard'].validate({ calendarid: 1 }); // { value: { calendarid: 1 } }
 * schema['~standard'].jsonSchema.input({ target: 'draft-07' }).$schema; // 'http://json-schema.org/draft-07/schema#'
 * ```
 */
export function standardJsonSchema<A>(
  codec: t.Decoder<unknown, A> & StandardSchemaV1<A, A> & { readonly '~standard': StandardSchemaProps<A> },
): { readonly '~standard': StandardJsonSchemaProps<A> } {
  const jsonSchema = (options: StandardJSONSchemaV1.Options): Record<string, unknown> => convert(codec, options.target);
  return { '~standard': { ...codec['~standard'], jsonSchema: { input: jsonSchema, output: jsonSchema } } };
}
