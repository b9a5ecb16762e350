/**
 * A JSON Schema (draft 2020-12) document or subschema, as a plain JSON object.
 *
 * @example
 * ```ts
 * import { toJsonSchema, Staff, type JsonSchema } from 'timetap-webhooks';
 * const schema: JsonSchema = toJsonSchema(Staff);
 * console.log(schema.type); // 'object'
 * ```
 */
export type JsonSchema = { readonly [keyword: string]: unknown };
