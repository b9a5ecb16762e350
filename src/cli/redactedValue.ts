/**
 * The last key of a change path whose string values are safe to print: statuses, dates and times,
 * zones, kinds, and the service and location names (the business's own words, not the client's).
 * Every other string (names, emails, phones, notes, custom-field answers) is personal until the
 * user asks with `--show-personal`.
 */
const NOT_PERSONAL = /(^|\.)(status|subStatus|[A-Za-z]*(Date|DateTime|DateTimeUTC|Time|TimeZone|TimeZoneId|Type|Mode|Status)|reasonDesc|locationName)$/;

/** Whether a change at this path may print its string values without `--show-personal`. */
export function isPersonalPath(path: string): boolean {
  return !NOT_PERSONAL.test(path.replace(/\[[^\]]*\]/g, ''));
}

/**
 * A value as the CLI prints it when personal values are hidden: numbers, booleans and `null` as
 * they are, a string as its length, an object or array as its kind.
 */
export function redactedValue(value: unknown): string {
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return `[redacted: ${value.length} character${value.length === 1 ? '' : 's'}]`;
  return Array.isArray(value) ? '[redacted list]' : '[redacted object]';
}

/** The line the CLI adds when it hid something. */
export const REDACTED_NOTE = 'Personal values are redacted (names, emails, phones, answers); --show-personal prints them.';
