import type * as t from 'io-ts';
import type { DecodeIssue } from './WebhookDecodeError';
import { codecIssues } from '../codecs/codecIssues';
import { appendPath } from '../codecs/path';

/**
 * Turns io-ts errors into one issue per path, without values, the path dotted with indices
 * (`fields[1].label`): {@link codecIssues} with its paths dotted.
 */
export function reportIssues(errors: t.Errors): DecodeIssue[] {
  return codecIssues(errors).map((issue) => ({ ...issue, path: issue.path.reduce(appendPath, '') }));
}
