import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import type { FastifyRequest } from 'fastify';
import { AppConfig } from '../config/config';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { LOGIN_LIMIT_BY_IP, LOGIN_LIMIT_BY_USERNAME } from './login-throttler.guard';

function usernameOf(request: FastifyRequest): string {
  const username = (request.body as { username?: unknown } | undefined)?.username;
  return `user:${typeof username === 'string' ? username.trim().toLowerCase() : ''}`;
}

@Module({})
export class AuthModule {
  static forRoot(config: AppConfig, jwtSecret: string): DynamicModule {
    const { perIp, perUsername, windowSeconds } = config.auth.loginLimit;
    const ttl = windowSeconds * 1000;
    return {
      module: AuthModule,
      imports: [
        JwtModule.register({ secret: jwtSecret, signOptions: { algorithm: 'HS256' }, verifyOptions: { algorithms: ['HS256'] } }),
        ThrottlerModule.forRoot([
          { name: LOGIN_LIMIT_BY_IP, ttl, limit: perIp, blockDuration: ttl },
          { name: LOGIN_LIMIT_BY_USERNAME, ttl, limit: perUsername, blockDuration: ttl, getTracker: (req) => usernameOf(req as FastifyRequest) },
        ]),
      ],
      controllers: [AuthController],
      providers: [AuthService, { provide: APP_GUARD, useClass: AuthGuard }],
      exports: [AuthService],
    };
  }
}
