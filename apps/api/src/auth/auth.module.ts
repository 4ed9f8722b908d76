import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { AppConfig } from '../config/config';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService, TOKEN_KEY } from './auth.service';
import { FailedLogins } from './failed-logins';

@Module({})
export class AuthModule {
  static forRoot(config: AppConfig, jwtSecret: string): DynamicModule {
    const { perIp, windowSeconds } = config.auth.loginLimit;
    const ttl = windowSeconds * 1000;
    return {
      module: AuthModule,
      imports: [
        JwtModule.register({ secret: jwtSecret, signOptions: { algorithm: 'HS256' }, verifyOptions: { algorithms: ['HS256'] } }),
        // Every login attempt from one address counts here; failures per username in FailedLogins.
        ThrottlerModule.forRoot([{ ttl, limit: perIp, blockDuration: ttl }]),
      ],
      controllers: [AuthController],
      providers: [AuthService, FailedLogins, { provide: TOKEN_KEY, useValue: jwtSecret }, { provide: APP_GUARD, useClass: AuthGuard }],
      exports: [AuthService],
    };
  }
}
