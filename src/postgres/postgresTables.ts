/**
 * The quoted, schema-qualified names of one PostgreSQL store's tables. Built only from validated
 * identifiers (letters, digits, `_`; PostgreSQL's 63-byte limit), then double-quoted, so a schema
 * or prefix can never carry SQL.
 */
export interface PostgresTables {
  readonly schema: string;
  readonly appointments: string;
  readonly events: string;
  readonly head: string;
  /** The index name, unqualified (PostgreSQL puts an index in its table's schema). */
  readonly eventsByAppointment: string;
  /** A short tag, unique per schema and prefix, that names this store's prepared statements. */
  readonly statementTag: string;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const PREFIX = /^(?:[A-Za-z_][A-Za-z0-9_]*)?$/;
/** PostgreSQL truncates longer identifiers (NAMEDATALEN - 1). */
const MAX_IDENTIFIER = 63;
const LONGEST_SUFFIX = 'events_by_appointment';

const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** FNV-1a, 32 bits, as 8 hex digits. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * Validates a schema name and table prefix and answers the quoted table names.
 *
 * @throws TypeError when `schema` or `tablePrefix` is not a plain identifier.
 * @example
 * ```ts
 * postgresTables('public', 'timetap_').events; // '"public"."timetap_events"'
 * ```
 */
export function postgresTables(schema: string, tablePrefix: string): PostgresTables {
  if (typeof schema !== 'string' || !IDENTIFIER.test(schema) || schema.length > MAX_IDENTIFIER) {
    throw new TypeError(
      `postgresAppointmentStore: schema must be a plain identifier (letters, digits and _, not starting with a digit, at most ${MAX_IDENTIFIER} characters)`,
    );
  }
  if (typeof tablePrefix !== 'string' || !PREFIX.test(tablePrefix) || tablePrefix.length + LONGEST_SUFFIX.length > MAX_IDENTIFIER) {
    throw new TypeError(
      `postgresAppointmentStore: tablePrefix must be empty or a plain identifier (letters, digits and _, not starting with a digit, at most ${MAX_IDENTIFIER - LONGEST_SUFFIX.length} characters)`,
    );
  }
  const table = (suffix: string): string => `${quote(schema)}.${quote(tablePrefix + suffix)}`;
  return {
    schema: quote(schema),
    appointments: table('appointments'),
    events: table('events'),
    head: table('log_head'),
    eventsByAppointment: quote(tablePrefix + LONGEST_SUFFIX),
    statementTag: `timetap_${shortHash(`${schema}.${tablePrefix}`)}`,
  };
}
