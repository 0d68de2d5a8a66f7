-- commentkit redisstore: applies one lesson ("lesson") or adds an imported
-- model ("model") to the learned counts, atomically.
--
-- Counts are kept as "spam,ham" strings: in the hashes KEYS[1] (tokens) and
-- KEYS[2] (flag codes), and in the strings KEYS[3] (comments learned) and
-- KEYS[4] (a lesson: the author's labelled comments; a model: the
-- import's ID). For a lesson, KEYS[5] records its ID and KEYS[6..] count
-- the approved comments that linked a domain.
-- No count goes below zero, a token whose
-- counts both reach zero is deleted, and no new token is added once the
-- two hashes hold the cap: a lesson learns what it can, a model that would
-- not fit is refused whole.

local function pair(v)
  if not v then return 0, 0 end
  local s, h = string.match(v, '^(%d+),(%d+)$')
  if not s then return 0, 0 end
  return tonumber(s), tonumber(h)
end

local function fmt(n)
  return string.format('%d', n)
end

-- bump changes a token's counts; cap nil: the caller checked it.
local function bump(key, field, ds, dh, cap)
  local v = redis.call('HGET', key, field)
  if not v then
    if ds <= 0 and dh <= 0 then return end
    if cap and redis.call('HLEN', KEYS[1]) + redis.call('HLEN', KEYS[2]) >= cap then return end
  end
  local s, h = pair(v)
  s = math.max(0, s + ds)
  h = math.max(0, h + dh)
  if s == 0 and h == 0 then
    redis.call('HDEL', key, field)
  else
    redis.call('HSET', key, field, fmt(s) .. ',' .. fmt(h))
  end
end

local function bumpKey(key, ds, dh, ttl)
  local s, h = pair(redis.call('GET', key) or nil)
  s = math.max(0, s + ds)
  h = math.max(0, h + dh)
  redis.call('SET', key, fmt(s) .. ',' .. fmt(h), 'PX', ttl)
end

local mode = ARGV[1]
if mode == 'lesson' then
  local delta = tonumber(ARGV[3])
  local ttl = tonumber(ARGV[4])
  local cap = tonumber(ARGV[5])
  local ntok = tonumber(ARGV[7])
  -- A copy of a lesson already applied (the client sent the script again
  -- after a timeout) changes nothing: the first copy to run records the
  -- lesson's ID for ARGV[8] ms. 0: the lesson has no ID.
  local seen = tonumber(ARGV[8])
  if seen > 0 and not redis.call('SET', KEYS[5], '1', 'NX', 'PX', seen) then
    return 0
  end
  local ds, dh = 0, 0
  if ARGV[2] == 'spam' then ds = delta else dh = delta end
  for i = 9, #ARGV do
    local key = KEYS[1]
    if i >= 9 + ntok then key = KEYS[2] end
    bump(key, ARGV[i], ds, dh, cap)
  end
  bumpKey(KEYS[3], ds, dh, ttl)
  if ARGV[6] == '1' then bumpKey(KEYS[4], ds, dh, ttl) end
  for i = 6, #KEYS do
    local n = math.max(0, tonumber(redis.call('GET', KEYS[i]) or '0') + dh)
    redis.call('SET', KEYS[i], fmt(n), 'PX', ttl)
  end
  redis.call('PEXPIRE', KEYS[1], ttl)
  redis.call('PEXPIRE', KEYS[2], ttl)
  return 1
elseif mode == 'model' then
  local ttl = tonumber(ARGV[4])
  local cap = tonumber(ARGV[5])
  local ntok = tonumber(ARGV[6])
  local seen = tonumber(ARGV[7])
  -- A copy of an import already added changes nothing (see 'lesson').
  if redis.call('EXISTS', KEYS[4]) == 1 then return 0 end
  -- The cap, before any write (a script that fails keeps what it wrote):
  -- count the tokens the model would add. A negative answer is how many
  -- the model would then hold, and nothing was written.
  local held = redis.call('HLEN', KEYS[1]) + redis.call('HLEN', KEYS[2])
  local i, n = 8, 0
  while i + 2 <= #ARGV do
    local key = KEYS[1]
    if n >= ntok then key = KEYS[2] end
    if (tonumber(ARGV[i + 1]) > 0 or tonumber(ARGV[i + 2]) > 0) and redis.call('HEXISTS', key, ARGV[i]) == 0 then
      held = held + 1
    end
    i = i + 3
    n = n + 1
  end
  if held > cap then return -held end
  redis.call('SET', KEYS[4], '1', 'PX', seen)
  bumpKey(KEYS[3], tonumber(ARGV[2]), tonumber(ARGV[3]), ttl)
  i, n = 8, 0
  while i + 2 <= #ARGV do
    local key = KEYS[1]
    if n >= ntok then key = KEYS[2] end
    bump(key, ARGV[i], tonumber(ARGV[i + 1]), tonumber(ARGV[i + 2]), nil)
    i = i + 3
    n = n + 1
  end
  redis.call('PEXPIRE', KEYS[1], ttl)
  redis.call('PEXPIRE', KEYS[2], ttl)
  return held
end
return redis.error_reply('commentkit: unknown mode ' .. tostring(mode))
