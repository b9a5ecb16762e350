/**
 * `true` when a custom-field `value` is an answer: a string with at least one non-whitespace
 * character. `null`, absent, `""` and whitespace-only values are "unanswered". The value itself
 * is always returned as sent (never trimmed).
 */
export function isAnswered(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}
