import { DynamicModule, Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { connectRedis } from './connect-redis';

/** Injection token: the shared ioredis client, or null without REDIS_URL. */
export const REDIS_CLIENT = Symbol('REDIS_CLIENT');

/** Closes the client when the application stops, so that the process can exit. */
@Injectable()
class RedisShutdown implements OnApplicationShutdown {
  constructor(@Inject(REDIS_CLIENT) private readonly redis: Redis | null) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis?.quit().catch(() => this.redis?.disconnect());
  }
}

/** One Redis connection for the process (REDIS_URL), connected at start: a Redis that cannot be reached stops the start. */
@Global()
@Module({})
export class RedisModule {
  static forRoot(url: string | undefined): DynamicModule {
    return {
      module: RedisModule,
      providers: [{ provide: REDIS_CLIENT, useFactory: () => (url ? connectRedis(url) : null) }, RedisShutdown],
      exports: [REDIS_CLIENT],
    };
  }
}
