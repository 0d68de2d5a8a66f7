-- commentkit redisstore: applies one lesson ("lesson") or adds an imported
-- model ("model") to the learned counts, atomically.
--
-- Counts are kept as "spam,ham" strings: in the hashes KEYS[1] (tokens) and
-- KEYS[2] (flag codes), and in the strings KEYS[3] (comments learned) and
-- KEYS[4] (a lesson: the author's labelled comments; a model: the
-- import's ID). For a lesson, KEYS[5] records its ID, KEYS[6] holds the
-- counts of comments without a content flag and KEYS[7..] count the
-- approved comments that linked a domain; for a model, KEYS[5] and KEYS[6]
-- hold its staged tokens and codes, and KEYS[7] is the counts of comments
-- without a content flag. Those counts (moderation.NoFlagCounts) are one
-- string of four, "learned spam,learned ham,spam,ham": the comments
-- learned since the counts began, and those of them that raised no
-- content flag (a lesson without codes), never more than the first two.
-- No count goes below zero, a token whose
-- counts both reach zero is deleted, and no new token is added once the
-- two hashes hold the cap on tokens, nor a new code once KEYS[2] holds the
-- cap on codes: a lesson learns what it can, a model that would not fit is
-- refused whole.

local function pair(v)
  if not v then return 0, 0 end
  local s, h = string.match(v, '^(%d+),(%d+)$')
  if not s then return 0, 0 end
  return tonumber(s), tonumber(h)
end

local function fmt(n)
  return string.format('%d', n)
end

-- bump changes a token's counts: a new one only while the two hashes
-- hold fewer than cap tokens and, with keycap, key fewer than keycap.
local function bump(key, field, ds, dh, cap, keycap)
  local v = redis.call('HGET', key, field)
  if not v then
    if ds <= 0 and dh <= 0 then return end
    if redis.call('HLEN', KEYS[1]) + redis.call('HLEN', KEYS[2]) >= cap then return end
    if keycap and redis.call('HLEN', key) >= keycap then return end
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

-- bumpNoFlag adds to the counts of comments without a content flag (see
-- above) in key, as moderation.NoFlagCounts does: none below zero, the
-- last two never above the first two.
local function bumpNoFlag(key, dls, dlh, dcs, dch, ttl)
  local ls, lh, cs, ch = 0, 0, 0, 0
  local v = redis.call('GET', key)
  if v then
    local a, b, c, d = string.match(v, '^(%d+),(%d+),(%d+),(%d+)$')
    if a then ls, lh, cs, ch = tonumber(a), tonumber(b), tonumber(c), tonumber(d) end
  end
  ls = math.max(0, ls + dls)
  lh = math.max(0, lh + dlh)
  cs = math.min(math.max(0, cs + dcs), ls)
  ch = math.min(math.max(0, ch + dch), lh)
  redis.call('SET', key, fmt(ls) .. ',' .. fmt(lh) .. ',' .. fmt(cs) .. ',' .. fmt(ch), 'PX', ttl)
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
  local codecap = tonumber(ARGV[9])
  -- A copy of a lesson already applied (the client sent the script again
  -- after a timeout) changes nothing: the first copy to run records the
  -- lesson's ID for ARGV[8] ms. 0: the lesson has no ID.
  local seen = tonumber(ARGV[8])
  if seen > 0 and not redis.call('SET', KEYS[5], '1', 'NX', 'PX', seen) then
    return 0
  end
  local ds, dh = 0, 0
  if ARGV[2] == 'spam' then ds = delta else dh = delta end
  for i = 10, #ARGV do
    if i < 10 + ntok then
      bump(KEYS[1], ARGV[i], ds, dh, cap)
    else
      bump(KEYS[2], ARGV[i], ds, dh, cap, codecap)
    end
  end
  bumpKey(KEYS[3], ds, dh, ttl)
  -- A lesson without codes is of a comment that raised no content flag.
  if #ARGV - 9 - ntok == 0 then
    bumpNoFlag(KEYS[6], ds, dh, ds, dh, ttl)
  else
    bumpNoFlag(KEYS[6], ds, dh, 0, 0, ttl)
  end
  if ARGV[6] == '1' then bumpKey(KEYS[4], ds, dh, ttl) end
  for i = 7, #KEYS do
    local n = math.max(0, tonumber(redis.call('GET', KEYS[i]) or '0') + dh)
    redis.call('SET', KEYS[i], fmt(n), 'PX', ttl)
  end
  redis.call('PEXPIRE', KEYS[1], ttl)
  redis.call('PEXPIRE', KEYS[2], ttl)
  return 1
elseif mode == 'model' then
  -- An import: AddModel staged the model's tokens and codes in the hashes
  -- KEYS[5] and KEYS[6], in short commands; this adds them to KEYS[1] and
  -- KEYS[2]. Into an empty hash (an empty store: a model moved into Redis)
  -- a RENAME takes constant time; into a hash that holds tokens every
  -- staged token is added, in batches of HMGET and HSET, which still blocks
  -- Redis for a time that grows with the model.
  local ttl = tonumber(ARGV[4])
  local cap = tonumber(ARGV[5])
  local seen = tonumber(ARGV[6])
  local batch = 1000 -- fields per HMGET and HSET: well under Lua's limit on unpack
  -- A copy of an import already added changes nothing (see 'lesson').
  if redis.call('EXISTS', KEYS[4]) == 1 then
    redis.call('UNLINK', KEYS[5], KEYS[6])
    return {0, 0}
  end
  -- Every staged token must be here: staged keys that expired, or that a
  -- Ring without a hash tag put on another shard, must not import a part.
  if redis.call('HLEN', KEYS[5]) ~= tonumber(ARGV[7]) or redis.call('HLEN', KEYS[6]) ~= tonumber(ARGV[8]) then
    redis.call('UNLINK', KEYS[5], KEYS[6])
    return redis.error_reply('commentkit: the staged model is incomplete (expired, or on another shard: a Ring or Cluster needs a hash tag in the prefix); nothing was imported')
  end
  -- First the sums, and the caps, before any write (a script that fails
  -- keeps what it wrote): {-1, n} says the model would then hold n tokens
  -- and codes, {-2, n} n codes, and nothing was added.
  local codecap = tonumber(ARGV[9])
  local count = {0, 0} -- the tokens and the codes the model would hold
  local sums = {} -- per hash that holds tokens: HSET arguments, in batches
  for k = 1, 2 do
    count[k] = redis.call('HLEN', KEYS[k])
    if redis.call('EXISTS', KEYS[k]) == 0 then
      count[k] = redis.call('HLEN', KEYS[4 + k])
    else
      local kv = redis.call('HGETALL', KEYS[4 + k])
      sums[k] = {}
      for b = 1, #kv, 2 * batch do
        local fields = {}
        for j = b, math.min(b + 2 * batch - 1, #kv), 2 do fields[#fields + 1] = kv[j] end
        local cur = redis.call('HMGET', KEYS[k], unpack(fields))
        local out = {}
        for x = 1, #fields do
          if not cur[x] then count[k] = count[k] + 1 end
          local s0, h0 = pair(cur[x])
          local s1, h1 = pair(kv[b + 2 * x - 1])
          out[#out + 1] = fields[x]
          out[#out + 1] = fmt(s0 + s1) .. ',' .. fmt(h0 + h1)
        end
        sums[k][#sums[k] + 1] = out
      end
    end
  end
  local held = count[1] + count[2]
  if count[2] > codecap then
    redis.call('UNLINK', KEYS[5], KEYS[6])
    return {-2, count[2]}
  end
  if held > cap then
    redis.call('UNLINK', KEYS[5], KEYS[6])
    return {-1, held}
  end
  redis.call('SET', KEYS[4], '1', 'PX', seen)
  bumpKey(KEYS[3], tonumber(ARGV[2]), tonumber(ARGV[3]), ttl)
  -- ARGV[10..13]: the model's counts of comments without a content flag;
  -- zero for a model written before they were kept, which adds none.
  bumpNoFlag(KEYS[7], tonumber(ARGV[10]), tonumber(ARGV[11]), tonumber(ARGV[12]), tonumber(ARGV[13]), ttl)
  for k = 1, 2 do
    if sums[k] == nil then
      if redis.call('EXISTS', KEYS[4 + k]) == 1 then redis.call('RENAME', KEYS[4 + k], KEYS[k]) end
    else
      for _, out in ipairs(sums[k]) do redis.call('HSET', KEYS[k], unpack(out)) end
      redis.call('UNLINK', KEYS[4 + k])
    end
    redis.call('PEXPIRE', KEYS[k], ttl)
  end
  return {1, held}
end
return redis.error_reply('commentkit: unknown mode ' .. tostring(mode))
