import type { ThrottlerStorage } from '@nestjs/throttler';
import type { Redis } from 'ioredis';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

const PREFIX = 'wb:throttle:';

/**
 * One hit, atomically. KEYS: hit counter, block marker; ARGV: ttl ms, limit, block ms.
 * While blocked nothing is counted. The hit past the limit starts a block and resets the count,
 * so counting starts afresh when the block ends (as @nestjs/throttler's in-memory storage does).
 * Answers hits, ms until the count expires, blocked (0/1), ms until the block ends.
 */
const HIT_SCRIPT = `
local ttl, limit, blockMs = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local blockLeft = redis.call('PTTL', KEYS[2])
if blockLeft > 0 then
  return {limit + 1, blockLeft, 1, blockLeft}
end
local hits = redis.call('INCR', KEYS[1])
if hits == 1 or redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ttl) end
local left = redis.call('PTTL', KEYS[1])
if hits <= limit then
  return {hits, left, 0, 0}
end
if blockMs <= 0 then
  return {hits, left, 1, left}
end
redis.call('SET', KEYS[2], '1', 'PX', blockMs)
redis.call('DEL', KEYS[1])
return {hits, left, 1, blockMs}`;

/** @nestjs/throttler's counts in Redis, so that a limit holds across every instance. */
export class RedisThrottlerStorage implements ThrottlerStorage {
  constructor(private readonly redis: Redis) {}

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    const base = `${PREFIX}${throttlerName}:${key}`;
    const [hits, left, blocked, blockLeft] = (await this.redis.eval(HIT_SCRIPT, 2, `${base}:hits`, `${base}:block`, ttl, limit, blockDuration)) as number[];
    return {
      totalHits: hits,
      timeToExpire: Math.ceil(left / 1000),
      isBlocked: blocked === 1,
      timeToBlockExpire: Math.ceil(blockLeft / 1000),
    };
  }
}
