import { Logger } from '@nestjs/common';
import { Redis } from 'ioredis';

/**
 * Connects to REDIS_URL and checks it answers, or fails with a one-line reason. Afterwards a
 * command fails fast (one retry) rather than queueing while Redis is away: a login then gets an
 * error instead of hanging, and ioredis keeps reconnecting in the background.
 */
export async function connectRedis(url: string): Promise<Redis> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 5000 });
  let lastError: Error | undefined;
  let connected = false;
  redis.on('error', (error: Error) => {
    lastError = error;
    if (connected) new Logger('Redis').warn(`Redis: ${error.message}`);
  });
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    redis.disconnect();
    throw new Error(`REDIS_URL: cannot reach ${url.replace(/\/\/[^@/]*@/, '//***@')}: ${(lastError ?? (error as Error)).message}`);
  }
  connected = true;
  return redis;
}
