// The Lua scripts of the Redis appointment store. Each runs atomically on the server. A script that
// fails half-way keeps the writes it made, so every check comes before the first write, and the
// first write (XADD, the one that can still fail on a log edited by hand) is checked with pcall.

/**
 * Load one appointment. KEYS: snapshot hash. Answers `{0}` (none), `{-1}` (not a hash), or
 * `{1, version, fingerprint, snapshot, sequence}`.
 */
export const LOAD_SCRIPT = `
local kind = redis.call('TYPE', KEYS[1])['ok']
if kind == 'none' then return {0} end
if kind ~= 'hash' then return {-1} end
local fields = redis.call('HMGET', KEYS[1], 'version', 'fingerprint', 'snapshot', 'sequence')
return {1, fields[1], fields[2], fields[3], fields[4]}
`;

/**
 * Commit a snapshot and its event if the version is unchanged.
 * KEYS: snapshot hash, sequence counter, log stream, per-appointment index (sorted set).
 * ARGV: expected version ('' when none), fingerprint, snapshot JSON, event JSON (without sequence;
 * '' for a commit without an event: the snapshot alone is replaced).
 * Answers `{1, sequence}` (committed; sequence 0 without an event), `{0}` (version changed),
 * `{-1, what}` (a key holds garbage).
 */
export const COMMIT_SCRIPT = `
local snapshotType = redis.call('TYPE', KEYS[1])['ok']
if snapshotType ~= 'none' and snapshotType ~= 'hash' then return {-1, 'appointment'} end
local indexType = redis.call('TYPE', KEYS[4])['ok']
if indexType ~= 'none' and indexType ~= 'zset' then return {-1, 'appointment'} end
local current = false
if snapshotType == 'hash' then current = redis.call('HGET', KEYS[1], 'version') end
if ARGV[1] == '' then
  if snapshotType ~= 'none' then return {0} end
elseif current ~= ARGV[1] then
  return {0}
end
local version = 1
if current then
  version = tonumber(current) + 1
end
if ARGV[4] == '' then
  if not current then return {-1, 'appointment'} end
  redis.call('HSET', KEYS[1], 'version', string.format('%d', version), 'fingerprint', ARGV[2], 'snapshot', ARGV[3])
  return {1, 0}
end
local counterType = redis.call('TYPE', KEYS[2])['ok']
if counterType ~= 'none' and counterType ~= 'string' then return {-1, 'log'} end
local sequence = 1
if counterType == 'string' then
  local last = tonumber(redis.call('GET', KEYS[2]))
  if last == nil or last < 0 or last ~= math.floor(last) then return {-1, 'log'} end
  sequence = last + 1
end
local id = string.format('%d-0', sequence)
local added = redis.pcall('XADD', KEYS[3], id, 'event', ARGV[4])
if type(added) == 'table' and added['err'] then return {-1, 'log'} end
redis.call('SET', KEYS[2], string.format('%d', sequence))
redis.call('ZADD', KEYS[4], sequence, string.format('%d', sequence))
redis.call('HSET', KEYS[1], 'version', string.format('%d', version), 'fingerprint', ARGV[2], 'snapshot', ARGV[3], 'sequence', string.format('%d', sequence))
return {1, sequence}
`;

/**
 * Read the log. KEYS: log stream, per-appointment index (read only when ARGV[3] is '1').
 * ARGV: after, limit ('' for none), '1' to read one appointment's events.
 * Answers a flat list: sequence id, event JSON, sequence id, event JSON, … (a missing entry of an
 * appointment's index reads as id, false).
 */
export const EVENTS_SCRIPT = `
local after = tonumber(ARGV[1])
local out = {}
if ARGV[3] == '1' then
  local sequences
  if ARGV[2] == '' then
    sequences = redis.call('ZRANGEBYSCORE', KEYS[2], '(' .. ARGV[1], '+inf')
  else
    sequences = redis.call('ZRANGEBYSCORE', KEYS[2], '(' .. ARGV[1], '+inf', 'LIMIT', 0, tonumber(ARGV[2]))
  end
  for _, sequence in ipairs(sequences) do
    local id = sequence .. '-0'
    local entry = redis.call('XRANGE', KEYS[1], id, id)[1]
    out[#out + 1] = id
    if entry and entry[2][1] == 'event' then out[#out + 1] = entry[2][2] else out[#out + 1] = false end
  end
  return out
end
local start = string.format('%d-0', math.max(after, 0) + 1)
local entries
if ARGV[2] == '' then
  entries = redis.call('XRANGE', KEYS[1], start, '+')
else
  entries = redis.call('XRANGE', KEYS[1], start, '+', 'COUNT', tonumber(ARGV[2]))
end
for _, entry in ipairs(entries) do
  out[#out + 1] = entry[1]
  if entry[2][1] == 'event' then out[#out + 1] = entry[2][2] else out[#out + 1] = false end
end
return out
`;
