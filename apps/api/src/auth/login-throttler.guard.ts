import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, ThrottlerLimitDetail } from '@nestjs/throttler';
import type { FastifyReply } from 'fastify';
import { ErrorCode } from '@wb/contracts';
import { DomainError } from '../common/errors/domain-error';

/** Names of the two login limits configured in AuthModule. */
export const LOGIN_LIMIT_BY_IP = 'default';
export const LOGIN_LIMIT_BY_USERNAME = 'username';

/** Login throttling per client address and per username; a refusal is a 429 with Retry-After in seconds. */
@Injectable()
export class LoginThrottlerGuard extends ThrottlerGuard {
  protected async throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const seconds = Math.max(1, Math.ceil(detail.timeToBlockExpire));
    void reply.header('Retry-After', String(seconds));
    throw new DomainError(ErrorCode.TOO_MANY_REQUESTS, `登录尝试过于频繁，请 ${seconds} 秒后再试`);
  }
}
