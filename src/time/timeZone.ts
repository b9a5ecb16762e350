/**
 * Time-zone ids as TimeTap sends them, resolved to ids the platform's `Intl` understands.
 *
 * TimeTap runs on Java and stores zone ids Java accepts: IANA ids (`America/New_York`), the old
 * IANA "backward" links (`US/Eastern`, `Canada/Atlantic`) and Java's three-letter ids
 * (`IST`, `AET`, `PST`, …, `java.time.ZoneId.SHORT_IDS`). Full-ICU Node accepts most of these,
 * but smaller Intl builds (edge runtimes, browsers) need not, and Node canonicalises some of them
 * to surprising names (`Asia/Kolkata` → `Asia/Calcutta`). So the legacy ids are mapped here
 * explicitly to modern IANA ids; everything else is passed to `Intl` as sent.
 */

/** Legacy id (lower-cased) → modern IANA id. Targets are the IANA canonical names. */
const LEGACY_ZONES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    // IANA "backward" links used by US and Canadian accounts
    'US/Alaska': 'America/Anchorage',
    'US/Aleutian': 'America/Adak',
    'US/Arizona': 'America/Phoenix',
    'US/Central': 'America/Chicago',
    'US/East-Indiana': 'America/Indiana/Indianapolis',
    'US/Eastern': 'America/New_York',
    'US/Hawaii': 'Pacific/Honolulu',
    'US/Indiana-Starke': 'America/Indiana/Knox',
    'US/Michigan': 'America/Detroit',
    'US/Mountain': 'America/Denver',
    'US/Pacific': 'America/Los_Angeles',
    'US/Pacific-New': 'America/Los_Angeles',
    'US/Samoa': 'Pacific/Pago_Pago',
    'Canada/Atlantic': 'America/Halifax',
    'Canada/Central': 'America/Winnipeg',
    'Canada/East-Saskatchewan': 'America/Regina',
    'Canada/Eastern': 'America/Toronto',
    'Canada/Mountain': 'America/Edmonton',
    'Canada/Newfoundland': 'America/St_Johns',
    'Canada/Pacific': 'America/Vancouver',
    'Canada/Saskatchewan': 'America/Regina',
    'Canada/Yukon': 'America/Whitehorse',
    // Java's three-letter ids (java.time.ZoneId.SHORT_IDS) that are not IANA zones.
    // EST, MST and HST are IANA zones (fixed offsets, as in Java) and go to Intl as sent.
    ACT: 'Australia/Darwin',
    AET: 'Australia/Sydney',
    AGT: 'America/Argentina/Buenos_Aires',
    ART: 'Africa/Cairo',
    AST: 'America/Anchorage',
    BET: 'America/Sao_Paulo',
    BST: 'Asia/Dhaka',
    CAT: 'Africa/Harare',
    CNT: 'America/St_Johns',
    CST: 'America/Chicago',
    CTT: 'Asia/Shanghai',
    EAT: 'Africa/Addis_Ababa',
    ECT: 'Europe/Paris',
    IET: 'America/Indiana/Indianapolis',
    IST: 'Asia/Kolkata',
    JST: 'Asia/Tokyo',
    MIT: 'Pacific/Apia',
    NET: 'Asia/Yerevan',
    NST: 'Pacific/Auckland',
    PLT: 'Asia/Karachi',
    PNT: 'America/Phoenix',
    PRT: 'America/Puerto_Rico',
    PST: 'America/Los_Angeles',
    SST: 'Pacific/Guadalcanal',
    VST: 'Asia/Ho_Chi_Minh',
  }).map(([legacy, iana]) => [legacy.toLowerCase(), iana] as const),
);

/** The legacy ids mapped explicitly, as TimeTap spells them (for tests and docs). */
export const LEGACY_ZONE_IDS: ReadonlyArray<string> = Array.from(LEGACY_ZONES.keys());

/** Legacy id → IANA id, or `undefined` when `id` is not one of the mapped legacy ids. */
export function legacyZone(id: string): string | undefined {
  return LEGACY_ZONES.get(id.trim().toLowerCase());
}

const MAX_CACHED = 256;
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A formatter printing the wall clock of `zone` (year … second, 24-hour), or `undefined` when
 * `Intl` does not know the zone. Cached per zone id (bounded: ids come from untrusted bodies).
 */
export function zoneFormatter(zone: string): Intl.DateTimeFormat | undefined {
  const cached = formatters.get(zone);
  if (cached !== undefined) return cached;
  let formatter: Intl.DateTimeFormat;
  try {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
  } catch {
    return undefined; // RangeError: unknown time zone
  }
  if (formatters.size >= MAX_CACHED) formatters.clear();
  formatters.set(zone, formatter);
  return formatter;
}

/**
 * The zone id to use for a TimeTap zone id: a mapped legacy id's IANA id, else the id as sent
 * (trimmed) when `Intl` knows it; `undefined` for anything else (absent, blank, unknown).
 */
export function resolveTimeZone(id: unknown): string | undefined {
  if (typeof id !== 'string') return undefined;
  const trimmed = id.trim();
  if (trimmed === '' || trimmed.length > 64) return undefined;
  const mapped = legacyZone(trimmed);
  if (mapped !== undefined && zoneFormatter(mapped) !== undefined) return mapped;
  return zoneFormatter(trimmed) !== undefined ? trimmed : undefined;
}

/** The first of `ids` that resolves (see {@link resolveTimeZone}). */
export function firstTimeZone(...ids: ReadonlyArray<unknown>): string | undefined {
  for (const id of ids) {
    const zone = resolveTimeZone(id);
    if (zone !== undefined) return zone;
  }
  return undefined;
}
