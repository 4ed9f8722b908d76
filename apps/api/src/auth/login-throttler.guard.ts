import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, ThrottlerLimitDetail } from '@nestjs/throttler';
import { DomainError } from '../common/errors/domain-error';

/** Login attempts per client address, counted by @nestjs/throttler; a refusal is a 429 with Retry-After. */
@Injectable()
export class LoginThrottlerGuard extends ThrottlerGuard {
  protected async throwThrottlingException(_context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    throw DomainError.tooManyRequests(detail.timeToBlockExpire);
  }
}
