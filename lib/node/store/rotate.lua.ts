// Rotation as one Lua script: Redis runs it without interleaving any other command, so two app
// instances presenting the same token at the same moment get one 'rotated' and one 'grace'. It
// answers with the family's fields too, so a refresh is one round trip to Redis.
// KEYS: token key, successor token key.
// ARGV: now ms, successor hash, grace ms, ttl ms, family key prefix, retention after expiry ms.
// Reply: { outcome, successor hash or '', family field, value, field, value, … }.
// Mirrors memoryStore().rotate; tests/unit/store.test.ts holds both to the same contract.
export const ROTATE_SCRIPT = `
local t = redis.call('HMGET', KEYS[1], 'family', 'state', 'expiresAt', 'rotatedAt', 'successor')
if not t[1] then return {'unknown'} end
local familyKey = ARGV[5] .. t[1]
if redis.call('EXISTS', familyKey) == 0 then return {'unknown'} end
local function answer(kind, extra)
  local reply = {kind, extra}
  for _, v in ipairs(redis.call('HGETALL', familyKey)) do reply[#reply + 1] = v end
  return reply
end
if redis.call('HEXISTS', familyKey, 'revokedReason') == 1 then return answer('revoked', '') end
local now = tonumber(ARGV[1])
if t[2] == 'active' then
  if tonumber(t[3]) <= now then return answer('expired', '') end
  local expiresAt = now + tonumber(ARGV[4])
  redis.call('HSET', KEYS[1], 'state', 'rotated', 'rotatedAt', ARGV[1], 'successor', ARGV[2])
  redis.call('HSET', KEYS[2], 'family', t[1], 'state', 'active', 'expiresAt', expiresAt)
  -- The rotated token is kept as long as its family, so a late reuse is still recognised.
  local keepUntil = expiresAt + tonumber(ARGV[6])
  redis.call('PEXPIREAT', KEYS[1], keepUntil)
  redis.call('PEXPIREAT', KEYS[2], keepUntil)
  redis.call('PEXPIREAT', familyKey, keepUntil)
  return answer('rotated', '')
end
if now - tonumber(t[4]) <= tonumber(ARGV[3]) then return answer('grace', t[5]) end
redis.call('HSET', familyKey, 'revokedReason', 'reuse_detected', 'revokedAt', ARGV[1])
return answer('reused', '')
`
