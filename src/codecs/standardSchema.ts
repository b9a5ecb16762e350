import type * as t from 'io-ts';
import { codecIssues } from './codecIssues';
import type { StandardSchemaV1 } from './StandardSchemaV1';

/** Standard Schema v1 properties whose `validate` is synchronous (it never returns a Promise). */
export interface StandardSchemaProps<A> extends StandardSchemaV1.Props<A, A> {
  readonly validate: (value: unknown, options?: StandardSchemaV1.Options | undefined) => StandardSchemaV1.Result<A>;
}

/**
 * The Standard Schema v1 properties of a codec (what its `~standard` holds): vendor
 * `'timetap-webhooks'`, a synchronous `validate` that checks the value against the codec and
 * returns it unchanged (unknown keys kept), or one issue per path, as the decoder's
 * `InvalidPayload` reports them: `path` is the keys and indices from the root, `message` reads
 * `expected <type>, received <JSON type>` and never holds a value from the input.
 */
export function standardSchema<A>(codec: t.Decoder<unknown, A>): StandardSchemaProps<A> {
  return {
    version: 1,
    vendor: 'timetap-webhooks',
    validate(value: unknown): StandardSchemaV1.Result<A> {
      const result = codec.decode(value);
      if (result._tag === 'Right') return { value: result.right };
      return {
        issues: codecIssues(result.left).map((issue) => ({
          message: `expected ${issue.expected}, received ${issue.received}`,
          path: issue.path,
        })),
      };
    },
  };
}
