-- commentkit redisstore: adds the author of a comment to the posters of
-- the domains it links to, inside the MULTI/EXEC of Load, so that fresh
-- accounts pushing one site at the same moment see each other. Only
-- authors with no approved comments are posters, and only of domains with
-- no approved comments: the test needs the state it runs in.
--
-- KEYS[1] is the author's labelled comments ("spam,ham"); then, per
-- domain, its count of approved comments and its posters (a sorted set of
-- authors by the time they linked it).
-- ARGV: the author, now and the start of the window (Unix ms), the
-- window (ms), how many posters to keep per domain.

local approved = string.match(redis.call('GET', KEYS[1]) or '', '^%d+,(%d+)$')
if approved and tonumber(approved) > 0 then
  return 0
end
local added = 0
for i = 2, #KEYS, 2 do
  if (tonumber(redis.call('GET', KEYS[i]) or '0') or 0) == 0 then
    local posters = KEYS[i + 1]
    redis.call('ZADD', posters, ARGV[2], ARGV[1])
    redis.call('ZREMRANGEBYSCORE', posters, '-inf', ARGV[3])
    redis.call('ZREMRANGEBYRANK', posters, 0, -tonumber(ARGV[5]) - 1)
    redis.call('PEXPIRE', posters, ARGV[4])
    added = added + 1
  end
end
return added
