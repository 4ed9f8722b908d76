import { freePort } from '../testing/free-port';
import { RunningRedis, startRedisServer } from '../testing/redis-server';
import { connectRedis } from './connect-redis';

describe('connectRedis', () => {
  let redisServer: RunningRedis;
  beforeAll(async () => {
    redisServer = await startRedisServer();
  });
  afterAll(() => redisServer?.stop());

  it('connects to a running Redis, on the database the URL names', async () => {
    const redis = await connectRedis(redisServer.url.replace(/\/0$/, '/3'));
    try {
      await redis.set('probe', 'x');
      expect(await redis.info('keyspace')).toMatch(/^db3:keys=1/m);
    } finally {
      await redis.quit();
    }
  });

  it('fails the start with a one-line reason when nothing answers', async () => {
    const port = await freePort();
    await expect(connectRedis(`redis://:secret@127.0.0.1:${port}`)).rejects.toThrow(new RegExp(`^REDIS_URL: cannot reach redis://\\*\\*\\*@127\\.0\\.0\\.1:${port}: .*ECONNREFUSED`));
  });
});
