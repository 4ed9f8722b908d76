import { ThrottlerStorage, ThrottlerStorageService } from '@nestjs/throttler';
import { useThrowawayRedis } from '../testing/redis-server';
import { RedisThrottlerStorage } from './redis-throttler-storage';

const redis = useThrowawayRedis();

async function redisStorage(): Promise<RedisThrottlerStorage> {
  return new RedisThrottlerStorage(await redis.connect());
}

const MINUTE = 60_000;

/** Hits `key` `times` times with a limit of 3 and a one-minute window and block, as the login throttle does. */
async function hits(storage: ThrottlerStorage, key: string, times: number) {
  const answers = [];
  for (let i = 0; i < times; i++) answers.push(await storage.increment(key, MINUTE, 3, MINUTE, 'default'));
  return answers;
}

describe('RedisThrottlerStorage', () => {
  it('answers as the in-memory storage does: counted up to the limit, then blocked', async () => {
    const memory = new ThrottlerStorageService();
    const expected = await hits(memory, 'same-sequence', 6);
    memory.onApplicationShutdown();
    const actual = await hits(await redisStorage(), 'same-sequence', 6);
    const shape = (answers: typeof expected) => answers.map(({ totalHits, isBlocked }) => ({ totalHits, isBlocked }));
    expect(shape(actual)).toEqual(shape(expected));
    expect(shape(actual).map((answer) => answer.isBlocked)).toEqual([false, false, false, true, true, true]);
  });

  it('tells how long the window and the block last, in seconds', async () => {
    const answers = await hits(await redisStorage(), 'durations', 4);
    expect(answers[0].timeToExpire).toBeGreaterThan(50);
    expect(answers[0].timeToExpire).toBeLessThanOrEqual(60);
    expect(answers[0].timeToBlockExpire).toBe(0);
    expect(answers[3].timeToBlockExpire).toBe(60);
  });

  it('shares the counts between two instances', async () => {
    const [first, second] = [await redisStorage(), await redisStorage()];
    await hits(first, 'shared', 2);
    expect((await second.increment('shared', MINUTE, 3, MINUTE, 'default')).isBlocked).toBe(false);
    expect((await first.increment('shared', MINUTE, 3, MINUTE, 'default')).isBlocked).toBe(true);
    expect((await second.increment('shared', MINUTE, 3, MINUTE, 'default')).isBlocked).toBe(true);
  });

  it('keeps counts of different keys and throttlers apart', async () => {
    const storage = await redisStorage();
    await hits(storage, 'one-address', 4);
    expect((await storage.increment('other-address', MINUTE, 3, MINUTE, 'default')).totalHits).toBe(1);
    expect((await storage.increment('one-address', MINUTE, 3, MINUTE, 'other')).totalHits).toBe(1);
  });

  it('counts afresh once a block has ended', async () => {
    const client = await redis.connect();
    const storage = new RedisThrottlerStorage(client);
    for (let i = 0; i < 4; i++) await storage.increment('short-block', MINUTE, 3, 100, 'default');
    while ((await client.exists('wb:throttle:default:short-block:block')) === 1) await new Promise((r) => setTimeout(r, 20));
    const after = await storage.increment('short-block', MINUTE, 3, 100, 'default');
    expect(after).toMatchObject({ totalHits: 1, isBlocked: false });
  });
});
