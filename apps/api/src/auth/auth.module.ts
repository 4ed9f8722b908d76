import { createSecretKey } from 'node:crypto';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import type { Redis } from 'ioredis';
import { AppConfig } from '../config/config';
import { REDIS_CLIENT, RedisModule } from '../redis/redis.module';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService, TOKEN_KEY } from './auth.service';
import { FAILED_LOGIN_STORE } from './failed-login-store';
import { FailedLogins } from './failed-logins';
import { MemoryFailedLoginStore } from './memory-failed-login-store';
import { RedisFailedLoginStore } from './redis-failed-login-store';
import { RedisThrottlerStorage } from './redis-throttler-storage';

@Module({})
export class AuthModule {
  static forRoot(config: AppConfig, jwtSecret: string): DynamicModule {
    const { perIp, windowSeconds } = config.auth.loginLimit;
    const ttl = windowSeconds * 1000;
    const signingKey = createSecretKey(Buffer.from(jwtSecret, 'utf8'));
    return {
      module: AuthModule,
      imports: [
        // The key as a KeyObject, made once: given a string, jsonwebtoken builds one for every token it checks.
        JwtModule.register({ secretOrKeyProvider: () => signingKey, signOptions: { algorithm: 'HS256' }, verifyOptions: { algorithms: ['HS256'] } }),
        // With REDIS_URL the login limits live in Redis, shared by every instance; otherwise in this process.
        RedisModule.forRoot(config.redisUrl),
        // Every login attempt from one address counts here; failures per username in FailedLogins.
        ThrottlerModule.forRootAsync({
          inject: [REDIS_CLIENT],
          useFactory: (redis: Redis | null) => ({
            throttlers: [{ ttl, limit: perIp, blockDuration: ttl }],
            ...(redis ? { storage: new RedisThrottlerStorage(redis) } : {}),
          }),
        }),
      ],
      controllers: [AuthController],
      providers: [
        AuthService,
        FailedLogins,
        {
          provide: FAILED_LOGIN_STORE,
          inject: [REDIS_CLIENT],
          useFactory: (redis: Redis | null) => (redis ? new RedisFailedLoginStore(redis) : new MemoryFailedLoginStore()),
        },
        { provide: TOKEN_KEY, useValue: jwtSecret },
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
      exports: [AuthService],
    };
  }
}
