import type * as t from 'io-ts';
import type { DecodeIssue } from './WebhookDecodeError';
import { codecIssues } from '../codecs/codecIssues';
import { formatPath } from '../codecs/path';

/**
 * Turns io-ts errors into one issue per path, without values, the path dotted with indices
 * (`fields[1].label`): {@link codecIssues} with its paths formatted.
 */
export function reportIssues(errors: t.Errors): DecodeIssue[] {
  return codecIssues(errors).map((issue) => ({ path: formatPath(issue.path), expected: issue.expected, received: issue.received }));
}
