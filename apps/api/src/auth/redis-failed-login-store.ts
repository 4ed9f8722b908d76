import type { Redis } from 'ioredis';
import { FailedLoginStore, FailureWindow } from './failed-login-store';

const PREFIX = 'wb:login-failures:';

/**
 * INCR and, for the first failure of a window, PEXPIRE — in one script, so that a crash or a
 * concurrent instance can never leave a count without its expiry.
 */
const ADD_SCRIPT = `
local failures = redis.call('INCR', KEYS[1])
if failures == 1 or redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return failures`;

/** Failure counts in Redis, shared by every instance that uses the same REDIS_URL. */
export class RedisFailedLoginStore implements FailedLoginStore {
  constructor(private readonly redis: Redis) {}

  async add(key: string, windowMs: number): Promise<void> {
    await this.redis.eval(ADD_SCRIPT, 1, PREFIX + key, String(windowMs));
  }

  async read(key: string): Promise<FailureWindow | undefined> {
    const answers = await this.redis.multi().get(PREFIX + key).pttl(PREFIX + key).exec();
    const [count, left] = (answers ?? []).map(([error, value]) => {
      if (error) throw error;
      return value;
    });
    const failures = Number(count);
    if (!count || !failures || Number(left) <= 0) return undefined;
    return { failures, resetAt: Date.now() + Number(left) };
  }

  async clear(key: string): Promise<void> {
    await this.redis.del(PREFIX + key);
  }
}
